import Testing
@testable import CareerSearch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Max-score pruning must give exactly what scoring every posting gives: the same
/// documents, the same scores to the bit, the same order. Compared on a seeded corpus with
/// Zipf-like word frequencies (a few words in most documents, many rare ones), where
/// pruning does skip documents.
@Suite struct MaxScoreSearchTests {

    static let words = (0..<300).map { "w\($0)x" }

    static func index(_ scoring: Scoring, documents: Int = 3000) -> InvertedIndex {
        var rng = SplitMix(seed: 42)
        var b = IndexBuilder(analyzer: Analyzer(stopwords: []), fieldWeights: ["name": 3, "summary": 1.5, "body": 1])
        for doc in 0..<documents {
            func text(_ n: Int) -> String { (0..<n).map { _ in words[rng.zipf(words.count)] }.joined(separator: " ") }
            b.add(doc * 7 % documents, fields: [("name", text(1 + rng.next(3))), ("summary", text(5 + rng.next(30))),
                                                ("body", text(rng.next(20)))])
        }
        return b.build(scoring: scoring)
    }

    static let indexes = [Scoring.tfidf: index(.tfidf), .bm25(): index(.bm25())]

    static var queries: [[String]] {
        var rng = SplitMix(seed: 7)
        return (0..<300).map { _ in (0..<(1 + rng.next(6))).map { _ in words[rng.zipf(words.count)] } }
    }

    @Test(arguments: [Scoring.tfidf, .bm25()])
    func sameHitsAsScoringEveryPosting(scoring: Scoring) {
        let index = Self.indexes[scoring]!
        var differ = 0
        for terms in Self.queries {
            for limit in [1, 3, 10, 50] {
                if index.search(terms: terms, limit: limit) != index.exhaustiveSearch(terms: terms, limit: limit) { differ += 1 }
            }
        }
        #expect(differ == 0)
    }

    @Test func sameHitsWithAFilter() {
        let index = Self.indexes[.tfidf]!
        let keep: (Int) -> Bool = { $0 % 3 != 0 }
        var differ = 0
        for terms in Self.queries {
            let got = index.search(terms: terms, limit: 10, where: keep)
            if got != index.exhaustiveSearch(terms: terms, limit: 10, where: keep) || got.contains(where: { !keep($0.doc) }) {
                differ += 1
            }
        }
        #expect(differ == 0)
    }

    /// Long queries narrow the window (down to 64 slots at 128 terms and more), so a search
    /// crosses many windows, and the threshold rises inside them; repeated words raise a
    /// term's weight. The hits must still be exactly the exhaustive ones.
    @Test(arguments: [Scoring.tfidf, .bm25()])
    func longQueriesCrossManyWindows(scoring: Scoring) {
        let index = Self.indexes[scoring]!
        var rng = SplitMix(seed: 11)
        var differ = 0
        for length in [20, 60, 130, 200] {
            for _ in 0..<10 {
                let terms = (0..<length).map { _ in Self.words[rng.zipf(Self.words.count)] }
                for limit in [1, 10, 50] where index.search(terms: terms, limit: limit) != index.exhaustiveSearch(terms: terms, limit: limit) {
                    differ += 1
                }
            }
        }
        #expect(differ == 0)
    }

    @Test func theWindowIsWholeBitmapWordsAndFitsTheCache() {
        for terms in [1, 2, 3, 7, 64, 128, 129, 1000] {
            for documents in [1, 64, 65, 500, 3000, 100_000] {
                let width = InvertedIndex.Window.width(terms: terms, documents: documents)
                #expect(width >= 64 && width % 64 == 0)
                #expect(width < documents + 64)
                #expect(width * terms <= max(8192, 64 * terms))
            }
        }
        #expect(InvertedIndex.Window.width(terms: 3, documents: 100_000) == 2688)
    }

    /// The comparisons above go through both kinds of term: split into heavy and light
    /// runs, and whole. (TF-IDF, the default, splits; BM25's saturated weights put more
    /// than an eighth of a term's postings above half its largest, so it keeps them whole.)
    @Test func theCorpusHasSplitAndWholeTerms() {
        let index = Self.indexes[.tfidf]!
        let split = (0..<index.termCount).filter { index.lightStarts[$0] > index.postingStarts[$0] }.count
        #expect(split > 10)
        #expect(split < index.termCount)
    }

    @Test func heavyPostingsComeFirstEachRunInSlotOrder() {
        // Term 0: two heavy postings among 20 (weights 0.9 at slots 5 and 12); term 1: half
        // of its postings are heavy, so it stays whole; term 2: one posting.
        var slots: [Int32] = Array(0..<20) + Array(0..<8) + [3]
        var weights: [Float] = (0..<20).map { $0 == 5 || $0 == 12 ? 0.9 : 0.1 + Float($0) / 100 }
            + (0..<8).map { $0 % 2 == 0 ? 0.8 : 0.2 } + [0.5]
        let starts: [Int32] = [0, 20, 28, 29]
        let tiers = IndexBuilder.splitHeavyPostings(starts: starts, slots: &slots, weights: &weights)

        #expect(tiers.lightStarts == [2, 20, 28])
        #expect(Array(slots[0..<2]) == [5, 12])
        #expect(Array(slots[2..<20]) == (0..<20).filter { $0 != 5 && $0 != 12 })
        #expect(tiers.heavyBounds[0] == Double(Float(0.9)))
        #expect(tiers.lightBounds[0] == Double(Float(0.1) + Float(19) / 100))
        // Each posting keeps its own weight.
        for p in 0..<20 where slots[p] != 5 && slots[p] != 12 {
            #expect(weights[p] == 0.1 + Float(slots[p]) / 100)
        }
        #expect(Array(slots[20..<28]) == Array(0..<8))
        #expect(tiers.heavyBounds[1] == 0 && tiers.lightBounds[1] == Double(Float(0.8)))
        #expect(tiers.heavyBounds[2] == 0 && tiers.lightBounds[2] == Double(Float(0.5)))
    }

    @Test func seekFindsTheFirstSlotAtLeastTheTarget() {
        let slots: [Int32] = [1, 3, 3, 4, 9, 10, 15, 20, 21, 40]
        slots.withUnsafeBufferPointer { buffer in
            for target in Int32(0)...Int32(45) {
                for from in 0...slots.count {
                    let expected = (from..<slots.count).first { slots[$0] >= target } ?? slots.count
                    let got = InvertedIndex.seek(target, in: buffer, from: from, to: slots.count)
                    #expect(got == expected, "target \(target) from \(from)")
                }
            }
        }
    }
}

/// The seeded corpus's draws (the same on every run).
private extension SplitMix {
    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// Word w with probability about proportional to 1 / (w + 1).
    mutating func zipf(_ words: Int) -> Int {
        let r = Double(next(1_000_000)) / 1_000_000
        return min(words - 1, Int(pow(Double(words + 1), r)) - 1)
    }
}
