import Testing
@testable import CareerSearch

@Suite struct IndexBuilderTests {
    let analyzer = Analyzer(stopwords: ["the"])

    @Test func countsDistinctDocumentsIncludingEmptyOnes() {
        var b = IndexBuilder(analyzer: analyzer, fieldWeights: [:])
        b.add(1, fields: [("body", "spark")])
        b.add(2, fields: [])
        b.add(3, fields: [("body", "the")])
        #expect(b.documentCount == 3)
        #expect(b.build().documentCount == 3)
    }

    @Test func addingTheSameDocAgainExtendsIt() {
        var b = IndexBuilder(analyzer: analyzer, fieldWeights: [:])
        b.add(1, fields: [("body", "spark")])
        b.add(2, fields: [("body", "kafka")])
        b.add(1, fields: [("body", "airflow")])
        let index = b.build()
        #expect(index.documentCount == 2)
        #expect(index.search("spark airflow", limit: 5).map(\.doc) == [1])
        #expect(abs(index.search("spark airflow", limit: 5)[0].score - 1) < 1e-6)  // Float weights
    }

    /// A document added in several parts (the same term again, the same field again, out of
    /// slot order) scores exactly as the same document added at once, under both scorings.
    @Test(arguments: [Scoring.tfidf, .bm25()])
    func partsMergeIntoOneDocument(scoring: Scoring) {
        var whole = IndexBuilder(analyzer: analyzer, fieldWeights: ["name": 3])
        whole.add(1, fields: [("name", "spark spark kafka"), ("body", "spark streaming and kafka")])
        whole.add(2, fields: [("name", "kafka"), ("body", "streaming")])
        var parts = IndexBuilder(analyzer: analyzer, fieldWeights: ["name": 3])
        parts.add(1, fields: [("name", "spark")])
        parts.add(2, fields: [("name", "kafka"), ("body", "streaming")])
        parts.add(1, fields: [("body", "spark streaming"), ("name", "spark kafka")])
        parts.add(1, fields: [("body", "and kafka")])
        let a = whole.build(scoring: scoring), b = parts.build(scoring: scoring)
        for query in ["spark", "kafka streaming", "spark kafka streaming", "streaming"] {
            let x = a.search(query, limit: 5), y = b.search(query, limit: 5)
            #expect(x.map(\.doc) == y.map(\.doc), "\(query)")
            for (h, k) in zip(x, y) { #expect(abs(h.score - k.score) < 1e-12, "\(query)") }
        }
    }

    @Test func unknownFieldsWeighOneAndZeroWeightFieldsNeverMatch() {
        var b = IndexBuilder(analyzer: analyzer, fieldWeights: ["hidden": 0, "name": 2])
        b.add(1, fields: [("hidden", "secret"), ("name", "visible")])
        b.add(2, fields: [("other", "visible")])
        let index = b.build()
        #expect(index.search("secret", limit: 5).isEmpty)
        #expect(!index.contains(term: "secret"))
        #expect(index.search("visible", limit: 5).map(\.doc).sorted() == [1, 2])
    }

    @Test func heavierFieldRanksHigher() {
        var b = IndexBuilder(analyzer: analyzer, fieldWeights: ["name": 3, "body": 1])
        b.add(1, fields: [("name", "spark"), ("body", "kafka")])
        b.add(2, fields: [("name", "kafka"), ("body", "spark")])
        for scoring in [Scoring.tfidf, .bm25()] {
            #expect(b.build(scoring: scoring).search("spark", limit: 2).map(\.doc) == [1, 2])
        }
    }

    @Test func builderCanBuildRepeatedly() {
        var b = IndexBuilder(analyzer: analyzer, fieldWeights: [:])
        b.add(1, fields: [("body", "spark kafka")])
        let first = b.build()
        b.add(2, fields: [("body", "spark")])
        #expect(first.documentCount == 1)
        #expect(b.build().documentCount == 2)
        #expect(b.build(scoring: .bm25()).scoring == .bm25())
        #expect(b.build().scoring == .default)
    }

    @Test func postingsAreGroupedByTerm() {
        var b = IndexBuilder(analyzer: analyzer, fieldWeights: [:])
        b.add(5, fields: [("body", "alpha beta")])
        b.add(6, fields: [("body", "beta gamma")])
        let index = b.build()
        #expect(index.termCount == 3)
        #expect(index.postingStarts == [0, 1, 3, 4])  // alpha, beta, gamma in lexicographic order
        #expect(index.postingSlots == [0, 0, 1, 1])
    }
}
