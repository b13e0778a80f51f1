#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One thread's score accumulator for the term-at-a-time search (`exhaustiveSearch`, the
/// reference the max-score search is tested against; `search` itself keeps no per-document
/// state): one `Double` per document, kept between searches. A fresh array per query cost a large
/// allocation, zeroing and page faults each time (800 KB at 100k documents, over half of
/// a search there); this one is allocated once per thread and left all zero after use.
///
/// Threading: only ever touched by its own thread. A search that runs while this thread's
/// scratch is in use (a filter that searches again) gets a fresh array instead.
final class ScoreScratch {
    var scores: [Double] = []
    var inUse = false

    /// Runs `body` with an all-zero buffer of at least `count` scores, which `body` must
    /// leave all zero.
    static func withScores<R>(count: Int, _ body: (UnsafeMutableBufferPointer<Double>) -> R) -> R {
        let scratch = current()
        guard !scratch.inUse else {
            var fresh = [Double](repeating: 0, count: count)
            return fresh.withUnsafeMutableBufferPointer { body($0) }
        }
        scratch.inUse = true
        defer { scratch.inUse = false }
        if scratch.scores.count < count { scratch.scores = [Double](repeating: 0, count: count) }
        return scratch.scores.withUnsafeMutableBufferPointer { body(UnsafeMutableBufferPointer(rebasing: $0[0..<count])) }
    }

    @inline(__always)
    private static func current() -> ScoreScratch {
        if let raw = pthread_getspecific(key) {
            return Unmanaged<ScoreScratch>.fromOpaque(raw).takeUnretainedValue()
        }
        let scratch = ScoreScratch()
        pthread_setspecific(key, Unmanaged.passRetained(scratch).toOpaque())
        return scratch
    }

    /// Process-wide key; its destructor releases a thread's scratch when the thread exits.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let rc = pthread_key_create(&key) { raw in
            #if canImport(Darwin)
            Unmanaged<ScoreScratch>.fromOpaque(raw).release()
            #else
            if let raw { Unmanaged<ScoreScratch>.fromOpaque(raw).release() }
            #endif
        }
        precondition(rc == 0, "pthread_key_create failed: \(rc)")
        return key
    }()
}
