import CStemmer

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The English Snowball stemmer from libstemmer (`sb_stemmer_new("english", nil)`, UTF-8),
/// with a small per-thread cache.
///
/// Threading: `sb_stemmer` objects keep per-call state and are not thread-safe, so each thread
/// gets its own, created lazily on its first call and kept in pthread thread-specific storage
/// together with that thread's cache; the key's destructor frees both when the thread exits.
/// The hot path is one `pthread_getspecific`, one dictionary probe and, on a miss, one C call:
/// no lock, no atomic. Safe to call from any thread, including Swift concurrency's cooperative
/// pool and NIO event loops.
///
/// Cache: libstemmer costs ~130 ns more per word than a dictionary hit, about a third of
/// `Analyzer.terms` on a typical question (see Benchmarks/README.md). Each thread caches up to
/// `cacheLimit` words and starts afresh when full, so memory stays bounded (< 1 MB per thread).
enum Stemmer {
    static let cacheLimit = 8_192

    /// Stem of one folded word.
    static func stem(_ word: String) -> String {
        word.withUTF8Bytes { stem(utf8: $0) }
    }

    /// Stem of one folded word given as UTF-8 bytes.
    static func stem(utf8 bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { stem(utf8: $0) }
    }

    static func stem(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        stem(String(decoding: bytes, as: UTF8.self), utf8: bytes)
    }

    /// Stem of one folded word given both as a string and as its UTF-8 bytes, for callers
    /// that made the string already (the analyzer keeps it as the token's text).
    static func stem(_ word: String, utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        // The English algorithm leaves words of one or two letters alone; skip the C call.
        guard bytes.count > 2, let base = bytes.baseAddress else { return word }
        let state = ThreadState.current()
        if let hit = state.cache[word] { return hit }

        var result = word  // only if libstemmer fails to allocate
        if let out = sb_stemmer_stem(state.stemmer, base, Int32(bytes.count)) {
            let length = Int(sb_stemmer_length(state.stemmer))
            result = String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }
        if state.cache.count >= cacheLimit { state.cache.removeAll(keepingCapacity: true) }
        state.cache[word] = result
        return result
    }

    /// One thread's stemmer and cache. Only ever touched by its own thread.
    final class ThreadState {
        let stemmer: OpaquePointer
        var cache: [String: String] = [:]

        private init(stemmer: OpaquePointer) { self.stemmer = stemmer }
        deinit { sb_stemmer_delete(stemmer) }

        /// This thread's state, created on first use.
        @inline(__always)
        static func current() -> ThreadState {
            if let raw = pthread_getspecific(key) {
                return Unmanaged<ThreadState>.fromOpaque(raw).takeUnretainedValue()
            }
            guard let stemmer = sb_stemmer_new("english", nil) else {
                fatalError("libstemmer: sb_stemmer_new(\"english\") failed (out of memory?)")
            }
            let state = ThreadState(stemmer: stemmer)
            pthread_setspecific(key, Unmanaged.passRetained(state).toOpaque())
            return state
        }

        /// Process-wide key; its destructor releases a thread's state when the thread exits.
        private static let key: pthread_key_t = {
            var key = pthread_key_t()
            let rc = pthread_key_create(&key) { raw in
                #if canImport(Darwin)
                Unmanaged<ThreadState>.fromOpaque(raw).release()
                #else
                if let raw { Unmanaged<ThreadState>.fromOpaque(raw).release() }
                #endif
            }
            precondition(rc == 0, "pthread_key_create failed: \(rc)")
            return key
        }()
    }
}
