/// Optimal string alignment distance (restricted Damerau-Levenshtein): insertions, deletions,
/// substitutions and transpositions of two adjacent characters each cost 1, and no substring
/// is edited twice. Compares Unicode scalars.
///
/// Complexity: O(|a| · |b|) time, O(|b|) scratch memory (on the stack for short words); returns early (with `limit + 1`) when the
/// lengths alone differ by more than `limit`. Pure function, thread-safe.
enum EditDistance {
    static func osa(_ a: String, _ b: String, limit: Int = .max) -> Int {
        osa(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }

    /// The distance, or any value above `limit` when it exceeds `limit`.
    static func osa(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit == .max ? abs(n - m) : limit + 1 }
        if n == 0 { return m }
        if m == 0 { return n }
        // Rows i-2, i-1 and i of the (n+1) x (m+1) table, in one scratch buffer (on the stack
        // for short words).
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { scratch in
            var twoBack = UnsafeMutableBufferPointer(rebasing: scratch[0...m])
            var previous = UnsafeMutableBufferPointer(rebasing: scratch[(m + 1)...(2 * m + 1)])
            var current = UnsafeMutableBufferPointer(rebasing: scratch[(2 * m + 2)...])
            for j in 0...m {
                previous[j] = j
                twoBack[j] = 0
                current[j] = 0
            }
            var previousMin = 0
            for i in 1...n {
                current[0] = i
                var rowMin = i
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        d = min(d, twoBack[j - 2] + 1)
                    }
                    current[j] = d
                    rowMin = min(rowMin, d)
                }
                // Every cell derives from the row above (cost >= 0), its left neighbour, or two
                // rows above plus 1: once two consecutive rows exceed the limit, so does the result.
                if rowMin > limit, previousMin > limit { return limit + 1 }
                previousMin = rowMin
                (twoBack, previous, current) = (previous, current, twoBack)
            }
            return previous[m]
        }
    }
}
