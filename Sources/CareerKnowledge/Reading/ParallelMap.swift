import Dispatch
#if canImport(Glibc)
import Glibc
#endif

extension Array where Element: Sendable {
    /// `map` spread over every core, in chunks, for work that is pure and costs tens of
    /// microseconds or more per element (parsing knowledge files, reading the intent
    /// examples at load). Results keep the order of the array; the calling thread waits.
    /// Not for the event loop's hot path.
    public func parallelMap<T: Sendable>(chunk: Int = 64, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > chunk else { return map(transform) }
        return chunked(chunk, transform) { chunks, fill in DispatchQueue.concurrentPerform(iterations: chunks, execute: fill) }
    }

    /// `transform` of every element, in the array's order, computed a chunk of `size`
    /// elements at a time: `run` is given the number of chunks and a function that fills
    /// one chunk's results, and must have called it once for every chunk, and let go of
    /// it, when it returns. Each chunk writes its own slots only, so `run` may call it
    /// from any threads at once.
    private func chunked<T: Sendable>(_ size: Int, _ transform: (Element) -> T,
                                      run: (_ chunks: Int, _ fill: @escaping @Sendable (Int) -> Void) -> Void) -> [T] {
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let slots = results, transform = transform
            let elements = self
            run((count + size - 1) / size) { c in
                for i in c * size..<Swift.min(elements.count, (c + 1) * size) { slots[i] = transform(elements[i]) }
            }
        }
        let out = results.map { $0! }
        _ = results.deinitialize()
        return out
    }
}

/// Runs two independent pieces of pure work at once: `second` on a thread of its own
/// (`Pending`), `first` on the calling thread; returns both results once both are done.
/// For load-time work only (building the advisor's structures); the calling thread waits.
///
/// Not `concurrentPerform`: a `parallelMap` inside one of its iterations would be a nested
/// apply, which libdispatch may run on fewer threads, and the intent model's training
/// reads its examples with `parallelMap`.
public func concurrently<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
    let b = Pending(second)
    let a = first()
    return (a, b.wait())
}

extension Array where Element: Sendable {
    /// `map` for work that waits on the disk as well as computing (reading files that may
    /// not be in the page cache yet): `threads` threads, more than the cores, take chunks
    /// in turn, so that while some wait for a read the others keep the cores busy. Results
    /// keep the order of the array; the calling thread waits. Not for the hot path.
    ///
    /// Plain POSIX threads (`PosixThread` says why).
    public func parallelMap<T: Sendable>(chunk: Int, threads: Int, _ transform: @escaping @Sendable (Element) -> T) -> [T] {
        guard count > chunk, threads > 1 else { return map(transform) }
        return chunked(chunk, transform) { chunks, fill in
            let next = ChunkCounter(chunks)
            let work: @Sendable () -> Void = { while let c = next.take() { fill(c) } }
            let started = (1..<Swift.min(threads, chunks)).compactMap { _ in PosixThread.start(work) }
            work()  // the calling thread takes chunks too; the others finish what they took
            for thread in started { pthread_join(thread, nil) }
        }
    }
}

/// The next chunk to take, shared by the threads of `parallelMap(chunk:threads:)`.
private final class ChunkCounter: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var next = 0
    private let end: Int
    init(_ end: Int) {
        self.end = end
        pthread_mutex_init(&mutex, nil)
    }
    deinit { pthread_mutex_destroy(&mutex) }
    func take() -> Int? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        guard next < end else { return nil }
        next += 1
        return next - 1
    }
}
