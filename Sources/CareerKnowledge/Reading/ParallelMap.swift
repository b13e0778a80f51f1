import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over every core, in chunks, for work that is pure and costs tens of
    /// microseconds or more per element (parsing knowledge files, reading the intent
    /// examples at load). Results keep the order of the array; the calling thread waits.
    /// Not for the event loop's hot path.
    public func parallelMap<T: Sendable>(chunk: Int = 64, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > chunk else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results  // each index is written by one iteration only
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
            for i in c * chunk..<Swift.min(count, (c + 1) * chunk) { slots[i] = transform(self[i]) }
        }
        let out = results.map { $0! }
        _ = results.deinitialize()
        return out
    }
}

/// Runs two independent pieces of pure work at once, one on the calling thread and one on
/// another core, and returns both results once both are done. For load-time work only
/// (building the advisor's structures); the calling thread waits.
public func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let a = UnsafeMutablePointer<A>.allocate(capacity: 1)
    let b = UnsafeMutablePointer<B>.allocate(capacity: 1)
    defer { a.deallocate(); b.deallocate() }
    nonisolated(unsafe) let (slotA, slotB) = (a, b)  // each written by one iteration only
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { slotA.initialize(to: first()) } else { slotB.initialize(to: second()) }
    }
    return (a.move(), b.move())
}
