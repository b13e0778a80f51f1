/// The weight of each (document, term) of some documents, as `IndexBuilder.build` scatters
/// them into postings: in slot order, each document's terms in entry order, normalised
/// per document when the scoring wants it. Computed for a range of slots, so parts of a
/// large index are weighed on several threads; the parts, taken in order, hold exactly
/// what one pass over every document gives.
struct DocumentWeights: Sendable {
    var terms: [Int32] = []
    var weights: [Double] = []
    var slots: [Int32] = []

    /// `termIDs` maps the builder's term numbers to the index's (-1: never matches);
    /// `lengths` holds each slot's field lengths, `fieldCount` wide.
    init(_ entries: DocumentEntries, slots range: Range<Int>, lengths: [Int], fieldCount: Int,
         termIDs: [Int32], idf: [Double], stats: [FieldStats], scoring: Scoring) {
        guard !range.isEmpty else { return }
        let capacity = Int(entries.docStarts[range.upperBound] - entries.docStarts[range.lowerBound])
        terms.reserveCapacity(capacity); weights.reserveCapacity(capacity); slots.reserveCapacity(capacity)
        var stats = stats
        var tfs = [Int](repeating: 0, count: fieldCount)
        entries.forEachDocument(in: range) { slot, groups in
            for f in 0..<fieldCount { stats[f].length = lengths[slot * fieldCount + f] }
            let first = terms.count
            for group in groups {
                let t = termIDs[Int(entries.terms[group.lowerBound])]
                guard t >= 0 else { continue }
                for f in 0..<fieldCount { tfs[f] = 0 }
                for k in group { tfs[Int(entries.fields[k])] += Int(entries.counts[k]) }
                let w = scoring.termWeight(idf: idf[Int(t)], tfs: tfs, fields: stats)
                if w > 0 { terms.append(t); weights.append(w); slots.append(Int32(slot)) }
            }
            if scoring.normalizesDocuments {
                var squares = 0.0
                for k in first..<terms.count { squares += weights[k] * weights[k] }
                let norm = squares.squareRoot()
                if norm > 0 { for k in first..<terms.count { weights[k] /= norm } }
            }
        }
    }
}
