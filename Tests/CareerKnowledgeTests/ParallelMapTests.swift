import CareerKnowledge
import Glibc
import Testing

/// `parallelMap`, which spreads building at load over the cores, gives what `map` gives.
@Suite struct ParallelMapTests {
    @Test func parallelMapKeepsTheArraysOrder() {
        let numbers = Array(0..<1_000)
        #expect(numbers.parallelMap(chunk: 7) { $0 * $0 } == numbers.map { $0 * $0 })
        #expect([3, 1].parallelMap { $0 + 1 } == [4, 2])
        #expect([Int]().parallelMap { $0 } == [])
    }

    /// The variant with its own threads, for reads that wait on the disk: the same
    /// results in the same order, with more threads than chunks, fewer, or one, and work
    /// that blocks (each element sleeps a little, as a read from the disk would).
    @Test func parallelMapOnItsOwnThreadsKeepsTheArraysOrder() {
        let numbers = Array(0..<1_000)
        for threads in [1, 2, 16, 500] {
            #expect(numbers.parallelMap(chunk: 3, threads: threads) { $0 * $0 } == numbers.map { $0 * $0 }, "\(threads) threads")
        }
        let slow = Array(0..<64).parallelMap(chunk: 4, threads: 16) { n -> String in
            usleep(1_000)
            return String(n)
        }
        #expect(slow == (0..<64).map(String.init))
        #expect([5].parallelMap(chunk: 16, threads: 16) { $0 + 1 } == [6])
        #expect([Int]().parallelMap(chunk: 16, threads: 16) { $0 } == [])
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
