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

/// Runs two independent pieces of pure work at once: `second` on a global queue, `first`
/// on the calling thread; returns both results once both are done. For load-time work
/// only (building the advisor's structures); the calling thread waits.
///
/// Not `concurrentPerform`: a `parallelMap` inside one of its iterations would be a nested
/// apply, which libdispatch may run on fewer threads, and the intent model's training
/// reads its examples with `parallelMap`.
public func concurrently<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
    let b = UnsafeMutablePointer<B>.allocate(capacity: 1)
    defer { b.deallocate() }
    nonisolated(unsafe) let slot = b  // written by the queued block, read after the wait
    let done = DispatchGroup()
    DispatchQueue.global().async(group: done) { slot.initialize(to: second()) }
    let a = first()
    done.wait()
    return (a, b.move())
}
