import CModelKernels
import CareerSearch
import Foundation

/// The training loop of `IntentModel`, run at every load and by cross-validation.
extension IntentModel {
    /// Weights and biases from `examples`, deterministically: a seeded shuffle per
    /// epoch, AdaGrad with a small L2 penalty (see the type's comment).
    static func train(_ examples: [Example], classes: Int, width: Int) -> ([Float], [Float]) {
        var b = [Float](repeating: 0, count: classes)
        guard !examples.isEmpty, classes > 0 else { return ([Float](repeating: 0, count: classes * width), b) }
        // Each feature's row: its weights for every class, then AdaGrad's sums of squared
        // gradients for them, side by side so one step touches one run of memory.
        // Rows are padded to whole vectors; a padding class's probability stays 0, which
        // leaves its weight alone.
        let lanes = (classes + 3) / 4 * 4, row = 2 * lanes
        var state = [Float](repeating: 0, count: row * width)
        for k in 0..<width { for c in 0..<lanes { state[k * row + lanes + c] = 1e-6 } }
        var gb = [Float](repeating: 1e-6, count: classes)
        var order = Array(examples.indices)
        var rng = SplitMix(seed: 0x5eed)
        var p = [Float](repeating: 0, count: lanes)
        // Raw pointers: the loops below run ten million times per load, and unchecked
        // access keeps debug builds (the tests' daemons) from training ten times slower.
        state.withUnsafeMutableBufferPointer { state in
            p.withUnsafeMutableBufferPointer { p in
                let (state, p) = (state.baseAddress!, p.baseAddress!)
                for _ in 0..<epochs {
                    // Fisher-Yates with the seeded generator: deterministic, no class order bias.
                    for i in stride(from: order.count - 1, to: 0, by: -1) {
                        order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
                    }
                    for n in order {
                        let e = examples[n]
                        softmax(e.features, UnsafePointer(state), stride: row, b, classes, into: p)
                        p[e.intent] -= 1
                        // Classes the example barely touches keep their weights: their
                        // gradient is noise. A zero gradient leaves a weight as it is.
                        for c in 0..<classes where abs(p[c]) <= 1e-4 { p[c] = 0 }
                        for (k, v) in e.features {
                            let weights = state + k * row
                            careerd_adagrad_row(weights, weights + lanes, p, Int32(lanes), v, l2, step)
                        }
                        for c in 0..<classes where p[c] != 0 {
                            let g = p[c]
                            gb[c] += g * g
                            b[c] -= step * g / gb[c].squareRoot()
                        }
                    }
                }
            }
        }
        var w = [Float](repeating: 0, count: classes * width)
        for k in 0..<width { for c in 0..<classes { w[k * classes + c] = state[k * row + c] } }
        return (w, b)
    }
}
