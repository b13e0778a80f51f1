import CModelKernels
import CareerSearch
import Testing

/// The vectorised AdaGrad step must give exactly what the scalar formula gives, lane by
/// lane, so that training is the same on every machine and in every build.
@Suite struct ModelKernelsTests {
    /// The formula of `careerd_adagrad_row`'s header, one class at a time.
    private func scalarStep(_ w: inout [Float], _ sums: inout [Float], _ p: [Float], value: Float, l2: Float, step: Float) {
        for c in w.indices where p[c] != 0 {
            let grad = p[c] * value + l2 * w[c]
            sums[c] += grad * grad
            w[c] -= step * grad / sums[c].squareRoot()
        }
    }

    @Test(arguments: [1, 3, 4, 7, 19, 20])
    func vectorStepEqualsTheScalarFormula(classes: Int) {
        var rng = SplitMix(seed: UInt64(classes))
        for _ in 0..<50 {
            var w = (0..<classes).map { _ in Float.random(in: -2...2, using: &rng) }
            var sums = (0..<classes).map { _ in Float.random(in: 1e-6...5, using: &rng) }
            // Some classes untouched (p == 0), as after the training loop's cut.
            let p = (0..<classes).map { _ in Bool.random(using: &rng) ? 0 : Float.random(in: -1...1, using: &rng) }
            let value = Float.random(in: 0...1, using: &rng)
            let before = w
            var (w2, sums2) = (w, sums)
            scalarStep(&w2, &sums2, p, value: value, l2: 1e-4, step: 0.4)
            careerd_adagrad_row(&w, &sums, p, Int32(classes), value, 1e-4, 0.4)
            #expect(w.map(\.bitPattern) == w2.map(\.bitPattern))
            #expect(sums.map(\.bitPattern) == sums2.map(\.bitPattern))
            for c in 0..<classes where p[c] == 0 { #expect(w[c] == before[c]) }
        }
    }
}
