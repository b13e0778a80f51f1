/// An immutable inverted index: term -> postings (document, precomputed weight).
/// Build one with ``IndexBuilder``.
///
/// Threading: a value type of immutable arrays; any number of threads may search one index
/// concurrently without locks. `Sendable`.
///
/// Scores: in 0...1, as defined by ``scoring`` (by default cosine similarity, see ``Scoring``),
/// to about 1e-7: posting weights are stored as `Float`. Results are ordered best first, equal
/// scores by ascending doc id; only documents with a score above 0 are returned.
///
/// Complexity of a search: analysis of the query, then max-score retrieval a window of
/// slots at a time (see `InvertedIndex+MaxScore.swift`): at worst O(postings of the query
/// terms · terms), plus clearing one window's table (about 32 KB), and usually far less,
/// since once `limit` hits are kept the postings of the terms that cannot lift a document
/// into them alone are only probed, or walked only where that is cheaper than probing.
/// Scores and order are exactly those of scoring every posting (the tests compare them bit
/// for bit with `exhaustiveSearch`). Measured up to 100k documents (docs/PERFORMANCE.md).
public struct InvertedIndex: Sendable {
    /// The analyzer used at build time; queries are analyzed with it.
    public let analyzer: Analyzer
    /// How postings were weighted and how queries are scored.
    public let scoring: Scoring

    /// Caller doc id per internal slot.
    let docIDs: [Int]
    let termIDs: [String: Int32]
    let idf: [Double]
    /// Postings of term `t` are at `postingStarts[t] ..< postingStarts[t + 1]`.
    let postingStarts: [Int32]
    let postingSlots: [Int32]
    /// Each posting's weight, stored as a `Float` (scores are summed in `Double`): at 100k
    /// documents a third less memory for the postings. The rounding is the same in every
    /// search, so the pruned search still equals the exhaustive one bit for bit. Slots and
    /// weights stay in separate arrays: the search's probes read slots alone.
    let postingWeights: [Float]
    /// Each term's postings are two runs, each in slot order: heavy ones at
    /// `postingStarts[t] ..< lightStarts[t]` (often none), the rest at
    /// `lightStarts[t] ..< postingStarts[t + 1]` (see `IndexBuilder.splitHeavyPostings`).
    let lightStarts: [Int32]
    /// The largest weight of each term's heavy run (0 when it is empty) and of its light run:
    /// upper bounds of what a run contributes, for pruning.
    let heavyBounds: [Double]
    let lightBounds: [Double]

    /// Number of distinct documents added to the builder (including ones with no terms).
    public var documentCount: Int { docIDs.count }

    /// Number of distinct terms.
    public var termCount: Int { idf.count }

    /// Whether the index has postings for an analyzed term (a stem, as ``Analyzer/terms(_:)``
    /// produces), for example `contains(term: "engin")`.
    public func contains(term: String) -> Bool {
        termIDs[term] != nil
    }

    /// Every analyzed term with postings: the words of the indexed text, stemmed.
    public var terms: Dictionary<String, Int32>.Keys { termIDs.keys }

    /// Number of documents containing an analyzed term; 0 for unknown terms.
    public func documentFrequency(of term: String) -> Int {
        guard let t = termIDs[term].map(Int.init) else { return 0 }
        return Int(postingStarts[t + 1] - postingStarts[t])
    }

    /// Analyzes `text` with ``analyzer`` and searches for its terms.
    /// See ``search(terms:limit:where:)``.
    public func search(_ text: String, limit: Int, where filter: ((Int) -> Bool)? = nil) -> [SearchHit] {
        search(terms: analyzer.terms(text), limit: limit, where: filter)
    }

    /// The best `limit` documents for already-analyzed terms (stems; repeats raise a term's
    /// weight). Terms the index does not know are ignored; an empty or all-unknown query, or
    /// `limit <= 0`, gives `[]`.
    ///
    /// `filter`, when given, receives caller doc ids and excludes those it returns false for;
    /// it is called on the calling thread, at most once per matching document, and only for
    /// documents that would otherwise enter the current top `limit`.
    public func search(terms: [String], limit: Int, where filter: ((Int) -> Bool)? = nil) -> [SearchHit] {
        guard limit > 0, let (order, query, norm) = prepared(terms) else { return [] }
        return maxScoreSearch(terms: order, query: query, norm: norm, limit: limit, where: filter)
    }

    /// The query's known terms with their multiplicity, in first-seen order (stable float
    /// sums), each with its idf and query weight, and the query's norm; nil when nothing of
    /// the query can match.
    private func prepared(_ terms: [String]) -> (order: [Int32], query: [(idf: Double, weight: Double)], norm: Double)? {
        guard !terms.isEmpty, !docIDs.isEmpty else { return nil }
        var counts: [Int32: Int] = [:]
        var order: [Int32] = []
        for term in terms {
            guard let t = termIDs[term] else { continue }
            if counts[t] == nil { order.append(t) }
            counts[t, default: 0] += 1
        }
        guard !order.isEmpty else { return nil }
        let query = order.map { t in
            (idf: idf[Int(t)], weight: scoring.queryWeight(idf: idf[Int(t)], qtf: counts[t]!))
        }
        let norm = scoring.queryNorm(query)
        return norm > 0 ? (order, query, norm) : nil
    }

    /// The same search, term at a time over every posting of every query term into one
    /// score per document (the method before max-score pruning): the reference the tests
    /// compare ``search(terms:limit:where:)`` with, bit for bit. Allocates per call.
    func exhaustiveSearch(terms: [String], limit: Int, where filter: ((Int) -> Bool)? = nil) -> [SearchHit] {
        guard limit > 0, let (order, query, norm) = prepared(terms) else { return [] }
        var top = TopKCollector(k: limit)
        var acc = [Double](repeating: 0, count: docIDs.count)
        for (i, t) in order.enumerated() {
            let q = query[i].weight / norm
            for p in Int(postingStarts[Int(t)])..<Int(postingStarts[Int(t) + 1]) {
                acc[Int(postingSlots[p])] += q * Double(postingWeights[p])
            }
        }
        for slot in acc.indices where acc[slot] > 0 {
            let doc = docIDs[slot]
            let score = min(acc[slot], 1)
            guard top.wouldAccept(doc: doc, score: score) else { continue }
            if let filter, !filter(doc) { continue }
            top.offer(doc: doc, score: score)
        }
        return top.sortedHits()
    }
}

extension InvertedIndex: CustomStringConvertible {
    /// A summary for logs, for example `InvertedIndex(documents: 500, terms: 1234, scoring: tfidf)`.
    public var description: String {
        "InvertedIndex(documents: \(documentCount), terms: \(termCount), scoring: \(scoring))"
    }
}

