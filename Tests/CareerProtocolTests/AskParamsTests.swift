import Testing
@testable import CareerProtocol

private func invalid(_ params: JSONValue?, maxTextLength: Int = AskParams.defaultMaxTextLength) -> RPCError? {
    do { _ = try AskParams(params: params, maxTextLength: maxTextLength); return nil } catch { return error }
}

@Suite struct AskParamsTests {
    @Test func valid() throws {
        let p = try AskParams(params: ["text": "  how much do data engineers earn?\n", "session": "s1"])
        #expect(p.text == "how much do data engineers earn?")
        #expect(p.session == "s1")
        #expect(AskParams.method == .ask)
    }

    @Test func sessionIsOptionalAndNullMeansAbsent() throws {
        #expect(try AskParams(params: ["text": "hi"]).session == nil)
        #expect(try AskParams(params: ["text": "hi", "session": nil]).session == nil)
    }

    @Test func unknownMembersAreIgnored() throws {
        #expect(try AskParams(params: ["text": "hi", "verbose": true]).text == "hi")
    }

    @Test(arguments: [
        (nil, "text"), (["session": "s"], "text"), (["text": 5], "text"), (["text": nil], "text"),
        (["text": ""], "text"), (["text": " \n\t "], "text"), (["text": ["a"]], "text"),
        (["text": "hi", "session": 1], "session"), (["text": "hi", "session": ""], "session"),
    ] as [(JSONValue?, String)])
    func invalidParamsNameTheField(_ params: JSONValue?, _ field: String) {
        let e = invalid(params)
        #expect(e?.code == .invalidParams)
        #expect(e?.data?["field"] == .string(field))
        #expect(e?.message.contains("'\(field)'") == true, "\(String(describing: e?.message))")
    }

    /// The shortcut for texts that start and end with a visible ASCII byte trims what
    /// trimming `Character` by `Character` trims, on texts built of the edge cases.
    @Test func trimmingAgreesWithCharacterTrimming() {
        func byCharacters(_ s: String) -> String {
            guard let first = s.firstIndex(where: { !$0.isWhitespace }) else { return "" }
            return String(s[first...s.lastIndex(where: { !$0.isWhitespace })!])
        }
        let parts = ["a", "?", "~", "!", " ", "\n", "\r\n", "\t", "\u{A0}", "\u{2003}", "\u{301}", "é", "e\u{301}",
                     "\u{600}", "\u{200D}", "😀", "\u{1F3FB}", "x y", "\u{85}", "\u{2028}"]
        var checked = 0
        for a in parts { for b in parts { for c in parts {
            let text = a + b + c
            #expect(text.trimmingWhitespace() == byCharacters(text), "\(Array(text.unicodeScalars))")
            checked += 1
        } } }
        #expect(checked == parts.count * parts.count * parts.count)
    }

    @Test func paramsMustBeAnObject() {
        #expect(invalid(["hi"])?.code == .invalidParams)
        #expect(invalid("hi")?.code == .invalidParams)
    }

    @Test func textLimitIsTheCallers() throws {
        #expect(invalid(["text": "abcdef"], maxTextLength: 5)?.message.contains("too long") == true)
        #expect(invalid(["text": "abcde"], maxTextLength: 5) == nil)
        // Characters, not bytes: five accented letters fit a limit of five.
        #expect(invalid(["text": "ééééé"], maxTextLength: 5) == nil)
        // Trimmed before counting.
        #expect(invalid(["text": "  abcde  "], maxTextLength: 5) == nil)
        let long = String(repeating: "a", count: AskParams.defaultMaxTextLength + 1)
        #expect(invalid(["text": .string(long)]) != nil)
    }

    @Test func sessionLimit() {
        let ok = String(repeating: "s", count: 128)
        #expect(invalid(["text": "hi", "session": .string(ok)]) == nil)
        #expect(invalid(["text": "hi", "session": .string(ok + "s")])?.data?["field"] == "session")
    }

    @Test func encodesForTheClient() throws {
        let p = AskParams(text: "hi", session: "s")
        #expect(p.json == ["text": "hi", "session": "s"])
        #expect(try AskParams(params: p.json) == p)
        #expect(AskParams(text: "hi").json == ["text": "hi"])
    }
}
