import Testing
@testable import CareerSearch

@Suite struct FoldingTests {
    @Test func lowercasesASCII() {
        #expect(Folding.fold("Data SCIENTIST") == "data scientist")
    }

    @Test(arguments: [
        ("Café", "cafe"), ("naïve", "naive"), ("Résumé", "resume"), ("Müller", "muller"),
        ("Straße", "strasse"), ("Señor", "senor"), ("Łódź", "lodz"), ("Œuvre", "oeuvre"),
        ("Ærø", "aero"), ("İstanbul", "istanbul"), ("Þór", "thor"), ("Dvořák", "dvorak"),
    ])
    func stripsLatinDiacritics(input: String, expected: String) {
        #expect(Folding.fold(input) == expected)
    }

    @Test func decomposedMarksAreDropped() {
        #expect(Folding.fold("e\u{301}cole") == "ecole")
        #expect(Folding.fold("Cafe\u{301}") == Folding.fold("Café"))
    }

    @Test func typographicPunctuationBecomesASCII() {
        #expect(Folding.fold("Andrew\u{2019}s \u{201C}deep\u{201D} learning \u{2014} part\u{2013}time\u{2026}")
            == "andrew's \"deep\" learning - part-time...")
        #expect(Folding.fold("data\u{00A0}science") == "data science")
        #expect(Folding.fold("\u{FB01}nance") == "finance")
        #expect(Folding.fold("ＡＢＣ１２３") == "abc123")
    }

    @Test func otherScriptsAreOnlyLowercased() {
        #expect(Folding.fold("ΑΘΗΝΑ Москва 東京") == "αθηνα москва 東京")
    }

    @Test func emojiPassThrough() {
        #expect(Folding.fold("I ❤️ Swift 🚀") == "i ❤️ swift 🚀")
    }

    @Test func emptyString() {
        #expect(Folding.fold("") == "")
    }
}
