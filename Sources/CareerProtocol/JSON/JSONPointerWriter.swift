import CJSONScan

/// Compact JSON written through a pointer into room sized beforehand: what the server
/// writes an `ask` result with, straight into the buffer it sends.
///
/// Why: an answer is written in about a hundred pieces (keys, punctuation, strings,
/// numbers), and appending each to a `[UInt8]` cost a capacity check, a uniqueness check
/// and a count update apiece; then the bytes were copied once more into the socket's
/// buffer (docs/PERFORMANCE.md, "Twentieth round"). Here the caller works out the most
/// the value can take (``JSONDirectWritable/maximumJSONSize``: a long string's exact
/// size from one scan, a short one's bound), and each piece is a copy.
///
/// Memory safety does not rest on those sizes: every write checks the room left and
/// stops the process (`precondition`) rather than write past it. The bytes are the same
/// as `JSONValue.write(to:)` gives for the same value.
public struct JSONPointerWriter {
    private let start: UnsafeMutablePointer<UInt8>
    private var at: UnsafeMutablePointer<UInt8>
    private let end: UnsafeMutablePointer<UInt8>

    /// A writer of at most `buffer.count` bytes at the start of `buffer`.
    public init(_ buffer: UnsafeMutableRawBufferPointer) {
        guard let address = buffer.baseAddress else { preconditionFailure("a JSONPointerWriter needs room to write in") }
        let base = address.assumingMemoryBound(to: UInt8.self)
        (start, at, end) = (base, base, base + buffer.count)
    }

    /// Bytes written so far.
    public var count: Int { at - start }

    private func need(_ n: Int) {
        precondition(end - at >= n, "a JSON value outgrew the room its size was given")
    }

    public mutating func byte(_ b: UInt8) {
        need(1)
        at.pointee = b
        at += 1
    }

    /// ASCII text as it is (keys, punctuation, `true`): no escaping.
    public mutating func ascii(_ text: StaticString) {
        text.withUTF8Buffer { raw($0) }
    }

    /// `"name":`, after a comma unless it is the object's first member.
    public mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { byte(UInt8(ascii: ",")) }
        byte(UInt8(ascii: "\""))
        ascii(name)
        byte(UInt8(ascii: "\""))
        byte(UInt8(ascii: ":"))
    }

    /// A string, quoted; `"`, `\` and control bytes escaped (`\n` and the like where
    /// JSON has a short form, `\u00XX` otherwise), every other byte as it is.
    public mutating func string(_ text: String) {
        let written = text.utf8Bytes { bytes in
            careerd_json_write_string(at, end - at, bytes.baseAddress ?? UnsafePointer(at), bytes.count)
        }
        // SIZE_MAX, -1 here, when it did not fit.
        precondition(written >= 0, "a JSON value outgrew the room its size was given")
        at += written
    }

    public mutating func int(_ value: Int64) {
        // At most 20 characters: held inline by the string, no allocation.
        var text = value.description
        text.withUTF8 { raw($0) }
    }

    /// A double in Swift's shortest round-tripping form (its `description`), or `null`
    /// when it is not finite (JSON has no NaN or infinity).
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return ascii("null") }
        var sink = Sink(writer: self)
        value.write(to: &sink)
        self = sink.writer
    }

    /// What a number formats in its own buffer (`_writeASCII`, which `Double.write(to:)`
    /// calls), copied without a `String` made of it.
    private struct Sink: TextOutputStream {
        var writer: JSONPointerWriter
        mutating func write(_ string: String) {
            string.utf8Bytes { writer.raw($0) }
        }
        mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { writer.raw(buffer) }
    }

    private mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        need(bytes.count)
        at.update(from: base, count: bytes.count)
        at += bytes.count
    }

    /// The most bytes ``string(_:)`` writes for `text`. A short string (an id, a name, a
    /// title) is given room for every byte to take six, without reading it; a longer one
    /// (an answer) is scanned for its exact size.
    public static func size(of text: String) -> Int {
        let count = text.utf8.count
        if count <= shortString { return 6 * count + 2 }
        return text.utf8Bytes { bytes in careerd_json_string_size(bytes.baseAddress!, bytes.count) }
    }

    /// Up to this many bytes, a string's size is not scanned for.
    static let shortString = 64

    /// The most bytes ``double(_:)`` writes ("-1.7976931348623157e+308" and the like).
    public static let doubleSize = 24
    /// The most bytes ``int(_:)`` writes ("-9223372036854775808").
    public static let intSize = 20
}

/// A value that writes its compact JSON through a ``JSONPointerWriter``: the same bytes
/// as its `JSONValue` form.
public protocol JSONDirectWritable {
    /// At least as many bytes as ``writeJSON(_:)`` writes.
    var maximumJSONSize: Int { get }
    func writeJSON(_ out: inout JSONPointerWriter)
}

extension JSONDirectWritable {
    /// Appends the compact JSON to `out`.
    public func write(to out: inout [UInt8]) {
        JSONPointerWriter.append(to: &out, atMost: maximumJSONSize) { writeJSON(&$0) }
    }
}

extension JSONPointerWriter {
    /// Appends to `out` what `body` writes, at most `size` bytes: the writer's room is a
    /// temporary allocation (on the stack when small), so the arrays' writers
    /// (`JSONValue.write(to:)`) share this one's escaping and numbers.
    public static func append(to out: inout [UInt8], atMost size: Int, _ body: (inout JSONPointerWriter) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(size, 1)) { room in
            var writer = JSONPointerWriter(UnsafeMutableRawBufferPointer(room))
            body(&writer)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: room[..<writer.count]))
        }
    }
}

extension String {
    /// The string's UTF-8 bytes, read in place when they are contiguous (a native or small
    /// string's always are): `withUTF8` is `mutating`, and a `let` read through it is
    /// copied first, a retain and a release per string written. (CareerSearch has the
    /// same as `withUTF8Bytes`; this module depends on nothing of the advisor's.)
    @inline(__always)
    fileprivate func utf8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
