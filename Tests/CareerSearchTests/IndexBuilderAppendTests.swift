import Testing
@testable import CareerSearch

@Suite struct IndexBuilderAppendTests {
    let analyzer = Analyzer(stopwords: ["the", "and"])
    let documents: [(doc: Int, fields: [(name: String, text: String)])] = [
        (10, [("name", "Spark engineer"), ("body", "the spark and kafka streaming")]),
        (11, [("name", "Kafka"), ("body", "streaming logs and events")]),
        (12, [("body", "airflow pipelines; spark jobs")]),
        (13, [("name", "Airflow"), ("aliases", "workflow scheduler"), ("body", "")]),
        (10, [("body", "more spark, in a second run")]),  // a document extended later
        (14, [("extra", "a field the first part never saw"), ("name", "dbt")]),
        (15, [("name", "the and")]),  // stopwords only
    ]

    func builder(_ range: Range<Int>) -> IndexBuilder {
        var b = IndexBuilder(analyzer: analyzer, fieldWeights: ["name": 3, "aliases": 2, "extra": 0.5])
        for d in documents[range] { b.add(d.doc, fields: d.fields) }
        return b
    }

    /// Documents added to several builders and appended in order build the index that one
    /// builder given them all builds: same terms, same hits, scores equal bit for bit.
    @Test(arguments: [Scoring.tfidf, .bm25()], [[3], [1, 4], [2, 5, 6]])
    func appendingPartsGivesTheSameIndex(scoring: Scoring, cuts: [Int]) {
        let whole = builder(0..<documents.count).build(scoring: scoring)
        let bounds = [0] + cuts + [documents.count]
        var joined = builder(bounds[0]..<bounds[1])
        for k in 1..<(bounds.count - 1) { joined.append(builder(bounds[k]..<bounds[k + 1])) }
        #expect(joined.documentCount == 6)
        let split = joined.build(scoring: scoring)
        #expect(split.termCount == whole.termCount && split.documentCount == whole.documentCount)
        #expect(Set(split.terms) == Set(whole.terms))
        for query in ["spark", "kafka streaming", "airflow workflow", "dbt field", "second run spark", "the"] {
            #expect(split.search(query, limit: 10) == whole.search(query, limit: 10), "\(query)")
            #expect(split.exhaustiveSearch(terms: analyzer.terms(query), limit: 10)
                    == whole.exhaustiveSearch(terms: analyzer.terms(query), limit: 10), "\(query)")
        }
    }

    /// Appending the parts all at once is appending them one at a time.
    @Test(arguments: [[3], [1, 4], [2, 5, 6]])
    func appendingAllPartsAtOnce(cuts: [Int]) {
        let bounds = [0] + cuts + [documents.count]
        let parts = (1..<(bounds.count - 1)).map { builder(bounds[$0]..<bounds[$0 + 1]) }
        var oneByOne = builder(bounds[0]..<bounds[1]), atOnce = oneByOne
        for part in parts { oneByOne.append(part) }
        atOnce.append(contentsOf: parts)
        #expect(atOnce.documentCount == oneByOne.documentCount)
        let a = atOnce.build(), b = oneByOne.build()
        #expect(a.terms == b.terms)
        for query in ["spark", "kafka streaming", "airflow workflow", "dbt field", "second run spark"] {
            #expect(a.search(query, limit: 10) == b.search(query, limit: 10), "\(query)")
        }
    }

    /// After an append, the builder keeps taking documents as before.
    @Test func addAfterAppend() {
        var a = builder(0..<2)
        a.append(builder(2..<4))
        a.add(20, fields: [("body", "spark kafka airflow")])
        var b = builder(0..<4)
        b.add(20, fields: [("body", "spark kafka airflow")])
        #expect(a.build().search("spark kafka", limit: 10) == b.build().search("spark kafka", limit: 10))
    }
}

/// `build` weighs the documents in parts at once for a large index; any number of parts
/// gives the index one pass gives, scores equal bit for bit.
@Suite struct IndexBuilderPartsTests {
    @Test(arguments: [Scoring.tfidf, .bm25()], [2, 3, 7, 40])
    func weighingInPartsGivesTheSameIndex(scoring: Scoring, parts: Int) {
        var b = IndexBuilder(analyzer: Analyzer(stopwords: ["the"]), fieldWeights: ["name": 3, "body": 1])
        let words = ["spark", "kafka", "airflow", "python", "sql", "the", "model", "deploy", "cloud", "vision"]
        for doc in 0..<30 {
            let body = (0..<(doc % 7 + 1)).map { words[($0 * 3 + doc) % words.count] }.joined(separator: " ")
            b.add(doc, fields: [("name", words[doc % words.count]), ("body", body)])
        }
        b.add(3, fields: [("body", "spark again")])  // a document in two runs
        let one = b.build(scoring: scoring, parts: 1), split = b.build(scoring: scoring, parts: parts)
        for query in ["spark", "kafka python", "model deploy cloud", "vision sql the"] {
            #expect(split.search(query, limit: 30) == one.search(query, limit: 30), "\(query)")
        }
    }
}
