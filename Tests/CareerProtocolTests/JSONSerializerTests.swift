import CJSONScan
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

    /// The scan reads eight bytes at a time: every byte to escape (and the bytes beside
    /// them: `!`, `#`, `[`, `]`, 0x7f, 0x80, multi-byte text), at every offset in strings
    /// up to 24 bytes long, must come out as a byte-by-byte writer gives it.
    @Test func everyEscapeAtEveryOffsetOfTheBlockScan() {
        func reference(_ s: String) -> [UInt8] {
            var out: [UInt8] = [0x22]
            for b in s.utf8 {
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, UInt8(ascii: "n")]
                case 0x0D: out += [0x5C, UInt8(ascii: "r")]
                case 0x09: out += [0x5C, UInt8(ascii: "t")]
                case 0x08: out += [0x5C, UInt8(ascii: "b")]
                case 0x0C: out += [0x5C, UInt8(ascii: "f")]
                case ..<0x20: out += Array("\\u00".utf8) + [Array("0123456789abcdef".utf8)[Int(b >> 4)], Array("0123456789abcdef".utf8)[Int(b & 15)]]
                default: out.append(b)
                }
            }
            return out + [0x22]
        }
        let special: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\"", "\\", "!", "#", "[", "]", "\u{7f}", "\u{80}", "é", "😀"]
        for length in 0...40 {
            for at in 0..<max(length, 1) {
                for c in special {
                    var chars = Array(repeating: "a", count: length)
                    if length > 0 { chars[at] = c }
                    let text = chars.joined()
                    #expect(JSONValue.string(text).jsonBytes == reference(text), "\(length) \(at) \(Array(c.utf8))")
                }
            }
        }
        // The block scan itself: every byte value at every offset of two blocks and a tail,
        // found where it is and only if it must be escaped.
        for at in 0..<40 {
            for b in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 40)
                bytes[at] = UInt8(b)
                let escaped = b < 0x20 || b == 0x22 || b == 0x5C
                bytes.withUnsafeBufferPointer { buffer in
                    #expect(careerd_json_first_escape(buffer.baseAddress!, 0, buffer.count) == (escaped ? at : 40), "\(at) \(b)")
                    #expect(careerd_json_first_escape(buffer.baseAddress!, at + 1, buffer.count) == 40, "\(at) \(b)")
                }
            }
        }
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

    /// A double is written as its `description` (the formatter's buffer is taken as it is),
    /// after what the buffer already held.
    @Test func doublesAreWrittenAsTheirDescription() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let d = Double(bitPattern: random.next())
            let confidence = Double.random(in: 0...1, using: &random)
            for value in [d, confidence] where value.isFinite {
                var out = Array("x".utf8)
                JSONValue.double(value).write(to: &out)
                #expect(String(decoding: out, as: UTF8.self) == "x" + value.description)
            }
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
