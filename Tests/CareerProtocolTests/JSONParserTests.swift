import Testing
@testable import CareerProtocol

private func parse(_ s: String) throws(JSONParseError) -> JSONValue { try JSONValue(parsing: Array(s.utf8)) }

private func parseError(_ s: String) -> JSONParseError? {
    do { _ = try parse(s); return nil } catch { return error }
}

private func parseError(bytes: [UInt8]) -> JSONParseError? {
    do { _ = try JSONValue(parsing: bytes); return nil } catch { return error }
}

@Suite struct JSONParserTests {
    @Test func scalars() throws {
        #expect(try parse("null") == .null)
        #expect(try parse("true") == .bool(true))
        #expect(try parse(" false ") == .bool(false))
        #expect(try parse(#""hi""#) == .string("hi"))
        #expect(try parse("\t\r\n 42 \n") == .int(42))
    }

    @Test func containers() throws {
        #expect(try parse("[]") == .array([]))
        #expect(try parse("{}") == .object([:]))
        #expect(try parse(#"[1, "a", [null], {"k": false}]"#) == [1, "a", [nil], ["k": false]])
        #expect(try parse(#"{"b":1,"a":2}"#).object?.keys == ["b", "a"])
    }

    @Test func integersStayExact() throws {
        #expect(try parse("9007199254740993") == .int(9_007_199_254_740_993))
        #expect(try parse("9223372036854775807") == .int(Int64.max))
        #expect(try parse("-9223372036854775808") == .int(Int64.min))
        #expect(try parse("0") == .int(0))
        #expect(try parse("-17") == .int(-17))
        if case .int = try parse("1.0") { Issue.record("1.0 must be a double") }
    }

    @Test func integersBeyondInt64BecomeDoubles() throws {
        #expect(try parse("9223372036854775808") == .double(9_223_372_036_854_775_808.0))
        #expect(try parse("-9223372036854775809").double == -9_223_372_036_854_775_809.0)
    }

