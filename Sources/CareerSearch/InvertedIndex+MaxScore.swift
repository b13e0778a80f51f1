/// Document-at-a-time retrieval with max-score pruning (Turtle and Flood, 1995), over
/// posting runs rather than whole lists.
///
/// Each query term `i` contributes `q[i] * w` to a document, where `w` is one of its
/// postings' weights. A term's postings are stored as two runs (see
/// `IndexBuilder.splitHeavyPostings`): the few heavy postings, then the light rest, each
/// in slot order and with its own largest weight, so `q[i] * heavyBounds[t]` and
/// `q[i] * lightBounds[t]` bound what each run can add. Runs are ranked by that bound; once
/// `limit` hits are kept, the runs whose bounds together stay below the worst kept score
/// are "non-essential": a document found only in them cannot enter the top, so candidates
/// come from the postings of the other runs alone, and the non-essential postings are only
/// probed (galloping search) for those candidates, and only while the bound can still reach
/// the top. A document is in at most one run of a term.
///
/// Exactness: a candidate's score is summed over the query terms in query order, as the
/// term-at-a-time method summed it (adding 0 for a missing term changes no bit), so scores,
/// order and ties are the same; a document is skipped only when its bound is below the
/// threshold by more than any rounding of the bound's own sum.
extension InvertedIndex {
    func maxScoreSearch(terms order: [Int32], query: [(idf: Double, weight: Double)], norm: Double, limit: Int,
                        where filter: ((Int) -> Bool)?) -> [SearchHit] {
        let m = order.count
        // Per-run state in raw buffers, on the stack for the usual few terms: the loop below
        // runs once per candidate document, and a search should not allocate per term.
        // Each term has up to two runs (heavy and light postings).
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 8 * m) { ints in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 6 * m) { doubles in
                maxScoreSearch(terms: order, query: query, norm: norm, limit: limit, where: filter,
                               runs: Runs(cursors: UnsafeMutableBufferPointer(rebasing: ints[0..<2 * m]),
                                          ends: UnsafeMutableBufferPointer(rebasing: ints[2 * m..<4 * m]),
                                          owners: UnsafeMutableBufferPointer(rebasing: ints[4 * m..<6 * m]),
                                          byBound: UnsafeMutableBufferPointer(rebasing: ints[6 * m..<8 * m]),
                                          bounds: UnsafeMutableBufferPointer(rebasing: doubles[0..<2 * m]),
                                          reach: UnsafeMutableBufferPointer(rebasing: doubles[2 * m..<4 * m])),
                               weightOf: UnsafeMutableBufferPointer(rebasing: doubles[4 * m..<5 * m]),
                               contributions: UnsafeMutableBufferPointer(rebasing: doubles[5 * m..<6 * m]))
            }
        }
    }

    /// The posting runs of a search, by run: where its cursor is and where it ends, which
    /// query term it belongs to, and what it can add at most; `byBound` ranks runs by bound,
    /// smallest first, and `reach[j]` bounds what runs byBound[0...j] add together.
    private struct Runs {
        let cursors: UnsafeMutableBufferPointer<Int>
        let ends: UnsafeMutableBufferPointer<Int>
        let owners: UnsafeMutableBufferPointer<Int>
        let byBound: UnsafeMutableBufferPointer<Int>
        let bounds: UnsafeMutableBufferPointer<Double>
        let reach: UnsafeMutableBufferPointer<Double>
    }

    private func maxScoreSearch(terms order: [Int32], query: [(idf: Double, weight: Double)], norm: Double, limit: Int,
                                where filter: ((Int) -> Bool)?, runs: Runs,
                                weightOf: UnsafeMutableBufferPointer<Double>,
                                contributions: UnsafeMutableBufferPointer<Double>) -> [SearchHit] {
        let m = order.count
        let (cursors, ends, owners, byBound, bounds, reach) =
            (runs.cursors, runs.ends, runs.owners, runs.byBound, runs.bounds, runs.reach)
        var r = 0  // runs so far
        func addRun(_ start: Int32, _ end: Int32, term i: Int, bound: Double) {
            guard start < end else { return }
            cursors[r] = Int(start)
            ends[r] = Int(end)
            owners[r] = i
            bounds[r] = bound
            // Runs by bound, smallest first (insertion sort: a query has a few terms).
            var j = r
            while j > 0, bounds[byBound[j - 1]] > bound {
                byBound[j] = byBound[j - 1]
                j -= 1
            }
            byBound[j] = r
            r += 1
        }
        for i in 0..<m {
            let t = Int(order[i])
            weightOf[i] = query[i].weight / norm
            contributions[i] = 0
            addRun(postingStarts[t], lightStarts[t], term: i, bound: weightOf[i] * heavyBounds[t])
            addRun(lightStarts[t], postingStarts[t + 1], term: i, bound: weightOf[i] * lightBounds[t])
        }
        var total = 0.0
        for j in 0..<r {
            total += bounds[byBound[j]]
            reach[j] = total * (1 + 1e-9) + 1e-12  // never below the exact sum, rounding included
        }
        var top = TopKCollector(k: limit)
        // byBound[0..<nonEssential] cannot bring a document into the top on their own.
        var nonEssential = 0
        var threshold = -Double.infinity

        postingSlots.withUnsafeBufferPointer { slots in
            postingWeights.withUnsafeBufferPointer { weights in
                while true {
                    // The next candidate: the smallest slot under an essential run's cursor.
                    var slot = Int32.max
                    for j in nonEssential..<r {
                        let k = byBound[j]
                        if cursors[k] < ends[k], slots[cursors[k]] < slot { slot = slots[cursors[k]] }
                    }
                    guard slot != Int32.max else { break }
                    for i in 0..<m { contributions[i] = 0 }
                    var bound = 0.0
                    for j in nonEssential..<r {
                        let k = byBound[j]
                        if cursors[k] < ends[k], slots[cursors[k]] == slot {
                            let c = weightOf[owners[k]] * Double(weights[cursors[k]])
                            contributions[owners[k]] = c
                            bound += c
                            cursors[k] += 1
                        }
                    }
                    // The non-essential runs, largest bound first, while the top is in reach;
                    // a run whose term was already found in its other run is skipped.
                    var reachable = true
                    var j = nonEssential - 1
                    while j >= 0 {
                        if bound * (1 + 1e-9) + reach[j] < threshold { reachable = false; break }
                        let k = byBound[j]
                        if contributions[owners[k]] == 0 {
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
                    guard raw > 0 else { continue }
                    let doc = docIDs[Int(slot)]
                    let score = min(raw, 1)
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
        return top.sortedHits()
    }

    /// The first position in `from..<end` whose slot is at least `slot` (`end` if none):
    /// galloping, then binary search, so a probe costs O(log distance).
    @inline(__always)
    static func seek(_ slot: Int32, in slots: UnsafeBufferPointer<Int32>, from: Int, to end: Int) -> Int {
        guard from < end, slots[from] < slot else { return from }
        var low = from, step = 1
        var high = from + 1
        while high < end, slots[high] < slot {
            low = high
            step *= 2
            high = from + step
        }
        high = min(high, end)
        // slots[low] < slot; the answer is in low+1...high.
        var lo = low + 1, hi = high
        while lo < hi {
            let mid = (lo + hi) / 2
            if slots[mid] < slot { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
