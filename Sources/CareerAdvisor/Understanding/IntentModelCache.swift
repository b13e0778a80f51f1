import CareerKnowledge
import Glibc

/// A trained intent model kept on disk, so that a start on knowledge already trained on
/// reads the model instead of training it again: training (reading 1,786 examples and a
/// dozen epochs) is about a third of the shipped knowledge's start (docs/PERFORMANCE.md).
///
/// One file per key, `intent-model-<key>.bin`. The key is the knowledge's `fingerprint`
/// (every file's bytes) mixed with `codeIdentity` (the daemon's binary, which decides how
/// examples are read into features and how training goes): any change to either misses
/// and trains. A file that cannot be read, is not of this format or does not hold a
/// consistent model is a miss too, never an error: the cache can only save time.
///
/// Threading: `load` and `store` do blocking file I/O; call them where the knowledge is
/// loaded (start and reload), never on an event loop. Two daemons sharing a directory
/// are safe: a file is written under a temporary name and renamed into place.
public struct IntentModelCache: Sendable {
    public let directory: String
    public let codeIdentity: UInt64

    /// Files kept in the directory; older ones are removed when a new one is stored.
    static let keep = 4
    static let magic = Array("careerd intent model\n".utf8)
    static let format: UInt32 = 1

    public init(directory: String, codeIdentity: UInt64) {
        self.directory = directory
        self.codeIdentity = codeIdentity
    }

    /// What training produced: the model and the example words seen more than once.
    struct Trained {
        var model: IntentModel
        var repeatedStems: Set<String>
    }

    func key(_ fingerprint: UInt64) -> UInt64 {
        var d = ContentDigest()
        d.add(fingerprint)
        d.add(codeIdentity)
        d.add(UInt64(Self.format))
        return d.value
    }

    func path(_ fingerprint: UInt64) -> String {
        let hex = String(key(fingerprint), radix: 16)
        return directory + "/intent-model-" + String(repeating: "0", count: 16 - hex.count) + hex + ".bin"
    }

    /// The model stored for this knowledge, or nil (no file, another format, damaged).
    func load(fingerprint: UInt64) -> Trained? {
        guard fingerprint != 0, let bytes = Files.contents(of: path(fingerprint)) else { return nil }
        return Self.decode(bytes, key: key(fingerprint))
    }

    /// Stores a trained model for this knowledge; returns whether it was written. Creates
    /// the directory and any missing parent (mode 0700, as `~/.cache` may not exist yet),
    /// and keeps only the newest `keep` files.
    @discardableResult
    func store(_ trained: Trained, fingerprint: UInt64) -> Bool {
        guard fingerprint != 0 else { return false }
        Files.makeDirectories(directory)
        let target = path(fingerprint)
        let temporary = directory + "/.intent-model-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).tmp"
        let bytes = Self.encode(trained, key: key(fingerprint))
        guard Self.write(bytes, to: temporary) else { unlink(temporary); return false }
        guard rename(temporary, target) == 0 else { unlink(temporary); return false }
        prune()
        return true
    }

    /// Removes all but the newest `keep` model files.
    private func prune() {
        guard let dir = opendir(directory) else { return }
        var files: [(time: Int, path: String)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasPrefix("intent-model-"), name.hasSuffix(".bin") else { continue }
            var info = stat()
            let path = directory + "/" + name
            if stat(path, &info) == 0 { files.append((info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec, path)) }
        }
        closedir(dir)
        for old in files.sorted(by: { $0.time > $1.time }).dropFirst(Self.keep) { unlink(old.path) }
    }

    // MARK: The file format: the magic line, the format, the key, then the model's parts,
    // little-endian, each array led by its count.

