/// Document-at-a-time retrieval with max-score pruning (Turtle and Flood, 1995).
///
/// Each query term `i` contributes `q[i] * w` to a document, where `w` is one of its
/// postings' weights, so `q[i] * maxWeights[t]` bounds what it can add. Terms are ranked by
/// that bound; once `limit` hits are kept, the terms whose bounds together stay below the
/// worst kept score are "non-essential": a document found only in them cannot enter the top,
/// so candidates come from the postings of the other terms alone, and the non-essential
/// postings are only probed (galloping search; postings are in slot order) for those
/// candidates, and only while the bound can still reach the top.
///
/// Exactness: a candidate's score is summed over the query terms in query order, as the
/// term-at-a-time method summed it (adding 0 for a missing term changes no bit), so scores,
/// order and ties are the same; a document is skipped only when its bound is below the
/// threshold by more than any rounding of the bound's own sum.
extension InvertedIndex {
    func maxScoreSearch(terms order: [Int32], query: [(idf: Double, weight: Double)], norm: Double, limit: Int,
                        where filter: ((Int) -> Bool)?) -> [SearchHit] {
        let m = order.count
        // Per-term state in raw buffers, on the stack for the usual few terms: the loop below
        // runs once per candidate document, and a search should not allocate per term.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * m) { ints in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 * m) { doubles in
                maxScoreSearch(terms: order, query: query, norm: norm, limit: limit, where: filter,
                               cursors: UnsafeMutableBufferPointer(rebasing: ints[0..<m]),
                               ends: UnsafeMutableBufferPointer(rebasing: ints[m..<2 * m]),
                               byBound: UnsafeMutableBufferPointer(rebasing: ints[2 * m..<3 * m]),
                               weightOf: UnsafeMutableBufferPointer(rebasing: doubles[0..<m]),
                               contributions: UnsafeMutableBufferPointer(rebasing: doubles[m..<2 * m]),
                               bounds: UnsafeMutableBufferPointer(rebasing: doubles[2 * m..<3 * m]),
                               reach: UnsafeMutableBufferPointer(rebasing: doubles[3 * m..<4 * m]))
            }
        }
    }

    private func maxScoreSearch(terms order: [Int32], query: [(idf: Double, weight: Double)], norm: Double, limit: Int,
                                where filter: ((Int) -> Bool)?,
                                cursors: UnsafeMutableBufferPointer<Int>, ends: UnsafeMutableBufferPointer<Int>,
                                byBound: UnsafeMutableBufferPointer<Int>, weightOf: UnsafeMutableBufferPointer<Double>,
                                contributions: UnsafeMutableBufferPointer<Double>,
                                bounds: UnsafeMutableBufferPointer<Double>,
                                reach: UnsafeMutableBufferPointer<Double>) -> [SearchHit] {
        let m = order.count
        for i in 0..<m {
            cursors[i] = Int(postingStarts[Int(order[i])])
            ends[i] = Int(postingStarts[Int(order[i]) + 1])
            weightOf[i] = query[i].weight / norm
            contributions[i] = 0
            bounds[i] = weightOf[i] * maxWeights[Int(order[i])]
            // Terms by bound, smallest first (insertion sort: a query has a few terms).
            var j = i
            while j > 0, bounds[byBound[j - 1]] > bounds[i] {
                byBound[j] = byBound[j - 1]
                j -= 1
            }
            byBound[j] = i
        }
        // `reach[j]` bounds what terms byBound[0...j] add together.
        var total = 0.0
        for j in 0..<m {
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
                    // The next candidate: the smallest slot under an essential term's cursor.
                    var slot = Int32.max
                    for j in nonEssential..<m {
                        let i = byBound[j]
                        if cursors[i] < ends[i], slots[cursors[i]] < slot { slot = slots[cursors[i]] }
                    }
                    guard slot != Int32.max else { break }
                    var bound = 0.0
                    for j in nonEssential..<m {
                        let i = byBound[j]
                        if cursors[i] < ends[i], slots[cursors[i]] == slot {
                            contributions[i] = weightOf[i] * Double(weights[cursors[i]])
                            bound += contributions[i]
                            cursors[i] += 1
                        } else {
                            contributions[i] = 0
                        }
                    }
                    // The non-essential terms, largest bound first, while the top is in reach.
                    var reachable = true
                    var j = nonEssential - 1
                    while j >= 0 {
                        if bound * (1 + 1e-9) + reach[j] < threshold { reachable = false; break }
                        let i = byBound[j]
                        cursors[i] = Self.seek(slot, in: slots, from: cursors[i], to: ends[i])
                        if cursors[i] < ends[i], slots[cursors[i]] == slot {
                            contributions[i] = weightOf[i] * Double(weights[cursors[i]])
                            bound += contributions[i]
                        } else {
                            contributions[i] = 0
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
                        while nonEssential < m, reach[nonEssential] < threshold { nonEssential += 1 }
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
