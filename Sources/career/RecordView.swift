import CareerProtocol

/// Renders a JSON record as indented `key: value` text, YAML-like, for people.
/// Short lists of scalars stay on one line; multi-line strings continue indented.
enum RecordView {
    static func render(_ value: JSONValue) -> String {
        var lines: [String] = []
        emit(value, indent: 0, into: &lines)
        return lines.joined(separator: "\n")
    }

    private static func scalar(_ v: JSONValue) -> String? {
        switch v {
        case .string(let s): return s
        case .null: return "-"
        case .bool(let b): return b ? "yes" : "no"
        case .int, .double: return v.jsonString
        case .array(let a) where a.isEmpty: return "[]"
        case .object(let o) where o.isEmpty: return "{}"
        default: return nil
        }
    }

    private static func inlineList(_ a: [JSONValue]) -> String? {
        let items = a.compactMap { v -> String? in
            guard let s = scalar(v), !s.contains("\n") else { return nil }
            if case .array = v { return nil }
            return s
        }
        guard items.count == a.count else { return nil }
        let text = items.joined(separator: ", ")
        return text.count <= 72 ? text : nil
    }

    private static func emit(_ value: JSONValue, indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let o) where !o.isEmpty:
            for member in o { emitMember(member.key, member.value, pad: pad, indent: indent, into: &lines) }
        case .array(let a) where !a.isEmpty:
            for element in a {
                if let s = scalar(element) {
                    appendText("- ", s, pad: pad, into: &lines)
                } else {
                    var nested: [String] = []
                    emit(element, indent: indent + 2, into: &nested)
                    if var first = nested.first {
                        first = pad + "- " + first.dropFirst(indent + 2)
                        lines.append(first)
                        lines.append(contentsOf: nested.dropFirst())
                    }
                }
            }
        default:
            appendText("", scalar(value) ?? value.jsonString, pad: pad, into: &lines)
        }
    }

    private static func emitMember(_ key: String, _ value: JSONValue, pad: String, indent: Int, into lines: inout [String]) {
        if let s = scalar(value) {
            appendText("\(key): ", s, pad: pad, into: &lines)
        } else if case .array(let a) = value, let inline = inlineList(a) {
            lines.append(pad + "\(key): " + inline)
        } else {
            lines.append(pad + "\(key):")
            emit(value, indent: indent + 2, into: &lines)
        }
    }

    private static func appendText(_ prefix: String, _ text: String, pad: String, into lines: inout [String]) {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.append(pad + prefix + (parts.first.map(String.init) ?? ""))
        let continuation = pad + String(repeating: " ", count: prefix.count)
        for part in parts.dropFirst() { lines.append(continuation + part) }
    }
}
