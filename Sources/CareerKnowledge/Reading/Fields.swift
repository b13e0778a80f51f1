/// The fields of one YAML mapping, read by name. Every field a decoder asks for
/// becomes known; `reportUnknownFields` then reports the rest, suggesting the closest
/// known name. Missing required fields and badly typed values are reported where they
/// are (the mapping, or the value) and read as nil; the caller decides whether the
/// object survives. Not thread-safe; one decoder uses it once.
final class Fields {
    let reader: NodeReader
    let objectName: String
    private let node: Node
    /// The fields in the order written, and the names decoders asked for. Arrays, not
    /// hash tables: an object has about a dozen fields, and hashing each name on every
    /// lookup was a tenth of decoding a 100k-entity folder.
    private var entries: [(name: String, key: Node, value: Node)] = []
    private var known: [String] = []

    init(_ mapping: Node.Mapping, at node: Node, reader: NodeReader, objectName: String) {
        self.reader = reader
        self.objectName = objectName
        self.node = node
        for (key, value) in mapping {
            guard case .scalar(let name) = key, !key.isNull else {
                reader.error("field names must be words, found \(key.shortDescription)", at: key)
                continue
            }
            entries.append((name.string, key, value))
        }
    }

    /// Where the mapping starts; where problems about the whole object are reported.
    var location: SourceLocation { reader.location(node) }

    /// Where a field's value is, or the mapping when the field is absent.
    func location(of key: String) -> SourceLocation {
        entry(key).map { reader.location($0.value) } ?? location
    }

    /// The dotted path of a field, as messages name it (`salaries.min`).
    func path(_ key: String) -> String { reader.reading(key).field }

    func error(_ message: String, at key: String? = nil) {
        reader.log.report(.error, message, at: key.map(location(of:)) ?? location)
    }

    /// A field as written (the last, were a name written twice).
    private func entry(_ key: String) -> (key: Node, value: Node)? {
        guard let i = entries.lastIndex(where: { $0.name == key }) else { return nil }
        return (entries[i].key, entries[i].value)
    }

    /// The value node of a present, non-null field.
    private func value(_ key: String) -> Node? {
        if !known.contains(key) { known.append(key) }
        guard let value = entry(key)?.value, !value.isNull else { return nil }
        return value
    }

    /// Whether the field is written with a non-null value (well-typed or not).
    func has(_ key: String) -> Bool {
        entry(key).map { !$0.value.isNull } ?? false
    }

    /// Whether the field is written as a list (possibly empty), as opposed to absent or
    /// another shape.
    func isList(_ key: String) -> Bool {
        guard let value = entry(key)?.value, case .sequence = value else { return false }
        return true
    }

    /// A field that must be present; blank text counts as missing.
    func required<T: NodeDecodable>(_ key: String, as type: T.Type = T.self) -> T? {
        guard let node = value(key) else {
            let at = entry(key).map { reader.location($0.key) } ?? location
            reader.log.report(.error, "missing required field '\(key)' in \(objectName)", at: at)
            return nil
        }
        guard let decoded = T.decode(node, reader.reading(key)) else { return nil }
        if let text = decoded as? String ?? (decoded as? Located<String>)?.value,
           text.trimmedSpaces.isEmpty {  // blank: nothing but whitespace (trimming reads ASCII ends as bytes)
            reader.error("'\(path(key))' is empty", at: node)
            return nil
        }
        return decoded
    }

    /// A field that may be absent (or null); nil when absent or badly typed.
    func optional<T: NodeDecodable>(_ key: String, as type: T.Type = T.self) -> T? {
        value(key).flatMap { T.decode($0, reader.reading(key)) }
    }

    /// An optional list; empty when absent.
    func list<T: NodeDecodable>(_ key: String, of type: T.Type = T.self) -> [T] {
        optional(key) ?? []
    }

    /// A list of ids resolved once the whole folder is read. A required list must
    /// hold at least one id.
    func references(_ key: String, to target: ReferenceTarget, required: Bool = false) -> [String] {
        let items: [Located<String>]? = required ? self.required(key) : optional(key)
        if required, let items, items.isEmpty {
            error("'\(path(key))' needs at least one \(target.scope) id", at: key)
        }
        for item in items ?? [] {
            reader.log.refer(to: target, id: item.value, field: path(key), at: item.location)
        }
        return (items ?? []).map(\.value)
    }

    /// A single required id, resolved once the whole folder is read.
    func reference(_ key: String, to target: ReferenceTarget) -> String? {
        guard let item: Located<String> = required(key) else { return nil }
        reader.log.refer(to: target, id: item.value, field: path(key), at: item.location)
        return item.value
    }

    /// Reports every field no decoder asked for, in the order written.
    func reportUnknownFields() {
        for (name, key, _) in entries where !known.contains(name) {
            var message = "unknown field '\(name)' in \(objectName)"
            if let guess = Spelling.closest(to: name, among: known) { message += " (did you mean '\(guess)'?)" }
            reader.error(message, at: key)
        }
    }
}
