import Testing
@testable import CareerSearch

@Suite struct TypoCorrectorTests {
    static let vocabulary = [
        "salary", "salaries", "machine", "machines", "learning", "learn", "earning", "engineer",
        "engineers", "engineering", "research", "researcher", "kubernetes", "scientist",
        "scientists", "science", "data", "analyst", "python", "developer", "design", "designer",
        "manager", "career", "careers", "nurse", "teacher", "cloud", "security", "player", "lesson",
        "person", "go",
    ]
    let corrector = TypoCorrector(vocabulary: vocabulary, protected: ["carers", "the", "play"])

    @Test(arguments: [
        ("salery", "salary"), ("machin", "machine"), ("lerning", "learning"),
        ("enginer", "engineer"), ("reserach", "research"), ("kubernets", "kubernetes"),
        ("scientst", "scientist"), ("enginering", "engineering"), ("sceintists", "scientists"),
        ("secuirty", "security"), ("devloper", "developer"),
    ])
    func correctsTypos(typed: String, expected: String) {
        #expect(corrector.correction(for: typed) == expected)
    }

    @Test(arguments: ["play", "zxcv", "dat", "pyth", "lern"])
    func shortWordsAreNotCorrected(typed: String) {
        #expect(corrector.correction(for: typed) == nil)
    }

    @Test(arguments: ["qwerty", "asdfghjk", "zzzzzzzzzzzz", ""])
    func wordsWithoutCandidatesGiveNil(typed: String) {
        #expect(corrector.correction(for: typed) == nil)
    }

    @Test func knownWordsAreNotCorrected() {
        #expect(corrector.correction(for: "salary") == nil)
        #expect(corrector.correction(for: "careers") == nil)
    }

    @Test func protectedWordsAreNeverCorrected() {
        #expect(corrector.correction(for: "carers") == nil)
        let open = TypoCorrector(vocabulary: Self.vocabulary)
        #expect(open.correction(for: "carers") == "careers")
    }

    @Test func distanceGrowsWithLength() {
        #expect(TypoCorrector.allowedDistance(forLength: 4) == 0)
        #expect(TypoCorrector.allowedDistance(forLength: 5) == 1)
        #expect(TypoCorrector.allowedDistance(forLength: 7) == 1)
        #expect(TypoCorrector.allowedDistance(forLength: 8) == 2)
        #expect(corrector.correction(for: "salarry") == "salary")    // 7 letters, distance 1
        #expect(corrector.correction(for: "sallarry") == "salary")   // 8 letters, distance 2
        #expect(corrector.correction(for: "slaary") == "salary")     // transposition counts 1
        #expect(corrector.correction(for: "salxrx") == nil)          // 6 letters, distance 2
    }

    @Test func smallestDistanceWins() {
        // "scientst" is 1 from "scientist" and 2 from "scientists".
        #expect(corrector.correction(for: "scientst") == "scientist")
    }

    @Test func tiesAreBrokenByFrequencyThenFirstLetterElseNil() {
        let plain = TypoCorrector(vocabulary: ["cattle", "castle"])
        #expect(plain.correction(for: "catle") == nil)                    // ambiguous
        let counted = TypoCorrector(frequencies: ["cattle": 10, "castle": 3])
        #expect(counted.correction(for: "catle") == "cattle")
        // "lerson": "lesson" and "person" are both 1 away; the first letter decides.
        #expect(corrector.correction(for: "lerson") == "lesson")
        // "ganger": "danger" and "manger" are 1 away, neither starts with g.
        #expect(TypoCorrector(vocabulary: ["danger", "manger"]).correction(for: "ganger") == nil)
    }

    @Test func accentedVocabulary() {
        let c = TypoCorrector(vocabulary: ["zürich", "résumé"])
        #expect(c.correction(for: "zürch") == "zürich")
        #expect(c.correction(for: "resumé") == "résumé")
    }

    @Test func hugeInputIsRejectedCheaply() {
        #expect(corrector.correction(for: String(repeating: "x", count: 100_000)) == nil)
    }

    /// The keys are those of the deletes written out, in order: the word, each single
    /// delete, each pair, by position; multi-byte scalars are deleted whole.
    @Test func deletesCoverEveryPositionUpToDepth() {
        func keys(_ word: String, _ depth: Int) -> [UInt64] {
            var out: [UInt64] = []
            TypoCorrector.forEachDeleteKey(of: Array(word.unicodeScalars), upTo: depth) { out.append($0) }
            return out
        }
        func expected(_ strings: [String]) -> [UInt64] { strings.map { HashMultimap.key($0.utf8) } }
        #expect(keys("abcd", 2) == expected(["abcd", "bcd", "acd", "abd", "abc", "cd", "bd", "bc", "ad", "ac", "ab"]))
        #expect(keys("abcd", 1) == expected(["abcd", "bcd", "acd", "abd", "abc"]))
        #expect(keys("abcd", 0) == expected(["abcd"]))
        #expect(keys("zü", 1) == expected(["zü", "ü", "z"]))
        #expect(keys("résumé", 2).count == 1 + 6 + 15)
        #expect(keys("résumé", 2)[1...6] == expected(["ésumé", "rsumé", "réumé", "résmé", "résué", "résum"])[...])
        #expect(keys("日本語", 2) == expected(["日本語", "本語", "日語", "日本", "語", "本", "日"]))
        #expect(keys("a", 2) == expected(["a"]))
    }

    /// The deletion index must find exactly what a full scan with the same rules finds.
    @Test func agreesWithBruteForceScan() {
        var rng = SplitMix(seed: 2024)
        let letters = Array("aeinorst".unicodeScalars)
        func word(_ length: Int) -> String {
            String(String.UnicodeScalarView((0..<length).map { _ in letters[Int(rng.next() % 8)] }))
        }
        let vocabulary = Set((0..<1_000).map { _ in word(3 + Int(rng.next() % 8)) })
        let corrector = TypoCorrector(vocabulary: vocabulary)
        for _ in 0..<400 {
            let typed = word(4 + Int(rng.next() % 7))
            #expect(corrector.correction(for: typed) == bruteForce(typed, vocabulary), "\(typed)")
        }
    }

    private func bruteForce(_ typed: String, _ vocabulary: Set<String>) -> String? {
        let limit = TypoCorrector.allowedDistance(forLength: typed.unicodeScalars.count)
        guard limit > 0, !vocabulary.contains(typed) else { return nil }
        let scored = vocabulary.map { ($0, EditDistance.osa(typed, $0)) }.filter { $0.1 <= limit }
        guard let best = scored.map(\.1).min() else { return nil }
        var ties = scored.filter { $0.1 == best }.map(\.0)
        if ties.count > 1 { ties = ties.filter { $0.first == typed.first } }
        return ties.count == 1 ? ties[0] : nil
    }
}