    static func encode(_ t: Trained, key: UInt64) -> [UInt8] {
        var w = ByteWriter()
        w.bytes(magic)
        w.u32(format)
        w.u64(key)
        let m = t.model
        w.strings(m.classes)
        w.strings(m.names)
        w.floats(m.weights)
        w.floats(m.bias)
        w.floats(m.idf)
        w.u32(UInt32(m.examples.count))
        for e in m.examples {
            w.string(e.text)
            w.u32(UInt32(e.intent))
            w.u32(UInt32(e.features.count))
            for (k, v) in e.features { w.u32(UInt32(k)); w.float(v) }
        }
        w.strings(t.repeatedStems.sorted())
        return w.out
    }

    static func decode(_ bytes: [UInt8], key: UInt64) -> Trained? {
        var r = ByteReader(bytes)
        guard r.bytes(magic.count) == magic, r.u32() == format, r.u64() == key,
              let classes = r.strings(), let names = r.strings(), let weights = r.floats(),
              let bias = r.floats(), let idf = r.floats(), let count = r.u32() else { return nil }
        let width = names.count
        guard weights.count == classes.count * width, bias.count == classes.count, idf.count == width else { return nil }
        var examples: [IntentModel.Example] = []
        examples.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let text = r.string(), let intent = r.u32(), Int(intent) < classes.count,
                  let n = r.u32() else { return nil }
            var features: [(Int, Float)] = []
            features.reserveCapacity(Int(min(n, 4096)))
            for _ in 0..<n {
                guard let k = r.u32(), Int(k) < width, let v = r.float() else { return nil }
                features.append((Int(k), v))
            }
            examples.append(IntentModel.Example(text: text, intent: Int(intent), features: features))
        }
        guard let repeated = r.strings(), r.atEnd else { return nil }
        let model = IntentModel(classes: classes, names: names, weights: weights, bias: bias, idf: idf, examples: examples)
        return Trained(model: model, repeatedStems: Set(repeated))
    }

    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
    }
}

/// Appends little-endian numbers and counted strings to a byte array.
private struct ByteWriter {
    var out: [UInt8] = []
    mutating func bytes(_ b: [UInt8]) { out += b }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
    mutating func float(_ v: Float) { u32(v.bitPattern) }
    mutating func string(_ s: String) { u32(UInt32(s.utf8.count)); out += s.utf8 }
    mutating func strings(_ list: [String]) { u32(UInt32(list.count)); for s in list { string(s) } }
    mutating func floats(_ list: [Float]) { u32(UInt32(list.count)); for v in list { float(v) } }
}

/// Reads what `ByteWriter` wrote; every read is bounds-checked and gives nil past the end.
private struct ByteReader {
    let data: [UInt8]
    var at = 0
    init(_ data: [UInt8]) { self.data = data }
    var atEnd: Bool { at == data.count }

    mutating func bytes(_ n: Int) -> [UInt8]? {
        guard n >= 0, data.count - at >= n else { return nil }
        defer { at += n }
        return Array(data[at..<at + n])
    }
    mutating func u32() -> UInt32? {
        guard data.count - at >= 4 else { return nil }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(data[at + i]) << (8 * i) }
        at += 4
        return v
    }
    mutating func u64() -> UInt64? {
        guard let low = u32(), let high = u32() else { return nil }
        return UInt64(high) << 32 | UInt64(low)
    }
    mutating func float() -> Float? { u32().map(Float.init(bitPattern:)) }
    mutating func string() -> String? {
        guard let n = u32(), let b = bytes(Int(n)) else { return nil }
        return String(validating: b, as: UTF8.self)
    }
    mutating func strings() -> [String]? {
        guard let n = u32(), Int(n) <= data.count - at else { return nil }
        var out: [String] = []
        out.reserveCapacity(Int(n))
        for _ in 0..<n { guard let s = string() else { return nil }; out.append(s) }
        return out
    }
    mutating func floats() -> [Float]? {
        guard let n = u32(), Int(n) <= (data.count - at) / 4 else { return nil }
        var out: [Float] = []
        out.reserveCapacity(Int(n))
        for _ in 0..<n { out.append(float()!) }
        return out
    }
}
