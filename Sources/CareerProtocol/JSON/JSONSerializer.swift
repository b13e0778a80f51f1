extension JSONValue {
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
                JSONValue.string(member.key).write(to: &out)
                out.append(contentsOf: ": ".utf8)
                member.value.writePretty(to: &out, level: level + 1, indent: indent)
            }
            newline(level)
            out.append(UInt8(ascii: "}"))
        default:
            write(to: &out)
        }
    }
}

extension JSONValue: JSONDirectWritable {
    /// Writes the compact JSON text of this value (UTF-8, no whitespace, no newline).
    ///
    /// Guarantees: output is valid JSON on one line (control characters, `"` and `\` in
    /// strings are escaped; everything else, including non-ASCII, is written as UTF-8);
    /// object members are written in their stored order, so output is deterministic;
    /// integers are written exactly; doubles are written in the shortest form that reads
    /// back to the same value (always with a `.` or an exponent, so they re-parse as
    /// `.double`); NaN and infinities, which JSON cannot express, are written as `null`.
    /// `write(to:)` (from `JSONDirectWritable`) appends the same bytes to an array.
    public func writeJSON(_ out: inout JSONPointerWriter) {
        switch self {
        case .null: out.ascii("null")
        case .bool(let b): if b { out.ascii("true") } else { out.ascii("false") }
        case .int(let i): out.int(i)
        case .double(let d): out.double(d)
        case .string(let s): out.string(s)
        case .array(let elements):
            out.byte(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.byte(UInt8(ascii: ",")) }
                element.writeJSON(&out)
            }
            out.byte(UInt8(ascii: "]"))
        case .object(let object):
            out.byte(UInt8(ascii: "{"))
            for (i, member) in object.enumerated() {
                if i > 0 { out.byte(UInt8(ascii: ",")) }
                out.string(member.key)
                out.byte(UInt8(ascii: ":"))
                member.value.writeJSON(&out)
            }
            out.byte(UInt8(ascii: "}"))
        }
    }

    /// The most ``writeJSON(_:)`` writes: each string's size (`JSONPointerWriter.size`),
    /// each number's largest, a comma and the brackets or a colon around each member.
    public var maximumJSONSize: Int {
        switch self {
        case .null, .bool: 5
        case .int: JSONPointerWriter.intSize
        case .double: JSONPointerWriter.doubleSize
        case .string(let s): JSONPointerWriter.size(of: s)
        case .array(let elements): elements.reduce(2) { $0 + 1 + $1.maximumJSONSize }
        case .object(let object): object.reduce(2) { $0 + 2 + JSONPointerWriter.size(of: $1.key) + $1.value.maximumJSONSize }
        }
    }
}

extension JSONValue: CustomStringConvertible {
    /// The compact JSON text.
    public var description: String { jsonString }
}
