/// Pairs of non-negative 32-bit ids to a non-negative 32-bit value: the intent model's
/// bigram and context-word columns (`FeatureTable`), looked up about twenty times per
/// question.
///
/// Why not `[Int: Int32]`: a `Dictionary` lookup hashes its key with SipHash (about a
/// hundred instructions for one integer) before it probes. Here a key is spread by one
/// multiplication (Fibonacci hashing) and probed linearly in two flat arrays that are at
/// most half full, so a lookup is a multiply, a shift and usually one or two reads.
///
/// Immutable after `init`; thread-safe.
struct PairTable: Sendable {
    /// Per slot: the key, meaningful where `values` is not -1.
    private let keys: [UInt64]
    /// Per slot: the value, or -1 for an empty slot.
    private let values: [Int32]
    /// 64 minus log2 of the slot count.
    private let shift: UInt64

    /// `pairs`: `PairTable.key(a, b)` to a value >= 0.
    init(_ pairs: [UInt64: Int32]) {
        var bits: UInt64 = 1
        while (1 << bits) < 2 * pairs.count { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [Int32](repeating: -1, count: 1 << bits)
        let mask = (1 << Int(bits)) - 1
        for (key, value) in pairs {
            precondition(value >= 0, "a PairTable value is a column, never negative")
            var slot = Self.slot(key, 64 - bits)
            while values[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        (self.keys, self.values, self.shift) = (keys, values, 64 - bits)
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
}
