import Testing
import CareerKnowledge

/// `trimmedSpaces` drops Unicode White_Space at both ends; names that start and end with
/// printable ASCII take a shortcut, which must give the same answers.
@Suite struct StringTrimmingTests {
    @Test(arguments: [
        ("Machine Learning", "Machine Learning"),
        ("  ml ops\t", "ml ops"),
        ("\n\r\nSQL", "SQL"),
        ("\u{00A0}NLP\u{2003}", "NLP"),
        ("x", "x"),
        ("", ""),
        ("   ", ""),
        ("café", "café"),
        ("e\u{301}", "e\u{301}"),
        (" C++ ", "C++"),
        ("~tilde~", "~tilde~"),
    ])
    func trimsWhitespaceAtBothEndsOnly(text: String, expected: String) {
        #expect(String(text.trimmedSpaces) == expected)
        #expect(text.trimmingSpaces == expected)
    }
}
