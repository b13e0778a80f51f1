import Testing
@testable import CareerSearch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct ScoringTests {
    @Test(arguments: [Scoring.tfidf, .bm25()])
    func idfIsPositiveAndFallsWithDocumentFrequency(scoring: Scoring) {
        let idfs = (0...100).map { scoring.idf(df: $0, documentCount: 100) }
        #expect(idfs.allSatisfy { $0 > 0 })
        #expect(zip(idfs, idfs.dropFirst()).allSatisfy { $0 > $1 })
    }

    @Test func tfidfWeightIsLogScaledAndFieldWeighted() {
        let fields = [FieldStats(weight: 3, length: 2, averageLength: 2),
                      FieldStats(weight: 1, length: 50, averageLength: 40)]
        let w = Scoring.tfidf.termWeight(idf: 2, tfs: [1, 4], fields: fields)
        #expect(abs(w - 2 * (3 * 1 + 1 * (1 + log(4.0)))) < 1e-12)
        #expect(Scoring.tfidf.termWeight(idf: 2, tfs: [0, 0], fields: fields) == 0)
    }

    @Test func bm25SaturatesAndNormalisesLength() {
        let bm25 = Scoring.bm25(k1: 1.2, b: 0.75)
        let avg = [FieldStats(weight: 1, length: 10, averageLength: 10)]
        let long = [FieldStats(weight: 1, length: 40, averageLength: 10)]
        let one = bm25.termWeight(idf: 1, tfs: [1], fields: avg)
        let many = bm25.termWeight(idf: 1, tfs: [100], fields: avg)
        #expect(abs(one - 1 / 2.2) < 1e-12)
        #expect(many < 1 && many > 0.98)                                      // saturates below idf
        #expect(bm25.termWeight(idf: 1, tfs: [1], fields: long) < one)       // longer field, lower
        #expect(Scoring.bm25(k1: 1.2, b: 0).termWeight(idf: 1, tfs: [1], fields: long) == one)
    }

    @Test func queryNormBoundsScoresByOne() {
        let terms = [(idf: 2.0, weight: 2.0), (idf: 1.0, weight: 1.0)]
        #expect(abs(Scoring.tfidf.queryNorm(terms) - 5.0.squareRoot()) < 1e-12)
        #expect(Scoring.bm25().queryNorm([(idf: 2.0, weight: 1.0), (idf: 1.0, weight: 2.0)]) == 4)
    }

    /// Ranks the labelled `RankingCorpus` with each scorer and reports nDCG@5, MRR of the first
    /// grade-2 document, and precision at 1. The default scorer must be at least as good as the
    /// alternative on nDCG@5. Run with `--filter rankingQuality` to see the table.
    @Test func rankingQualityOnLabelledSet() {
        let analyzer = Analyzer(stopwords: RankingCorpus.stopwords)
        var builder = IndexBuilder(analyzer: analyzer, fieldWeights: RankingCorpus.fieldWeights)
        for (doc, d) in RankingCorpus.documents.enumerated() {
            builder.add(doc, fields: [("name", d.0), ("aliases", d.1), ("summary", d.2), ("body", d.3)])
        }
        let candidates: [(String, Scoring)] = [
            ("tfidf (cosine)", .tfidf), ("bm25f k1=1.2 b=0.75", .bm25()),
            ("bm25f k1=1.2 b=0.3", .bm25(k1: 1.2, b: 0.3)), ("bm25f k1=2.0 b=0.75", .bm25(k1: 2, b: 0.75)),
        ]
        var results: [Scoring: Quality] = [:]
        for (name, scoring) in candidates {
            let index = builder.build(scoring: scoring)
            let keyword = Quality.measure(index, RankingCorpus.keywordQueries)
            let question = Quality.measure(index, RankingCorpus.questionQueries)
            let all = Quality.measure(index, RankingCorpus.queries)
            results[scoring] = all
            print("ranking \(name): keyword \(keyword) | questions \(question) | all \(all)")
        }
        let other: Scoring = Scoring.default == .tfidf ? .bm25() : .tfidf
        #expect(results[.default]!.ndcg >= results[other]!.ndcg)
        #expect(results[.default]!.ndcg > 0.7)
    }
}

/// Mean retrieval quality over a labelled query set.
struct Quality: CustomStringConvertible {
    var ndcg = 0.0, mrr = 0.0, p1 = 0.0

    var description: String { "nDCG@5 \(ndcg.rounded3) MRR \(mrr.rounded3) P@1 \(p1.rounded3)" }

    static func measure(_ index: InvertedIndex, _ queries: [(String, [Int: Int])]) -> Quality {
        var total = Quality()
        for (question, grades) in queries {
            let ranked = index.search(question, limit: 10).map(\.doc)
            func gain(_ doc: Int) -> Double { Double((1 << (grades[doc] ?? 0)) - 1) }
            func discount(_ rank: Int) -> Double { 1 / log2(Double(rank) + 2) }
            let dcg = ranked.prefix(5).enumerated().reduce(0.0) { $0 + gain($1.element) * discount($1.offset) }
            let ideal = grades.values.sorted(by: >).prefix(5).enumerated()
                .reduce(0.0) { $0 + Double((1 << $1.element) - 1) * discount($1.offset) }
            total.ndcg += dcg / ideal
            if let rank = ranked.firstIndex(where: { grades[$0] == 2 }) { total.mrr += 1 / Double(rank + 1) }
            if let first = ranked.first, grades[first] == 2 { total.p1 += 1 }
        }
        let n = Double(queries.count)
        return Quality(ndcg: total.ndcg / n, mrr: total.mrr / n, p1: total.p1 / n)
    }
}

extension Double {
    var rounded3: String {
        let scaled = (self * 1000).rounded() / 1000
        return String(scaled)
    }
}
