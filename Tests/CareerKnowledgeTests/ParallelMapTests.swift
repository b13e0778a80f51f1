import CareerKnowledge
import Testing

/// `parallelMap`, which spreads building at load over the cores, gives what `map` gives.
@Suite struct ParallelMapTests {
    @Test func parallelMapKeepsTheArraysOrder() {
        let numbers = Array(0..<1_000)
        #expect(numbers.parallelMap(chunk: 7) { $0 * $0 } == numbers.map { $0 * $0 })
        #expect([3, 1].parallelMap { $0 + 1 } == [4, 2])
        #expect([Int]().parallelMap { $0 } == [])
    }
}

/// `concurrently`, which builds the advisor's indexes beside its understanding, returns
/// both results, each from its own closure, whatever their types.
@Suite struct ConcurrentlyTests {
    @Test func bothResultsComeBack() {
        let (sum, text) = concurrently({ (1...10_000).reduce(0, +) }, { String(repeating: "ab", count: 3) })
        #expect(sum == 50_005_000)
        #expect(text == "ababab")
        let (a, b) = concurrently({ [Int]() }, { Optional<String>.none })
        #expect(a.isEmpty && b == nil)
    }
}
