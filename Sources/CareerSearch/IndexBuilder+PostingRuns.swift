/// Splitting each term's postings into a heavy and a light run, at build time; the search
/// side is `InvertedIndex+MaxScore.swift`.
extension IndexBuilder {
    /// Reorders each term's postings into two runs, each in slot order: first the heavy ones
    /// (weight above half the term's largest), then the rest, when the heavy run is short (at
    /// most an eighth of the term's postings). Returns where each light run starts and the
    /// largest stored (rounded) weight of each run, so that pruning stays exact.
    ///
    /// Why: a term's largest weight usually belongs to a few short documents (a skill named
    /// by the word), far above what its other postings carry. One bound for the whole list
    /// keeps the list essential to max-score retrieval however high the kept top's scores
    /// are; two runs with their own bounds let the long light run become non-essential.
    static func splitHeavyPostings(starts: [Int32], slots: inout [Int32], weights: inout [Float])
        -> (lightStarts: [Int32], heavyBounds: [Double], lightBounds: [Double]) {
        let termCount = starts.count - 1
        var lightStarts = Array(starts.dropLast())
        var heavyBounds = [Double](repeating: 0, count: termCount)
        var lightBounds = [Double](repeating: 0, count: termCount)
        // Scratch for the light postings of one term, reserved once for the longest list.
        var longest = 0
        for t in 0..<termCount { longest = max(longest, Int(starts[t + 1] - starts[t])) }
        var lightSlots: [Int32] = [], lightWeights: [Float] = []
        lightSlots.reserveCapacity(longest)
        lightWeights.reserveCapacity(longest)
        for t in 0..<termCount {
            let range = Int(starts[t])..<Int(starts[t + 1])
            var top: Float = 0
            for p in range { top = max(top, weights[p]) }
            let cut = top * Self.heavyShare
            var heavy = 0
            for p in range where weights[p] > cut { heavy += 1 }
            guard heavy > 0, heavy <= range.count / Self.heavyRunDivisor else {
                lightBounds[t] = Double(top)
                continue
            }
            // Stable partition: heavy postings in place, light ones through scratch arrays.
            lightSlots.removeAll(keepingCapacity: true)
            lightWeights.removeAll(keepingCapacity: true)
            var at = range.lowerBound
            var lightTop: Float = 0
            for p in range {
                if weights[p] > cut {
                    slots[at] = slots[p]
                    weights[at] = weights[p]
                    at += 1
                } else {
                    lightSlots.append(slots[p])
                    lightWeights.append(weights[p])
                    lightTop = max(lightTop, weights[p])
                }
            }
            lightStarts[t] = Int32(at)
            for k in lightSlots.indices {
                slots[at + k] = lightSlots[k]
                weights[at + k] = lightWeights[k]
            }
            heavyBounds[t] = Double(top)
            lightBounds[t] = Double(lightTop)
        }
        return (lightStarts, heavyBounds, lightBounds)
    }

    /// A posting is heavy when its weight is above this share of its term's largest.
    static let heavyShare: Float = 0.5
    /// A term's postings are split only when at most 1/this of them are heavy: a long heavy
    /// run would be walked whole, and its light run would gain little.
    static let heavyRunDivisor = 8
}
