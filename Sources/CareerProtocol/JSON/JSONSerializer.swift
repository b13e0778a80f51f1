import CJSONScan

extension JSONValue {
    /// Appends the compact JSON text of this value (UTF-8, no whitespace, no newline).
    ///
    /// Guarantees: output is valid JSON on one line (control characters, `"` and `\` in
    /// strings are escaped; everything else, including non-ASCII, is written as UTF-8);
    /// object members are written in their stored order, so output is deterministic;
    /// integers are written exactly; doubles are written in the shortest form that reads
    /// back to the same value (always with a `.` or an exponent, so they re-parse as
    /// `.double`); NaN and infinities, which JSON cannot express, are written as `null`.
    public func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): JSONValue.writeInteger(i, to: &out)
        case .double(let d): JSONValue.writeDouble(d, to: &out)
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                element.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for (i, member) in object.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeString(member.key, to: &out)
                out.append(UInt8(ascii: ":"))
                member.value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// The compact JSON text as UTF-8 bytes.
    public var jsonBytes: [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    /// The compact JSON text.
    public var jsonString: String { String(decoding: jsonBytes, as: UTF8.self) }

    /// Indented JSON text for people (two spaces per level, `"key": value`), with the same
    /// escaping and member order as the compact form. Empty arrays and objects stay `[]`/`{}`.
    public func prettyString(indent: Int = 2) -> String {
        var out: [UInt8] = []
        writePretty(to: &out, level: 0, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    private func writePretty(to out: inout [UInt8], level: Int, indent: Int) {
        func newline(_ level: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * indent))
        }
        switch self {
        case .array(let elements) where !elements.isEmpty:
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(level + 1)
                element.writePretty(to: &out, level: level + 1, indent: indent)
            }
            newline(level)
            out.append(UInt8(ascii: "]"))
        case .object(let object) where !object.isEmpty:
            out.append(UInt8(ascii: "{"))
            for (i, member) in object.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(level + 1)
                JSONValue.writeString(member.key, to: &out)
                out.append(contentsOf: ": ".utf8)
                member.value.writePretty(to: &out, level: level + 1, indent: indent)
            }
            newline(level)
            out.append(UInt8(ascii: "}"))
        default:
            write(to: &out)
        }
    }

    static func writeInteger(_ value: Int64, to out: inout [UInt8]) {
        out.append(contentsOf: value.description.utf8)
    }

    static func writeDouble(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else { out.append(contentsOf: "null".utf8); return }
        // Swift's shortest round-tripping form: "1.5", "100.0", "1e-07", "1e+300", "-0.0";
        // all of these are valid JSON numbers. The same text as `description`, taken from
        // the formatter's own buffer (`ASCIISink`): an answer's confidences have 16 or 17
        // digits, and each `description` was a string on the heap.
        var sink = ASCIISink(out: out)
        out = []
        value.write(to: &sink)
        out = sink.out
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Bytes that a JSON string must escape: `"`, `\\` and the control characters.
    @inline(__always)
    private static func needsEscape(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C }

    /// Writes `string` quoted and escaped. Bytes of multi-byte characters are always
    /// >= 0x80, so they are copied unchanged; each run of bytes between two to escape is
    /// copied in one append, and the runs are found sixteen bytes at a time
    /// (`firstEscape`). (Byte by byte, the scan was half of writing an answer; eight bytes
    /// at a time in a word's bits, it was still most of it.)
    static func writeString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            var runStart = 0
            var i = firstEscape(in: bytes, from: 0)
            while i < count {
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart)) }
                writeEscape(base[i], to: &out)
                runStart = i + 1
                i = firstEscape(in: bytes, from: runStart)
            }
            if runStart < count { out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The index of the first byte at or after `from` that must be escaped (`"`, `\\`, a
    /// control byte), or `bytes.count`: sixteen bytes per step (`CJSONScan`).
    @inline(__always)
    static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        return careerd_json_first_escape(base, from, bytes.count)
    }

    private static func writeEscape(_ b: UInt8, to out: inout [UInt8]) {
        switch b {
        case UInt8(ascii: "\""): out.append(0x5C); out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C); out.append(0x5C)
        case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
        case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
        case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
        default:
            out.append(contentsOf: "\\u00".utf8)
            out.append(hexDigits[Int(b >> 4)])
            out.append(hexDigits[Int(b & 0xF)])
        }
    }
}

extension JSONValue: CustomStringConvertible {
    /// The compact JSON text.
    public var description: String { jsonString }
}

/// A `TextOutputStream` that appends to bytes, taking the ASCII a number formats in its
/// own buffer (`_writeASCII`, which `Double.write(to:)` calls) without making a `String`.
struct ASCIISink: TextOutputStream {
    var out: [UInt8]
    mutating func write(_ string: String) { out.append(contentsOf: string.utf8) }
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { out.append(contentsOf: buffer) }
}
