/// Collects documents made of named, weighted text fields and builds an immutable
/// ``InvertedIndex``.
///
/// Fields are analyzed with the builder's ``Analyzer`` when added. A field name missing from
/// `fieldWeights` weighs 1; weights below 0 count as 0 (the field is stored but never matches).
/// Adding a doc id again appends the new fields to that document.
///
/// Complexity: `add` is O(length of the fields); `build` is O(total postings · log) and
/// allocates the index in a few flat arrays. A value type: copies are independent and may be
/// sent across threads; one copy must not be mutated from two threads at once.
public struct IndexBuilder: Sendable {
    public let analyzer: Analyzer
    public let fieldWeights: [String: Double]

    /// Field names in first-seen order; indexes into per-document field arrays.
    private var fieldNames: [String] = []
    private var fieldIndex: [String: Int] = [:]
    /// Caller doc ids in first-added order, and the reverse map.
    private var docIDs: [Int] = []
    private var slotOf: [Int: Int] = [:]
    /// Per document slot: term -> frequency per field, and length (in terms) per field.
    private var termFrequencies: [[String: [Int]]] = []
    private var fieldLengths: [[Int]] = []

    public init(analyzer: Analyzer, fieldWeights: [String: Double]) {
        self.analyzer = analyzer
        self.fieldWeights = fieldWeights
    }

    /// Number of distinct documents added so far.
    public var documentCount: Int { docIDs.count }

    /// Adds (or extends) document `doc` with the given fields. Empty fields are fine.
    public mutating func add(_ doc: Int, fields: [(name: String, text: String)]) {
        let slot: Int
        if let existing = slotOf[doc] {
            slot = existing
        } else {
            slot = docIDs.count
            slotOf[doc] = slot
            docIDs.append(doc)
            termFrequencies.append([:])
            fieldLengths.append([])
        }
        for field in fields {
            let f = fieldSlot(field.name)
            let terms = analyzer.terms(field.text)
            if fieldLengths[slot].count <= f {
                fieldLengths[slot] += Array(repeating: 0, count: f + 1 - fieldLengths[slot].count)
            }
            fieldLengths[slot][f] += terms.count
            for term in terms {
                var tfs = termFrequencies[slot][term] ?? []
                if tfs.count <= f { tfs += Array(repeating: 0, count: f + 1 - tfs.count) }
                tfs[f] += 1
                termFrequencies[slot][term] = tfs
            }
        }
    }

    /// Builds the index with the given scoring (``Scoring/default`` unless told otherwise).
    /// The builder stays usable: it can build again, for example with another scoring.
    public func build(scoring: Scoring = .default) -> InvertedIndex {
        let n = docIDs.count
        let fieldCount = fieldNames.count
        let weights = fieldNames.map { max(0, fieldWeights[$0] ?? 1) }

        // Average length of each field over the documents that have it.
        var lengthSum = Array(repeating: 0, count: fieldCount)
        var haveField = Array(repeating: 0, count: fieldCount)
        for lengths in fieldLengths {
            for (f, length) in lengths.enumerated() where length > 0 {
                lengthSum[f] += length
                haveField[f] += 1
            }
        }
        let averages = (0..<fieldCount).map { haveField[$0] > 0 ? Double(lengthSum[$0]) / Double(haveField[$0]) : 0 }

        // Term ids in lexicographic order, so the layout does not depend on hashing.
        // Terms that occur only in zero-weight fields get no id: they can never match.
        var df: [String: Int] = [:]
        for doc in termFrequencies {
            for (term, tfs) in doc where tfs.indices.contains(where: { tfs[$0] > 0 && weights[$0] > 0 }) {
                df[term, default: 0] += 1
            }
        }
        let terms = df.keys.sorted()
        var termIDs: [String: Int32] = [:]
        termIDs.reserveCapacity(terms.count)
        for (i, term) in terms.enumerated() { termIDs[term] = Int32(i) }
        let idf = terms.map { scoring.idf(df: df[$0]!, documentCount: n) }

        // Weights per (doc, term), normalised per document if the scoring wants it.
        var perTerm = Array(repeating: [(slot: Int32, weight: Double)](), count: terms.count)
        for slot in 0..<n {
            let fields = (0..<fieldCount).map { f in
                FieldStats(weight: weights[f], length: f < fieldLengths[slot].count ? fieldLengths[slot][f] : 0,
                           averageLength: averages[f])
            }
            var entries: [(term: Int, weight: Double)] = []
            entries.reserveCapacity(termFrequencies[slot].count)
            for (term, tfs) in termFrequencies[slot] {
                guard let id = termIDs[term] else { continue }
                let t = Int(id)
                let w = scoring.termWeight(idf: idf[t], tfs: tfs, fields: fields)
                if w > 0 { entries.append((t, w)) }
            }
            if scoring.normalizesDocuments {
                let norm = entries.reduce(0.0) { $0 + $1.weight * $1.weight }.squareRoot()
                if norm > 0 { for i in entries.indices { entries[i].weight /= norm } }
            }
            for e in entries { perTerm[e.term].append((Int32(slot), e.weight)) }
        }

        // Flatten into compressed-row arrays; postings of a term are in slot order.
        var starts: [Int32] = [0]
        starts.reserveCapacity(terms.count + 1)
        var postingSlots: [Int32] = []
        var postingWeights: [Double] = []
        for list in perTerm {
            for p in list {
                postingSlots.append(p.slot)
                postingWeights.append(p.weight)
            }
            starts.append(Int32(postingSlots.count))
        }
        return InvertedIndex(analyzer: analyzer, scoring: scoring, docIDs: docIDs, termIDs: termIDs,
                             idf: idf, postingStarts: starts, postingSlots: postingSlots,
                             postingWeights: postingWeights)
    }

    private mutating func fieldSlot(_ name: String) -> Int {
        if let f = fieldIndex[name] { return f }
        fieldIndex[name] = fieldNames.count
        fieldNames.append(name)
        return fieldNames.count - 1
    }
}
