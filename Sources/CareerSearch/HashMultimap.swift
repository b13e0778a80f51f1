/// 64-bit keys (hashes of strings) to sorted lists of ids, as three sorted arrays instead of a
/// dictionary of arrays: one flat buffer each rather than a small heap object per key, and
/// building is one sort. Used for the typo corrector's deletes (60,000 keys for the shipped
/// vocabulary: about 1 MB instead of 4) and the entity index's exact names (300k names and
/// aliases at 100k entities).
///
/// Keys are usually ``key(_:)`` of a string's UTF-8 bytes, so different strings may share a
/// key: a caller that needs certainty confirms a hit against its own data. A lookup is a binary
/// search. Immutable after `init`; thread-safe.
public struct HashMultimap: Sendable {
    /// Distinct keys, ascending.
    private let keys: [UInt64]
    /// `ids[offsets[k]..<offsets[k + 1]]` are the ids of `keys[k]`, ascending.
    private let offsets: [Int32]
    private let ids: [Int32]

    /// `pairs` is every (key, id), in any order; repeated pairs count once.
    public init(_ pairs: [(key: UInt64, id: Int32)]) {
        let sorted = pairs.sorted { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
        var keys: [UInt64] = [], offsets: [Int32] = [], ids: [Int32] = []
        keys.reserveCapacity(sorted.count)
        offsets.reserveCapacity(sorted.count + 1)
        ids.reserveCapacity(sorted.count)
        for (key, id) in sorted {
            if keys.last != key {
                keys.append(key)
                offsets.append(Int32(ids.count))
            } else if ids.last == id {
                continue
            }
            ids.append(id)
        }
        offsets.append(Int32(ids.count))
        self.keys = keys
        self.offsets = offsets
        self.ids = ids
    }

    /// Number of distinct keys.
    public var count: Int { keys.count }

    /// The ids under `key`, ascending (empty when none).
    public func ids(under key: UInt64) -> ArraySlice<Int32> {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        guard low < keys.count, keys[low] == key else { return [] }
        return ids[Int(offsets[low])..<Int(offsets[low + 1])]
    }

    /// The 64-bit FNV-1a hash of some bytes: the key of a string is `key(text.utf8)`.
    public static func key(_ bytes: some Sequence<UInt8>) -> UInt64 {
        key(continuing: emptyKey, bytes)
    }

    /// The key of no bytes (FNV-1a's offset basis).
    public static let emptyKey: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The key of some bytes followed by `bytes`, given the first ones' key `hash`:
    /// FNV-1a reads bytes in order, so `key(a + b) == key(continuing: key(a), b)`.
    @inline(__always)
    public static func key(continuing hash: UInt64, _ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
