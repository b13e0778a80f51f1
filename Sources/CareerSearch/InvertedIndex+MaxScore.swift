/// Retrieval with max-score pruning (Turtle and Flood, 1995) over posting runs rather than
/// whole lists, a window of slots at a time (as Lucene's bulk scorers do).
///
/// Each query term `i` contributes `q[i] * w` to a document, where `w` is one of its
/// postings' weights. A term's postings are stored as two runs (see
/// `IndexBuilder.splitHeavyPostings`): the few heavy postings, then the light rest, each
/// in slot order and with its own largest weight, so `q[i] * heavyBounds[t]` and
/// `q[i] * lightBounds[t]` bound what each run can add. Runs are ranked by that bound; once
/// `limit` hits are kept, the runs whose bounds together stay below the worst kept score
/// are "non-essential": a document found only in them cannot enter the top, so candidates
/// come from the postings of the other runs alone. A document is in at most one run of a
/// term.
///
/// The window: the essential runs' postings in the next `width` slots are written into a
/// table (a weight per slot and term) and a bitmap of candidates, with no data-dependent
/// branch; merging the runs posting by posting mispredicted a branch at nearly every one.
/// A non-essential run is then either walked through the window too, keeping its weights
/// only for candidates (when it has few postings there for the candidates), or probed by
/// galloping search for each candidate, while the candidate's bound can still reach the
/// top. The candidates are then scored in slot order.
///
/// Exactness: a candidate's score is summed over the query terms in query order, as the
/// term-at-a-time method summed it (adding 0 for a missing term changes no bit), so scores,
/// order and ties are the same; a document is skipped only when its bound is below the
/// threshold by more than any rounding of the bound's own sum.
extension InvertedIndex {
    /// The walk, in the scratch `maxScoreSearch(terms:query:norm:limit:where:)` allocated
    /// (`InvertedIndex+Runs.swift`).
    func maxScoreSearch(terms order: [Int32], query: [(idf: Double, weight: Double)], norm: Double, limit: Int,
                        where filter: ((Int) -> Bool)?, runs: Runs,
                        weightOf: UnsafeMutableBufferPointer<Double>,
                        contributions: UnsafeMutableBufferPointer<Double>,
                        window: Window) -> [SearchHit] {
        let m = order.count
        let (cursors, ends, owners, byBound, reach, walked) =
            (runs.cursors, runs.ends, runs.owners, runs.byBound, runs.reach, runs.walked)
        let (width, bitmap) = (window.width, window.bitmap)
        let r = rankRuns(runs, terms: order, query: query, norm: norm, weightOf: weightOf)
        var top = TopKCollector(k: limit)
        // byBound[0..<nonEssential] cannot bring a document into the top on their own.
        var nonEssential = 0
        var threshold = -Double.infinity

        postingSlots.withUnsafeBufferPointer { slots in
            postingWeights.withUnsafeBufferPointer { weights in
                while nonEssential < r {
                    // The next window starts at the smallest slot under an essential run's cursor.
                    var first = Int32.max
                    for j in nonEssential..<r {
                        let k = byBound[j]
                        if cursors[k] < ends[k], slots[cursors[k]] < first { first = slots[cursors[k]] }
                    }
                    guard first != Int32.max else { break }
                    let base = Int(first)
                    // The essential runs' postings in the window become its candidates.
                    let scattered = nonEssential
                    for j in scattered..<r {
                        let k = byBound[j]
                        cursors[k] = window.scatter(slots, weights, from: cursors[k], to: ends[k],
                                                    base: base, term: owners[k], terms: m)
                    }
                    // Each non-essential run: walked through the window when that costs less
                    // than probing, else probed below.
                    let candidates = window.candidateCount()
                    let slotsLeft = max(1, docIDs.count - base)
                    for j in 0..<scattered {
                        let k = byBound[j]
                        let walk = window.walkIsCheaper(postingsLeft: ends[k] - cursors[k], slotsLeft: slotsLeft,
                                                        candidates: candidates)
                        walked[j] = walk ? 1 : 0
                        guard walk else { continue }
                        cursors[k] = window.walk(slots, weights, from: Self.seek(first, in: slots, from: cursors[k], to: ends[k]),
                                                 to: ends[k], base: base, term: owners[k], terms: m)
                    }
                    // The candidates: the window's marked slots, in slot order.
                    for word in 0..<(width >> 6) {
                        var bits = bitmap[word]
                        guard bits != 0 else { continue }
                        bitmap[word] = 0
                        while bits != 0 {
                            let s = word << 6 | bits.trailingZeroBitCount
                            bits &= bits &- 1
                            let slot = Int32(base + s)
                            // The row is read and cleared before any check below can skip
                            // the candidate, so the table is all zero when the window ends.
                            var bound = window.takeRow(s, weightOf: weightOf, into: contributions, terms: m)
                            // The probed runs, largest bound first, while the top is in reach; a
                            // run whose term was already found in its other run is skipped.
                            var reachable = true
                            var j = scattered - 1
                            while j >= 0 {
                                if bound * (1 + 1e-9) + reach[j] < threshold { reachable = false; break }
                                let k = byBound[j]
                                if walked[j] == 0, contributions[owners[k]] == 0 {
                                    cursors[k] = Self.seek(slot, in: slots, from: cursors[k], to: ends[k])
                                    if cursors[k] < ends[k], slots[cursors[k]] == slot {
                                        let c = weightOf[owners[k]] * Double(weights[cursors[k]])
                                        contributions[owners[k]] = c
                                        bound += c
                                    }
                                }
                                j -= 1
                            }
                            guard reachable else { continue }
                            var raw = 0.0
                            for i in 0..<m { raw += contributions[i] }
                            // Below the worst kept score it cannot enter: decided before the
                            // doc id is read, a cache miss in a large index.
                            let score = min(raw, 1)
                            guard raw > 0, score >= threshold else { continue }
                            let doc = docIDs[Int(slot)]
                            guard top.wouldAccept(doc: doc, score: score) else { continue }
                            if let filter, !filter(doc) { continue }
                            top.offer(doc: doc, score: score)
                            if let worst = top.threshold, worst > threshold {
                                threshold = worst
                                while nonEssential < r, reach[nonEssential] < threshold { nonEssential += 1 }
                            }
                        }
                    }
                }
            }
        }
        return top.sortedHits()
    }
}
