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
