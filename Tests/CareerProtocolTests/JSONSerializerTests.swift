import Testing
@testable import CareerProtocol

@Suite struct JSONSerializerTests {
    @Test func compactOutput() {
        let v: JSONValue = ["a": [1, 2.5, "x", true, nil], "b": [:], "c": []]
        #expect(v.jsonString == #"{"a":[1,2.5,"x",true,null],"b":{},"c":[]}"#)
    }

    @Test func escapesQuotesBackslashesAndControls() {
        let v = JSONValue.string("q\"b\\n\nr\rt\tb\u{8}f\u{c}z\u{0}e\u{1b}d\u{7f}/")
        #expect(v.jsonString == #""q\"b\\n\nr\rt\tb\bf\fz\u0000e\u001bd\#u{7f}/""#)
    }

    @Test func nonASCIIIsWrittenRaw() {
        #expect(JSONValue.string("é😀\u{2028}").jsonBytes == Array("\"é😀\u{2028}\"".utf8))
    }

    /// The writer copies runs of plain bytes in one piece: escapes at the very start and
    /// end, back to back, alone, and between multi-byte characters must still come out
    /// exactly as a byte-by-byte writer gives them.
    @Test(arguments: [
        ("", #""""#),
        ("\"", #""\"""#),
        ("\"\"", #""\"\"""#),
        ("\nabc", #""\nabc""#),
        ("abc\\", #""abc\\""#),
        ("\u{1f}\u{0}", #""\u001f\u0000""#),
        ("é\"😀\n€", "\"é\\\"😀\\n€\""),
        ("plain text only", #""plain text only""#),
        ("\u{7f}\u{80}\u{ff}", "\"\u{7f}\u{80}\u{ff}\""),
    ])
    func escapeEdgeCases(_ input: String, _ expected: String) {
        #expect(JSONValue.string(input).jsonString == expected)
    }

    /// A string that is a slice of a larger one, or bridged, is written the same way.
    @Test func substringsAndLongRuns() {
        let long = String(repeating: "a\u{e9}b", count: 2_000) + "\""
        let expected = "\"" + String(repeating: "a\u{e9}b", count: 2_000) + "\\\"\""
        #expect(JSONValue.string(long).jsonString == expected)
        let slice = String("xx\tyy".dropFirst())
        #expect(JSONValue.string(slice).jsonString == #""x\tyy""#)
    }

    @Test func numbers() {
        #expect(JSONValue.int(Int64.min).jsonString == "-9223372036854775808")
        #expect(JSONValue.int(0).jsonString == "0")
        #expect(JSONValue.double(100).jsonString == "100.0")
        #expect(JSONValue.double(0.93).jsonString == "0.93")
        #expect(JSONValue.double(1e300).jsonString == "1e+300")
        #expect(JSONValue.double(1e-7).jsonString == "1e-07")
        #expect(JSONValue.double(.nan).jsonString == "null")
        #expect(JSONValue.double(-.infinity).jsonString == "null")
    }

    @Test(arguments: [
        #"{"a":[1,-2,3.25,-0.0,1e+300,"\u0000\"\\",true,false,null],"b":{"c":{}}}"#,
        #"["😀","\n\t",[[[]]],{"z":1,"a":2}]"#,
        #"9223372036854775807"#,
        #"0.1"#,
    ])
    func roundTrips(_ text: String) throws {
        let v = try JSONValue(parsing: text)
        #expect(v.jsonString == text)
        let again = try JSONValue(parsing: v.jsonBytes)
        #expect(again == v)
    }

    @Test func doublesRoundTripExactly() throws {
        for d in [0.1, 1.0 / 3.0, 123456.789, Double.leastNonzeroMagnitude, 1.7976931348623157e308, -2.5e-10] {
            let back = try JSONValue(parsing: JSONValue.double(d).jsonBytes)
            #expect(back == .double(d))
            if case .int = back { Issue.record("\(d) re-parsed as an integer") }
        }
    }

    @Test func appendsToExistingBuffer() {
        var out = Array("x".utf8)
        JSONValue.int(5).write(to: &out)
        #expect(out == Array("x5".utf8))
    }

    @Test func prettyPrinting() {
        let v: JSONValue = ["a": [1, 2], "b": [:], "c": ["d": "e"]]
        #expect(v.prettyString() == """
        {
          "a": [
            1,
            2
          ],
          "b": {},
          "c": {
            "d": "e"
          }
        }
        """)
        #expect(JSONValue.int(1).prettyString() == "1")
    }
}