    @Test func floatsAndExponents() throws {
        #expect(try parse("1.5") == .double(1.5))
        #expect(try parse("-0.25") == .double(-0.25))
        #expect(try parse("1e3") == .double(1000))
        #expect(try parse("1E+3") == .double(1000))
        #expect(try parse("25e-1") == .double(2.5))
        #expect(try parse("0.1") == .double(0.1))
        #expect(try parse("5e-324") == .double(.leastNonzeroMagnitude))
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let v = try parse("-0")
        guard case .double(let d) = v else { Issue.record("expected a double"); return }
        #expect(d == 0 && d.sign == .minus)
        #expect(v.jsonString == "-0.0")
        if case .double(let e) = try parse("-0.0") { #expect(e.sign == .minus) }
    }

    @Test(arguments: ["01", "-", "1.", ".5", "+1", "1e", "1e+", "-a", "0x10", "1.2.3", "NaN", "Infinity"])
    func malformedNumbers(_ text: String) {
        #expect(parseError(text) != nil)
    }

    @Test func numberTooLargeForDouble() {
        #expect(parseError("1e400") == .invalidNumber(offset: 0))
    }

    @Test func escapes() throws {
        #expect(try parse(#""a\"b\\c\/d\be\ff\ng\rh\ti""#) == .string("a\"b\\c/d\u{8}e\u{c}f\ng\rh\ti"))
        #expect(try parse(#""\u0041\u00e9\u4e2d""#) == .string("Aé中"))
        #expect(try parse(#""\u0000""#) == .string("\u{0}"))
    }

    @Test func surrogatePairs() throws {
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try parse(#""x\uD834\uDD1Ey""#) == .string("x𝄞y"))
    }

    @Test(arguments: [#""\ud83d""#, #""\ud83dx""#, #""\ude00""#, #""\ud83d\u0041""#, #""\ud83d\n""#])
    func loneSurrogatesAreRejected(_ text: String) {
        guard case .invalidSurrogate? = parseError(text) else {
            Issue.record("expected invalidSurrogate for \(text), got \(String(describing: parseError(text)))")
            return
        }
    }

    @Test func badEscapes() {
        #expect(parseError(#""\x""#) == .invalidEscape(offset: 1))
        #expect(parseError(#""\u12G4""#) == .invalidEscape(offset: 1))
        #expect(parseError(#""\u12"#) == .unexpectedEnd)
    }

    @Test func rawControlCharactersInStringsAreRejected() {
        #expect(parseError("\"a\nb\"") == .controlCharacterInString(offset: 2))
        #expect(parseError("\"a\\n\tb\"") == .controlCharacterInString(offset: 4))
    }

    @Test func rawUTF8IsKept() throws {
        #expect(try parse("\"naïve – 😀\"") == .string("naïve – 😀"))
    }

    @Test(arguments: [
        [0x22, 0xFF, 0x22],                    // invalid lead byte
        [0x22, 0xC3, 0x22],                    // truncated sequence
        [0x22, 0xC0, 0xAF, 0x22],              // overlong
        [0x22, 0xED, 0xA0, 0x80, 0x22],        // encoded surrogate
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
        [0x7B, 0x7D, 0x20, 0x80],              // after a complete value
        [0xFE, 0x7B, 0x7D],                    // before anything
    ] as [[UInt8]])
    func invalidUTF8IsItsOwnError(_ bytes: [UInt8]) {
        let error = parseError(bytes: bytes)
        #expect(error?.isInvalidUTF8 == true, "got \(String(describing: error))")
    }

    @Test func invalidJSONIsNotInvalidUTF8() {
        #expect(parseError("{")?.isInvalidUTF8 == false)
    }

    @Test func trailingGarbage() {
        #expect(parseError("{} x") == .trailingData(offset: 3))
        #expect(parseError("1 2") == .trailingData(offset: 2))
        #expect(parseError("[1]]") == .trailingData(offset: 3))
    }

    @Test func emptyAndTruncated() {
        #expect(parseError("") == .empty)
        #expect(parseError("   ") == .empty)
        #expect(parseError("[1,") == .unexpectedEnd)
        #expect(parseError(#"{"a""#) == .unexpectedEnd)
        #expect(parseError(#""abc"#) == .unexpectedEnd)
        #expect(parseError("tru") == .unexpectedEnd)
    }

    @Test(arguments: ["[1,]", "{,}", #"{"a" 1}"#, #"{"a":1,}"#, "{1:2}", "[1 2]", "nul", "True", "'a'"])
    func syntaxErrors(_ text: String) {
        #expect(parseError(text) != nil)
    }

    @Test func nestingIsBounded() throws {
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try parse(ok) }
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(parseError(deep) == .tooDeep(limit: 64))
        let objects = String(repeating: #"{"a":"#, count: 100_000)
        #expect(parseError(objects) == .tooDeep(limit: 64))
        #expect(throws: JSONParseError.tooDeep(limit: 2)) { try JSONValue(parsing: "[[[1]]]", maxDepth: 2) }
    }

    @Test func duplicateKeysKeepTheLastValue() throws {
        #expect(try parse(#"{"a":1,"b":2,"a":3}"#) == ["a": 3, "b": 2])
        // Large objects use an index for the duplicate check.
        var text = "{"
        for i in 0..<40 { text += "\"k\(i)\":\(i)," }
        text += #""k3":"last"}"#
        let v = try parse(text)
        #expect(v.object?.count == 40)
        #expect(v["k3"] == "last")
        #expect(v.object?.keys[3] == "k3")
    }

    @Test func parsesNonContiguousCollections() throws {
        let bytes = Array(#"{"a":[1]}"#.utf8)
        #expect(try JSONValue(parsing: bytes.lazy.map { $0 }) == ["a": [1]])
        #expect(try JSONValue(parsing: bytes[...]) == ["a": [1]])
        #expect(try JSONValue(parsing: #"{"a":[1]}"#) == ["a": [1]])
    }

    @Test func errorDescriptionsAreReadable() {
        #expect(JSONParseError.unexpectedCharacter(UInt8(ascii: "x"), offset: 3).description == "unexpected character 'x' at byte 3")
        #expect(JSONParseError.invalidUTF8(offset: 1).description == "invalid UTF-8 at byte 1")
    }
}
