import Dispatch

/// Collects documents made of named, weighted text fields and builds an immutable
/// ``InvertedIndex``.
///
/// Fields are analyzed with the builder's ``Analyzer`` when added. A field name missing from
/// `fieldWeights` weighs 1; weights below 0 count as 0 (the field is stored but never matches).
/// Adding a doc id again appends the new fields to that document.
///
/// Layout (for knowledge folders of up to a million entities): terms are interned to integer
/// ids as they are first seen, and each `add` appends its (term, field, count) entries to a few
/// flat arrays, so no per-document dictionary or string-keyed table outlives the call.
///
/// Complexity: `add` is O(length of the fields); `build` is O(entries) plus a sort of the
/// entries of documents added more than once, and allocates the index in a few flat arrays.
/// A value type: copies are independent and may be sent across threads; one copy must not be
/// mutated from two threads at once.
public struct IndexBuilder: Sendable {
    public let analyzer: Analyzer
    public let fieldWeights: [String: Double]

    // The state below is internal, not private, for `append(_:)` (IndexBuilder+Append.swift).
    /// Field names in first-seen order; indexes into per-document field arrays.
    var fieldNames: [String] = []
    var fieldIndex: [String: Int] = [:]
    /// Caller doc ids in first-added order, and the reverse map. While the ids are
    /// 0, 1, 2, ... in order (as `EntityIndex` adds them), a document's slot is its id
    /// and the map stays empty: at 1M entities it was a table of 30 MB filled one
    /// insert at a time, a twentieth of the index's build (docs/PERFORMANCE.md,
    /// "Sixteenth round"). The first other id fills it (`slot(of:)`).
    var docIDs: [Int] = []
    var slotOf: [Int: Int] = [:]
    var idsAreSlots = true
    /// Interned terms: id -> text, and text -> id.
    var terms: [String] = []
    var termIndex: [String: Int32] = [:]
    /// Folded word (as the tokenizer gives it) -> term id, or -1 for a stopword.
    var wordTerms = WordTable()
    /// One run per `add`: its document slot and its entries `runStarts[r] ..< runStarts[r + 1]`.
    var runSlots: [Int32] = []
    var runStarts: [Int32] = [0]
    /// Entries, sorted by (term, field) within a run: a term's count in one field.
    var entryTerms: [Int32] = []
    var entryFields: [Int32] = []
    var entryCounts: [Int32] = []
    /// Per document slot, the length (in terms) of each field, `fieldCount` wide once built;
    /// kept as (slot, field, length) triples until then.
    var lengthSlots: [Int32] = []
    var lengthFields: [Int32] = []
    var lengthValues: [Int32] = []

    public init(analyzer: Analyzer, fieldWeights: [String: Double]) {
        self.analyzer = analyzer
        self.fieldWeights = fieldWeights
    }

    /// The slot of caller document `doc`, a new one if it has none yet.
    mutating func slot(of doc: Int) -> Int {
        if idsAreSlots {
            if doc >= 0 && doc < docIDs.count { return doc }
            if doc == docIDs.count { docIDs.append(doc); return doc }
            idsAreSlots = false
            slotOf = Dictionary(uniqueKeysWithValues: zip(docIDs, docIDs.indices))
        }
        if let existing = slotOf[doc] { return existing }
        let slot = docIDs.count
        slotOf[doc] = slot
        docIDs.append(doc)
        return slot
    }

    /// Number of distinct documents added so far.
    public var documentCount: Int { docIDs.count }

    /// Adds (or extends) document `doc` with the given fields. Empty fields are fine.
    public mutating func add(_ doc: Int, fields: [(name: String, text: String)]) {
        let slot = self.slot(of: doc)
        // (term << 32 | field) keys, sorted and counted: one entry per distinct pair.
        var keys: [UInt64] = []
        for field in fields {
            let f = fieldSlot(field.name)
            // The terms of `analyzer.terms(field.text)`, through a cache of each distinct word's
            // term id (-1 for a stopword): one lookup per word instead of a stopword check, a
            // stem-cache lookup and an intern lookup.
            var length = 0
            Tokenizer.forEachWord(in: field.text) { utf8 in
                let id: Int32
                if let cached = wordTerms.value(forBytes: utf8) {
                    id = cached
                } else {
                    let word = String(decoding: utf8, as: UTF8.self)
                    id = analyzer.stopwords.contains(word) ? -1 : intern(Stemmer.stem(utf8: utf8))
                    wordTerms.insert(bytes: utf8, value: id)
                }
                guard id >= 0 else { return }
                length += 1
                keys.append(UInt64(UInt32(id)) << 32 | UInt64(f))
            }
            lengthSlots.append(Int32(slot)); lengthFields.append(Int32(f)); lengthValues.append(Int32(length))
        }
        keys.sort()
        var i = 0
        while i < keys.count {
            var j = i + 1
            while j < keys.count && keys[j] == keys[i] { j += 1 }
            entryTerms.append(Int32(truncatingIfNeeded: keys[i] >> 32))
            entryFields.append(Int32(truncatingIfNeeded: keys[i] & 0xFFFF_FFFF))
            entryCounts.append(Int32(j - i))
            i = j
        }
        runSlots.append(Int32(slot))
        runStarts.append(Int32(entryTerms.count))
    }

