/// `TypoCorrector`'s index from deletes to words: sorted arrays instead of a dictionary
/// of arrays, so the shipped vocabulary's 60,000 keys cost three flat buffers (about
/// 1 MB) rather than a small heap object each (about 4 MB), and building it is one sort.
///
/// Keys are 64-bit hashes of the deletes (`TypoCorrector.key(_:)`); a lookup is a binary
/// search. Immutable after `init`; thread-safe.
struct DeletionIndex: Sendable {
    /// Distinct keys, ascending.
    private let keys: [UInt64]
    /// `ids[offsets[k]..<offsets[k + 1]]` are the words of `keys[k]`, ascending.
    private let offsets: [Int32]
    private let ids: [Int32]

    /// `pairs` is every (key, word id) the vocabulary gives, in any order; repeated pairs
    /// count once.
    init(_ pairs: [(key: UInt64, id: Int32)]) {
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
    var count: Int { keys.count }

    /// The ids of the words under `key` (empty when none).
    func words(under key: UInt64) -> ArraySlice<Int32> {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        guard low < keys.count, keys[low] == key else { return [] }
        return ids[Int(offsets[low])..<Int(offsets[low + 1])]
    }
}
