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