    /// Builds the index with the given scoring (``Scoring/default`` unless told otherwise).
    /// The builder stays usable: it can build again, for example with another scoring.
    /// `parts`: documents are weighed in this many parts at once (default: 4 from 20,000
    /// documents on, else 1); the index is the same whatever the number.
    public func build(scoring: Scoring = .default, parts: Int? = nil) -> InvertedIndex {
        let n = docIDs.count
        let fieldCount = fieldNames.count
        let weights = fieldNames.map { max(0, fieldWeights[$0] ?? 1) }

        // Field lengths per slot, and the average of each field over the documents that have it.
        var lengths = [Int](repeating: 0, count: n * fieldCount)
        for k in lengthSlots.indices {
            lengths[Int(lengthSlots[k]) * fieldCount + Int(lengthFields[k])] += Int(lengthValues[k])
        }
        var lengthSum = [Int](repeating: 0, count: fieldCount)
        var haveField = [Int](repeating: 0, count: fieldCount)
        for slot in 0..<n {
            for f in 0..<fieldCount where lengths[slot * fieldCount + f] > 0 {
                lengthSum[f] += lengths[slot * fieldCount + f]
                haveField[f] += 1
            }
        }
        let averages = (0..<fieldCount).map { haveField[$0] > 0 ? Double(lengthSum[$0]) / Double(haveField[$0]) : 0 }

        let entries = documentEntries(slotCount: n)

        // Document frequency per term; terms that occur only in zero-weight fields get no id:
        // they can never match. Kept terms are numbered in first-seen order.
        var df = [Int32](repeating: 0, count: terms.count)
        entries.forEachTermGroup { _, range in
            if range.contains(where: { weights[Int(entries.fields[$0])] > 0 && entries.counts[$0] > 0 }) {
                df[Int(entries.terms[range.lowerBound])] += 1
            }
        }
        var newID = [Int32](repeating: -1, count: terms.count)
        var termIDs: [String: Int32] = [:]
        termIDs.reserveCapacity(terms.count)
        var idf: [Double] = []
        for t in terms.indices where df[t] > 0 {
            newID[t] = Int32(idf.count)
            termIDs[terms[t]] = Int32(idf.count)
            idf.append(scoring.idf(df: Int(df[t]), documentCount: n))
        }

        // Weights per (doc, term), normalised per document if the scoring wants it, for
        // parts of the documents at once; counted per term, then scattered into
        // compressed-row arrays (postings in slot order).
        let stats = (0..<fieldCount).map { FieldStats(weight: weights[$0], length: 0, averageLength: averages[$0]) }
        let parts = max(1, min(parts ?? (n >= 20_000 ? 4 : 1), max(n, 1)))
        let weighed = UnsafeMutableBufferPointer<DocumentWeights>.allocate(capacity: parts)
        defer { weighed.deallocate() }
        nonisolated(unsafe) let out = weighed  // each part writes its own element
        let (fieldLengths, kept, idfs) = (lengths, newID, idf)
        DispatchQueue.concurrentPerform(iterations: parts) { p in
            (out.baseAddress! + p).initialize(to: DocumentWeights(
                entries, slots: (p * n / parts)..<((p + 1) * n / parts), lengths: fieldLengths, fieldCount: fieldCount,
                termIDs: kept, idf: idfs, stats: stats, scoring: scoring))
        }
        let byPart = Array(weighed)
        _ = weighed.deinitialize()
        var postingCount = [Int32](repeating: 0, count: idf.count + 1)
        for part in byPart { for t in part.terms { postingCount[Int(t) + 1] += 1 } }
        var starts = [Int32](repeating: 0, count: idf.count + 1)
        for t in 0..<idf.count { starts[t + 1] = starts[t] + postingCount[t + 1] }
        var fill = Array(starts.dropLast())
        let total = byPart.reduce(0) { $0 + $1.terms.count }
        var postingSlots = [Int32](repeating: 0, count: total)
        var postingWeights = [Float](repeating: 0, count: total)
        for part in byPart {
            for k in part.terms.indices {
                let t = Int(part.terms[k]), at = Int(fill[t])
                postingSlots[at] = part.slots[k]
                postingWeights[at] = Float(part.weights[k])
                fill[t] += 1
            }
        }
        let tiers = Self.splitHeavyPostings(starts: starts, slots: &postingSlots, weights: &postingWeights)
        return InvertedIndex(analyzer: analyzer, scoring: scoring, docIDs: docIDs, termIDs: termIDs,
                             idf: idf, postingStarts: starts, postingSlots: postingSlots,
                             postingWeights: postingWeights, lightStarts: tiers.lightStarts,
                             heavyBounds: tiers.heavyBounds, lightBounds: tiers.lightBounds)
    }

    /// The entries of every document in slot order, each document's sorted by (term, field).
    private func documentEntries(slotCount n: Int) -> DocumentEntries {
        DocumentEntries(runSlots: runSlots, runStarts: runStarts, terms: entryTerms, fields: entryFields,
                        counts: entryCounts, slotCount: n)
    }

    mutating func intern(_ term: String) -> Int32 {
        if let id = termIndex[term] { return id }
        let id = Int32(terms.count)
        termIndex[term] = id
        terms.append(term)
        return id
    }

    mutating func fieldSlot(_ name: String) -> Int {
        if let f = fieldIndex[name] { return f }
        fieldIndex[name] = fieldNames.count
        fieldNames.append(name)
        return fieldNames.count - 1
    }
}
