/// Distinct words, as the tokenizer gives them (UTF-8 bytes), to an `Int32` each: the
/// per-word caches of index building (a word's term id) and of the known-term set.
///
/// Why not `[String: Int32]`: at 100k entities a build looks up about eight million words,
/// and a `String` key costs a `String` made from the bytes and a SipHash of it per lookup.
/// Here a lookup hashes the bytes with FNV-1a (``HashMultimap/key(_:)``) and compares them
/// with the stored word only on a matching hash; the words live in one byte array.
///
/// Open addressing with linear probing, at most half full. A value type with no shared
/// state: one table per builder; not for concurrent mutation. Public for the advisor's
/// phrase tables, which look up a question's stems the same way.
public struct WordTable: Sendable {
    /// Entry index + 1 per bucket (0: empty); the count is a power of two.
    private var buckets: [Int32] = Array(repeating: 0, count: 1024)
    /// Per entry: its hash, where its bytes start in `bytes` (they end where the next
    /// entry's start), and its value.
    private var hashes: [UInt64] = []
    private var starts: [Int32] = [0]
    private var bytes: [UInt8] = []
    private var values: [Int32] = []

    public init() {}

    /// Number of distinct words.
    public var count: Int { values.count }

    /// `value(for:)` of bytes in memory: what another module calls, since the generic one
    /// is not specialised across modules.
    public func value(forBytes word: UnsafeBufferPointer<UInt8>) -> Int32? {
        value(for: word)
    }

    /// The value stored for `word`, if any.
    func value(for word: some RandomAccessCollection<UInt8>) -> Int32? {
        let hash = HashMultimap.key(word)
        let mask = buckets.count - 1
        var b = Int(truncatingIfNeeded: hash) & mask
        while buckets[b] != 0 {
            let e = Int(buckets[b]) - 1
            if hashes[e] == hash, matches(entry: e, word) { return values[e] }
            b = (b + 1) & mask
        }
        return nil
    }

    /// `insert` of a word's bytes, for another module.
    public mutating func insert(bytes word: UnsafeBufferPointer<UInt8>, value: Int32) {
        insert(word, value: value)
    }

    /// Stores `value` for `word`, which must not be in the table yet.
    mutating func insert(_ word: some RandomAccessCollection<UInt8>, value: Int32) {
        let hash = HashMultimap.key(word)
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

    private func matches(entry e: Int, _ word: some RandomAccessCollection<UInt8>) -> Bool {
        let start = Int(starts[e]), end = Int(starts[e + 1])
        guard end - start == word.count else { return false }
        var k = start
        for byte in word {
            if bytes[k] != byte { return false }
            k += 1
        }
        return true
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
