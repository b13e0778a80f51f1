/// Pairs of non-negative 32-bit ids to a non-negative 32-bit value: the intent model's
/// bigram and context-word columns (`FeatureTable`), and the phrase tables' trie edges
/// (`PhraseTable`: a node and a stem id to the child node), looked up dozens of times
/// per question.
///
/// Why not `[UInt64: Int32]`: a `Dictionary` lookup hashes its key with SipHash (about a
/// hundred instructions for one integer) before it probes. Here a key is spread by one
/// multiplication (Fibonacci hashing) and probed linearly in two flat arrays that are at
/// most three quarters full (as full as a dictionary gets: at 100k entities the phrase
/// tables' edges are a large part of the advisor's memory), so a lookup is a multiply, a
/// shift and usually a few reads.
///
/// A value type; `insert` is for building, one thread at a time. A table no longer
/// mutated is safe to read from any thread.
struct PairTable: Sendable {
    /// Per slot: the key, meaningful where `values` is not -1.
    private var keys: [UInt64]
    /// Per slot: the value, or -1 for an empty slot.
    private var values: [Int32]
    /// 64 minus log2 of the slot count.
    private var shift: UInt64
    /// Number of keys stored.
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        var bits: UInt64 = 1
        while 3 * (1 << bits) < 4 * capacity { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Int32](repeating: -1, count: 1 << bits)
        shift = 64 - bits
    }

    /// `pairs`: `PairTable.key(a, b)` to a value >= 0.
    init(_ pairs: [UInt64: Int32]) {
        self.init(capacity: pairs.count)
        for (key, value) in pairs { insert(key, value) }
    }

    /// The key of the pair (`a`, `b`), both >= 0.
    @inline(__always)
    static func key(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b)) }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, or -1.
    func value(_ key: UInt64) -> Int32 {
        let mask = values.count - 1
        var slot = Self.slot(key, shift)
        while true {
            let value = values[slot]
            if value < 0 || keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` (>= 0) for `key`, replacing the value it had.
    mutating func insert(_ key: UInt64, _ value: Int32) {
        precondition(value >= 0, "a PairTable value is never negative")
        let mask = values.count - 1
        var slot = Self.slot(key, shift)
        while values[slot] >= 0 {
            if keys[slot] == key {
                values[slot] = value
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
        if 4 * count > 3 * values.count { grow(to: 2 * values.count) }
    }

    /// Room for `more` keys beyond those stored, so that a large table is not rehashed
    /// as it grows.
    mutating func reserve(_ more: Int) {
        var slots = values.count
        while 3 * slots < 4 * (count + more) { slots *= 2 }
        if slots > values.count { grow(to: slots) }
    }

    /// Places every key again in `slots` slots (a power of two).
    private mutating func grow(to slots: Int) {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](repeating: 0, count: slots)
        values = [Int32](repeating: -1, count: slots)
        shift = UInt64(64 - slots.trailingZeroBitCount)
        let mask = slots - 1
        for (key, value) in zip(oldKeys, oldValues) where value >= 0 {
            var slot = Self.slot(key, shift)
            while values[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
