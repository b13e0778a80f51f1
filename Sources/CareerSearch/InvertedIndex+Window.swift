/// The window of the max-score search (`InvertedIndex+MaxScore.swift`): the postings of the
/// next `width` slots, gathered so that the search can score its candidates in slot order
/// without merging posting runs one posting at a time.
extension InvertedIndex {
    /// A window of `width` slots from a base slot: `table[s * terms + i]` holds the weight of
    /// query term `i`'s posting for slot `base + s` (0 when none), and bit `s` of `bitmap`
    /// says whether an essential run has a posting there (a candidate). Both are all zero
    /// between windows: each candidate's row is cleared as it is read.
    ///
    /// Memory is the caller's (a temporary allocation per search); not thread-safe, one
    /// window per search.
    struct Window {
        let width: Int
        let table: UnsafeMutableBufferPointer<Float>
        let bitmap: UnsafeMutableBufferPointer<UInt64>

        /// How many slots a window spans for a query of `terms` terms: a multiple of 64 (a
        /// bitmap word), its table (a `Float` per slot and term) about 32 KB so that it stays
        /// in the first-level cache, and no wider than the index.
        static func width(terms: Int, documents: Int) -> Int {
            let fitting = max(64, (8192 / max(terms, 1)) & ~63)
            return min(fitting, (documents + 63) & ~63)
        }

        /// Writes the postings of one essential run from `from` on whose slots are in the
        /// window into the table and marks them as candidates; returns where the run goes on.
        /// A loop without data-dependent branches, where walking the runs side by side would
        /// mispredict a branch at nearly every posting.
        @inline(__always)
        func scatter(_ slots: UnsafeBufferPointer<Int32>, _ weights: UnsafeBufferPointer<Float>, from: Int, to end: Int,
                     base: Int, term i: Int, terms m: Int) -> Int {
            var c = from
            while c < end {
                let s = Int(slots[c]) &- base
                guard s < width else { break }
                table[s &* m &+ i] = weights[c]
                bitmap[s >> 6] |= 1 << UInt64(s & 63)
                c += 1
            }
            return c
        }

        /// Writes the postings of one non-essential run from `from` on whose slots are in the
        /// window into the table, where the slot is a candidate only (branch-free, by masking:
        /// a slot that is not a candidate has zeros in the table already); returns where the
        /// run goes on. `from` must not be before the window.
        @inline(__always)
        func walk(_ slots: UnsafeBufferPointer<Int32>, _ weights: UnsafeBufferPointer<Float>, from: Int, to end: Int,
                  base: Int, term i: Int, terms m: Int) -> Int {
            var c = from
            while c < end {
                let s = Int(slots[c]) &- base
                guard s < width else { break }
                let mask = 0 &- UInt32(truncatingIfNeeded: (bitmap[s >> 6] >> UInt64(s & 63)) & 1)
                table[s &* m &+ i] = Float(bitPattern: weights[c].bitPattern & mask)
                c += 1
            }
            return c
        }

        /// Number of candidates in the window.
        func candidateCount() -> Int {
            var n = 0
            for word in 0..<(width >> 6) { n += bitmap[word].nonzeroBitCount }
            return n
        }

        /// Whether walking a non-essential run through the window costs less than probing it
        /// for each candidate: its postings expected in the window (from its density over the
        /// slots left) are at most ``walkFactor`` per candidate.
        @inline(__always)
        func walkIsCheaper(postingsLeft: Int, slotsLeft: Int, candidates: Int) -> Bool {
            postingsLeft * width <= Window.walkFactor * candidates * slotsLeft
        }

        /// Reads slot `s`'s row into `contributions` (term `i`'s weight times `weightOf[i]`,
        /// 0 where the slot has no posting of the term), clears the row, and returns the
        /// contributions' sum (a bound for pruning; the score is summed again in query order).
        @inline(__always)
        func takeRow(_ s: Int, weightOf: UnsafeMutableBufferPointer<Double>,
                     into contributions: UnsafeMutableBufferPointer<Double>, terms m: Int) -> Double {
            var bound = 0.0
            for i in 0..<m {
                let c = weightOf[i] * Double(table[s &* m &+ i])
                table[s &* m &+ i] = 0
                contributions[i] = c
                bound += c
            }
            return bound
        }

        /// A non-essential run is walked through a window when its postings expected there
        /// are at most this many per candidate: a probe costs a few mispredicted branches and
        /// cache misses, a walked posting a few instructions (tuned at 100k documents: 1, 2,
        /// 4 and 8 were measured, 4 was fastest).
        static let walkFactor = 4
    }
}
