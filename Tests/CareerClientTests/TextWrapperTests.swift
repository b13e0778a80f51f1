import Testing
@testable import CareerClient

@Suite struct TextWrapperTests {
    static let wrapper = TextWrapper(width: 30)

    @Test func shortLinesAreLeftAsTheyAre() {
        let text = "Pay:\n  - short   item\n\nend"
        #expect(Self.wrapper.wrap(text) == text)
    }

    @Test func longLinesBreakAtWordsWithinTheWidth() {
        let text = "Machine learning engineers build, deploy and maintain models that learn from data."
        let lines = Self.wrapper.wrap(text).split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { TextWrapper.columns($0) <= 30 })
        // No word is cut: the words are the same, in order.
        #expect(lines.flatMap { $0.split(separator: " ") } == text.split(separator: " "))
    }

    @Test(arguments: [
        ("  - one two three four five six seven eight", 4),
        ("- one two three four five six seven eight nine", 2),
        ("  [12] one two three four five six seven eight", 7),
        ("  3) one two three four five six seven eight", 5),
        ("10. one two three four five six seven eight", 4),
        ("    plain indented text that goes on and on and on", 4),
        ("• one two three four five six seven eight nine", 2),
    ])
    func listItemsHangUnderTheirText(line: String, indent: Int) {
        let lines = Self.wrapper.wrap(line).split(separator: "\n")
        #expect(lines.count > 1, "\(lines)")
        for continuation in lines.dropFirst() {
            #expect(continuation.prefix(while: { $0 == " " }).count == indent, "\(lines)")
            #expect(continuation.dropFirst(indent).first != " ")
        }
    }

    @Test func aWordWiderThanTheLineIsCutAtTheWidth() {
        let url = "https://example.com/" + String(repeating: "a", count: 50)
        let lines = TextWrapper(width: 20).wrap("see " + url).split(separator: "\n")
        #expect(lines.first == "see")
        #expect(lines.dropFirst().allSatisfy { TextWrapper.columns($0) <= 20 })
        #expect(lines.dropFirst().joined() == url)
    }

    @Test func columnsIgnoreEscapesAndCountWideCharactersTwice() {
        #expect(TextWrapper.columns("\u{1B}[2mdim\u{1B}[0m") == 3)
        #expect(TextWrapper.columns("$55,000–$75,000") == 15)
        #expect(TextWrapper.columns("日本") == 4)
        #expect(TextWrapper.columns("e\u{301}") == 1)
    }

    @Test func styledWordsWrapByTheirVisibleWidth() {
        let word = "\u{1B}[1mbold\u{1B}[0m"
        let text = Array(repeating: word, count: 10).joined(separator: " ")
        let lines = TextWrapper(width: 20).wrap(text).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { TextWrapper.columns($0) <= 20 })
    }

    @Test func aHugeIndentIsDroppedRatherThanLeavingNoRoom() {
        let line = String(repeating: " ", count: 20) + "- words words words words"
        let lines = TextWrapper(width: 30).wrap(line).split(separator: "\n")
        #expect(lines.allSatisfy { TextWrapper.columns($0) <= 30 })
        #expect(lines.dropFirst().allSatisfy { !$0.hasPrefix(" ") })
    }
}
