/// The scratch of a max-score search (`InvertedIndex+MaxScore.swift`): the query's posting
/// runs, their cursors and bounds, and the window's table, all in raw buffers the search
/// allocates once; and the galloping search that moves a run's cursor.
extension InvertedIndex {
    func maxScoreSearch(terms order: [Int32], query: [(idf: Double, weight: Double)], norm: Double, limit: Int,
                        where filter: ((Int) -> Bool)?) -> [SearchHit] {
        let m = order.count
        let width = Window.width(terms: m, documents: docIDs.count)
        // Per-run state in raw buffers, on the stack for the usual few terms: the loops below
        // run once per candidate document, and a search should not allocate per term. The
        // window's table (a weight per slot and term) and its bitmap take one allocation.
        // Each term has up to two runs (heavy and light postings).
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 10 * m) { ints in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 6 * m) { doubles in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: width * m / 2 + width / 64) { words in
                    words.initialize(repeating: 0)
                    let raw = UnsafeMutableRawBufferPointer(words)
                    let table = UnsafeMutableRawBufferPointer(rebasing: raw[0..<4 * width * m])
                    let bitmap = UnsafeMutableRawBufferPointer(rebasing: raw[(4 * width * m)...])
                    return maxScoreSearch(terms: order, query: query, norm: norm, limit: limit, where: filter,
                                          runs: Runs(cursors: UnsafeMutableBufferPointer(rebasing: ints[0..<2 * m]),
                                                     ends: UnsafeMutableBufferPointer(rebasing: ints[2 * m..<4 * m]),
                                                     owners: UnsafeMutableBufferPointer(rebasing: ints[4 * m..<6 * m]),
                                                     byBound: UnsafeMutableBufferPointer(rebasing: ints[6 * m..<8 * m]),
                                                     bounds: UnsafeMutableBufferPointer(rebasing: doubles[0..<2 * m]),
                                                     reach: UnsafeMutableBufferPointer(rebasing: doubles[2 * m..<4 * m]),
                                                     walked: UnsafeMutableBufferPointer(rebasing: ints[8 * m..<10 * m])),
                                          weightOf: UnsafeMutableBufferPointer(rebasing: doubles[4 * m..<5 * m]),
                                          contributions: UnsafeMutableBufferPointer(rebasing: doubles[5 * m..<6 * m]),
                                          window: Window(width: width,
                                                         table: table.bindMemory(to: Float.self),
                                                         bitmap: bitmap.bindMemory(to: UInt64.self)))
                }
            }
        }
    }

    /// The posting runs of a search, by run: where its cursor is and where it ends, which
    /// query term it belongs to, and what it can add at most; `byBound` ranks runs by bound,
    /// smallest first, and `reach[j]` bounds what runs byBound[0...j] add together;
    /// `walked[j]` is 1 when non-essential run byBound[j] was walked through the current
    /// window (its weights are in the table), 0 when it is probed.
    struct Runs {
        let cursors: UnsafeMutableBufferPointer<Int>
        let ends: UnsafeMutableBufferPointer<Int>
        let owners: UnsafeMutableBufferPointer<Int>
        let byBound: UnsafeMutableBufferPointer<Int>
        let bounds: UnsafeMutableBufferPointer<Double>
        let reach: UnsafeMutableBufferPointer<Double>
        let walked: UnsafeMutableBufferPointer<Int>
    }

    /// Fills `runs` with the query terms' posting runs, ranked by bound, and `weightOf`
    /// with each term's query weight; returns how many runs there are (at most two a term:
    /// heavy and light postings; empty runs are left out).
    func rankRuns(_ runs: Runs, terms order: [Int32], query: [(idf: Double, weight: Double)], norm: Double,
                  weightOf: UnsafeMutableBufferPointer<Double>) -> Int {
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
        for i in 0..<order.count {
            let t = Int(order[i])
            weightOf[i] = query[i].weight / norm
            addRun(postingStarts[t], lightStarts[t], term: i, bound: weightOf[i] * heavyBounds[t])
            addRun(lightStarts[t], postingStarts[t + 1], term: i, bound: weightOf[i] * lightBounds[t])
        }
        var total = 0.0
        for j in 0..<r {
            total += bounds[byBound[j]]
            reach[j] = total * (1 + 1e-9) + 1e-12  // never below the exact sum, rounding included
        }
        return r
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
