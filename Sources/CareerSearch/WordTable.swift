/// Distinct words (UTF-8 bytes) to an `Int32` each: the per-word caches of index building (a
/// word's term id) and of the known-term set, the phrase tables' stems, and the catalog's
/// ids (`StringTable`).
///
/// Why not `[String: Int32]`: at 100k entities a build looks up about eight million words,
/// and a `String` key costs a `String` made from the bytes and a SipHash of it per lookup
/// (SipHash's set-up and finalisation alone are some hundred instructions, whatever the
/// length). Here a lookup hashes the bytes eight at a time (`hash(_:)`) and compares them
/// with the stored word only on a matching hash, eight bytes at a time too; the words live
/// in one byte array.
///
/// Open addressing with linear probing, at most half full. A value type with no shared
/// state: one table per builder; not for concurrent mutation (a table no longer mutated
/// can be read from any thread).
public struct WordTable: Sendable {
    /// Entry index + 1 per bucket (0: empty); the count is a power of two.
    private var buckets: [Int32]
    /// Per entry: its hash, where its bytes start in `bytes` (they end where the next
    /// entry's start), and its value.
    private var hashes: [UInt64] = []
    private var starts: [Int32] = [0]
    private var bytes: [UInt8] = []
    private var values: [Int32] = []

    /// An empty table; with a `capacity`, sized for that many words before it grows.
    public init(capacity: Int = 0) {
        var count = 1024
        while count < 2 * capacity { count *= 2 }
        buckets = Array(repeating: 0, count: count)
        guard capacity > 0 else { return }
        hashes.reserveCapacity(capacity)
        starts.reserveCapacity(capacity + 1)
        values.reserveCapacity(capacity)
    }

    /// Number of distinct words.
    public var count: Int { values.count }

    /// The value stored for the word with these bytes, if any. Inlined in this module:
    /// called from a builder's closure as a function, it was handed a copy of the table (a
    /// retain and a release of each of its arrays per word).
    @inline(__always)
    public func value(forBytes word: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(word)
        let mask = buckets.count - 1
        var b = Int(truncatingIfNeeded: hash) & mask
        while buckets[b] != 0 {
            let e = Int(buckets[b]) - 1
            if hashes[e] == hash, matches(entry: e, word) { return values[e] }
            b = (b + 1) & mask
        }
        return nil
    }

    /// The value stored for a word given as any collection of bytes.
    public func value(for word: some Collection<UInt8>) -> Int32? {
        if let found = word.withContiguousStorageIfAvailable({ value(forBytes: $0) }) { return found }
        return Array(word).withUnsafeBufferPointer { value(forBytes: $0) }
    }

    /// The value stored for a string's UTF-8 bytes. A native string is read in place.
    public func value(for text: String) -> Int32? {
        text.withUTF8Bytes { value(forBytes: $0) }
    }

    /// Stores `value` for the word with these bytes, which must not be in the table yet.
    public mutating func insert(bytes word: UnsafeBufferPointer<UInt8>, value: Int32) {
        let hash = Self.hash(word)
        let mask = buckets.count - 1
        var b = Int(truncatingIfNeeded: hash) & mask
        while buckets[b] != 0 { b = (b + 1) & mask }
        buckets[b] = Int32(values.count + 1)
        hashes.append(hash)
        bytes.append(contentsOf: word)
        starts.append(Int32(bytes.count))
        values.append(value)
        if values.count * 2 > buckets.count { grow() }
    }

    /// `insert(bytes:value:)` of a word given as any collection of bytes.
    public mutating func insert(_ word: some Collection<UInt8>, value: Int32) {
        if word.withContiguousStorageIfAvailable({ insert(bytes: $0, value: value) }) != nil { return }
        Array(word).withUnsafeBufferPointer { insert(bytes: $0, value: value) }
    }

    /// `insert(bytes:value:)` of a string's UTF-8 bytes.
    public mutating func insert(_ text: String, value: Int32) {
        text.withUTF8Bytes { insert(bytes: $0, value: value) }
    }

    /// The table's hash of some bytes: eight at a time, each eight mixed in by a multiply
    /// and a shift, the length first and a final avalanche so that the low bits (the
    /// bucket) depend on every byte. Not a stable format: never stored outside a table.
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(truncatingIfNeeded: word.count) &* k
        guard let base = word.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        let n = word.count
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
            h ^= h >> 29
            i += 8
        }
        if i < n {
            // The last one to seven bytes in at most three loads.
            var tail: UInt64 = 0, shift: UInt64 = 0
            if n - i >= 4 {
                tail = UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                shift = 32
                i += 4
            }
            if n - i >= 2 {
                tail |= UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt16.self)) << shift
                shift += 16
                i += 2
            }
            if i < n { tail |= UInt64(base[i]) << shift }
            h = (h ^ tail) &* k
            h ^= h >> 29
        }
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    /// Whether entry `e` holds the bytes of `word` (whose hash matched: almost always).
    private func matches(entry e: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let from = Int(starts[e]), to = Int(starts[e + 1])
        guard to - from == word.count else { return false }
        return bytes.withUnsafeBufferPointer { Self.equal($0, from: from, word) }
    }

    /// Whether `stored` holds the bytes of `word` from `from` on (`word.count` bytes are there).
    @inline(__always)
    private static func equal(_ stored: UnsafeBufferPointer<UInt8>, from: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = word.count
        guard n > 0, let a = stored.baseAddress, let b = word.baseAddress else { return true }
        let x = UnsafeRawPointer(a + from), y = UnsafeRawPointer(b)
        @inline(__always) func same<T: FixedWidthInteger>(_ at: Int, _: T.Type) -> Bool {
            x.loadUnaligned(fromByteOffset: at, as: T.self) == y.loadUnaligned(fromByteOffset: at, as: T.self)
        }
        if n >= 8 {
            // Eight bytes a step, the last step ending at the end (it may overlap the one before).
            var i = 0
            while i + 8 < n {
                if !same(i, UInt64.self) { return false }
                i += 8
            }
            return same(n - 8, UInt64.self)
        }
        if n >= 4 { return same(0, UInt32.self) && same(n - 4, UInt32.self) }
        if n >= 2 { return same(0, UInt16.self) && same(n - 2, UInt16.self) }
        return same(0, UInt8.self)
    }

    /// Doubles the buckets and places every entry again.
    private mutating func grow() {
        var grown = [Int32](repeating: 0, count: buckets.count * 2)
        let mask = grown.count - 1
        for e in hashes.indices {
            var b = Int(truncatingIfNeeded: hashes[e]) & mask
            while grown[b] != 0 { b = (b + 1) & mask }
            grown[b] = Int32(e + 1)
        }
        buckets = grown
    }
}
