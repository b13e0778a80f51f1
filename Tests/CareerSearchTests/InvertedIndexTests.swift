import Testing
@testable import CareerSearch

@Suite struct InvertedIndexTests {
    static let analyzer = Analyzer(stopwords: ["a", "an", "the", "and", "of", "in", "with", "who"])
    static let weights = ["name": 3.0, "aliases": 2.5, "summary": 1.5, "body": 1.0]

    /// Five small documents with non-contiguous ids.
    static func builder() -> IndexBuilder {
        var b = IndexBuilder(analyzer: analyzer, fieldWeights: weights)
        b.add(10, fields: [("name", "Data Engineer"), ("body", "Builds pipelines with Spark and Airflow.")])
        b.add(20, fields: [("name", "Nurse"), ("body", "Works with data engineers on hospital records and patient data.")])
        b.add(30, fields: [("name", "Data Scientist"), ("aliases", "ML scientist"), ("body", "Statistics, Python and machine learning.")])
        b.add(40, fields: [("name", "Teacher"), ("body", "Plans lessons for students.")])
        b.add(50, fields: [("name", "Software Engineer"), ("body", "Writes C++ and Python code; reviews code.")])
        return b
    }

    static let scorings = [Scoring.tfidf, .bm25()]
    static let indexes = [Scoring.tfidf: builder().build(scoring: .tfidf), .bm25(): builder().build(scoring: .bm25())]

    @Test(arguments: scorings)
    func nameFieldBeatsBody(scoring: Scoring) {
        let index = Self.indexes[scoring]!
        let hits = index.search("data engineer", limit: 10)
        #expect(hits.first?.doc == 10)
        #expect(hits.map(\.doc).firstIndex(of: 10)! < hits.map(\.doc).firstIndex(of: 20)!)
    }

    @Test(arguments: scorings)
    func scoresAreInUnitIntervalAndSorted(scoring: Scoring) {
        let index = Self.indexes[scoring]!
        for query in ["data", "data engineer python", "c++ code code", "lessons students teacher"] {
            let hits = index.search(query, limit: 10)
            #expect(!hits.isEmpty)
            #expect(hits.allSatisfy { $0.score > 0 && $0.score <= 1 })
            #expect(zip(hits, hits.dropFirst()).allSatisfy { TopKCollector.ranksBefore($0, $1) })
        }
    }

    @Test func tfidfScoreIsCosineSimilarity() {
        var b = IndexBuilder(analyzer: Self.analyzer, fieldWeights: [:])
        b.add(1, fields: [("body", "spark airflow")])
        b.add(2, fields: [("body", "teacher")])
        let index = b.build(scoring: .tfidf)
        // Same terms, same proportions: cosine 1 (to the precision of the postings' Float
        // weights, about 1e-7).
        #expect(abs(index.search("airflow spark", limit: 1)[0].score - 1) < 1e-6)
        // One of two equally weighted terms (equal df): cos = 1/sqrt(2).
        #expect(abs(index.search("spark", limit: 1)[0].score - 0.5.squareRoot()) < 1e-6)
    }

    @Test(arguments: scorings)
    func filterExcludesDocuments(scoring: Scoring) {
        let index = Self.indexes[scoring]!
        let hits = index.search("data", limit: 10, where: { $0 != 10 })
        #expect(!hits.contains { $0.doc == 10 })
        #expect(Set(hits.map(\.doc)) == [20, 30])
        #expect(index.search("data", limit: 10, where: { _ in false }).isEmpty)
    }

    @Test func filterSeesCallerIDsOnlyForCandidates() {
        var seen: [Int] = []
        _ = Self.indexes[.tfidf]!.search("python", limit: 5) { seen.append($0); return true }
        #expect(Set(seen) == [30, 50])
        #expect(seen.count == 2)
    }

    @Test(arguments: scorings)
    func limitCapsResults(scoring: Scoring) {
        let index = Self.indexes[scoring]!
        #expect(index.search("data engineer python", limit: 1).count == 1)
        #expect(index.search("data engineer python", limit: 2).count == 2)
        #expect(index.search("data", limit: 0).isEmpty)
        #expect(index.search("data", limit: -1).isEmpty)
        #expect(index.search("data", limit: 100).count == 3)
    }

    @Test(arguments: scorings)
    func emptyAndStopwordQueries(scoring: Scoring) {
        let index = Self.indexes[scoring]!
        #expect(index.search("", limit: 5).isEmpty)
        #expect(index.search("the and of", limit: 5).isEmpty)
        #expect(index.search("🚀 ?!", limit: 5).isEmpty)
        #expect(index.search(terms: [], limit: 5).isEmpty)
    }

    @Test(arguments: scorings)
    func unknownTermsAreIgnored(scoring: Scoring) {
        let index = Self.indexes[scoring]!
        #expect(index.search("xylophone quux", limit: 5).isEmpty)
        #expect(index.search("spark xylophone", limit: 5) == index.search("spark", limit: 5))
    }

    @Test(arguments: scorings)
    func searchByTerms(scoring: Scoring) {
        let index = Self.indexes[scoring]!
        #expect(index.search(terms: ["engin"], limit: 5) == index.search("engineers", limit: 5))
        #expect(index.search(terms: ["engineers"], limit: 5).isEmpty)  // not a stem
    }

    @Test func tiesAreOrderedByDocID() {
        var b = IndexBuilder(analyzer: Self.analyzer, fieldWeights: [:])
        for doc in [7, 3, 9, 1] { b.add(doc, fields: [("body", "identical text")]) }
        for scoring in [Scoring.tfidf, .bm25()] {
            let hits = b.build(scoring: scoring).search("identical", limit: 3)
            #expect(hits.map(\.doc) == [1, 3, 7])
            #expect(Set(hits.map(\.score)).count == 1)
        }
    }

    @Test func containsAndCounts() {
        let index = Self.indexes[.tfidf]!
        #expect(index.documentCount == 5)
        #expect(index.contains(term: "engin"))
        #expect(index.contains(term: "c++"))
        #expect(!index.contains(term: "engineer"))
        #expect(!index.contains(term: "the"))
        #expect(index.documentFrequency(of: "data") == 3)
        #expect(index.documentFrequency(of: "nope") == 0)
    }

    @Test func describesItself() {
        #expect(Self.indexes[.tfidf]!.description == "InvertedIndex(documents: 5, terms: 28, scoring: tfidf)")
    }

    @Test func emptyIndex() {
        let index = IndexBuilder(analyzer: Self.analyzer, fieldWeights: [:]).build()
        #expect(index.documentCount == 0)
        #expect(index.search("anything", limit: 5).isEmpty)
    }

    @Test func concurrentSearchesAgree() async {
        let index = Self.indexes[.tfidf]!
        let queries = ["data engineer", "python code", "students", "machine learning scientist"]
        let expected = queries.map { index.search($0, limit: 3) }
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for worker in 0..<16 {
                group.addTask {
                    (0..<200).reduce(0) { bad, round in
                        let i = (worker + round) % queries.count
                        return bad + (index.search(queries[i], limit: 3) == expected[i] ? 0 : 1)
                    }
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
