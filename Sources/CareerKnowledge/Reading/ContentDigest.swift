/// A 64-bit digest of bytes, the same on every run and machine (unlike `Hasher`, whose
/// seed changes per process): what `KnowledgeBase.fingerprint` is made of, so a cache of
/// work derived from a folder can tell whether the folder changed.
///
/// Not cryptographic: it detects edits, not an adversary (whoever can write the
/// knowledge folder decides the answers anyway). Eight bytes per step, so digesting every
/// file of a 100k-entity folder costs a few hundredths of a second.
public struct ContentDigest: Sendable, Equatable {
    public private(set) var value: UInt64 = 0x9E37_79B9_7F4A_7C15

    public init() {}

    /// Folds `bytes` (and their length, so that splits differ) into the digest.
    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var h = value ^ UInt64(bytes.count) &* 0xFF51_AFD7_ED55_8CCD
        var i = 0
        while i + 8 <= bytes.count {
            h = Self.mix(h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        value = Self.mix(h ^ tail ^ 0x80 << shift)
    }

    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }

    /// The digest of `bytes` alone.
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        var d = ContentDigest()
        d.add(bytes)
        return d.value
    }

    /// A multiply-xorshift round (the finaliser of MurmurHash3's 64-bit variant).
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}
