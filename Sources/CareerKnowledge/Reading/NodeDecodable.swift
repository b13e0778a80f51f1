/// A type that can be read from a YAML node. `decode` either returns a value or
/// reports at least one error through the reader and returns nil; it never throws, so
/// one bad value never hides the next.
protocol NodeDecodable {
    /// The shape a field of this type needs, for messages ("a whole number").
    static var expected: String { get }
    static func decode(_ node: Node, _ reader: NodeReader) -> Self?
}

extension String: NodeDecodable {
    static var expected: String { "text" }
    static func decode(_ node: Node, _ reader: NodeReader) -> String? {
        guard case .scalar(let scalar) = node, !node.isNull else {
            reader.mismatch(node, expected: expected)
            return nil
        }
        return scalar.string
    }
}

extension Int: NodeDecodable {
    static var expected: String { "a whole number (like 55000)" }
    static func decode(_ node: Node, _ reader: NodeReader) -> Int? {
        guard let text = node.plainText, let value = Int(text) else {
            reader.mismatch(node, expected: expected)
            return nil
        }
        return value
    }
}

extension Double: NodeDecodable {
    static var expected: String { "a number" }
    static func decode(_ node: Node, _ reader: NodeReader) -> Double? {
        guard let text = node.plainText, let value = Double(text), value.isFinite else {
            reader.mismatch(node, expected: expected)
            return nil
        }
        return value
    }
}

extension Bool: NodeDecodable {
    static var expected: String { "true or false" }
    static func decode(_ node: Node, _ reader: NodeReader) -> Bool? {
        switch node.plainText {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            reader.mismatch(node, expected: expected)
            return nil
        }
    }
}

/// A list; items that fail to decode are reported and left out.
extension Array: NodeDecodable where Element: NodeDecodable {
    static var expected: String { "a list" }
    static func decode(_ node: Node, _ reader: NodeReader) -> [Element]? {
        guard case .sequence(let items) = node else {
            reader.mismatch(node, expected: expected)
            return nil
        }
        return items.compactMap { Element.decode($0, reader) }
    }
}

/// A mapping with free keys (keywords, slot words); entries with a bad key or value
/// are reported and left out.
extension Dictionary: NodeDecodable where Key: NodeDecodable, Value: NodeDecodable {
    static var expected: String { "a mapping" }
    static func decode(_ node: Node, _ reader: NodeReader) -> [Key: Value]? {
        guard case .mapping(let pairs) = node else {
            reader.mismatch(node, expected: expected)
            return nil
        }
        var result: [Key: Value] = [:]
        for (keyNode, valueNode) in pairs {
            guard let key = Key.decode(keyNode, reader),
                  let value = Value.decode(valueNode, reader.reading(keyNode.string ?? "?"))
            else { continue }
            result[key] = value
        }
        return result
    }
}

extension Located: NodeDecodable where Value: NodeDecodable {
    static var expected: String { Value.expected }
    static func decode(_ node: Node, _ reader: NodeReader) -> Located<Value>? {
        Value.decode(node, reader).map { Located(value: $0, location: reader.location(node)) }
    }
}

/// A closed set of spellings (an enum with string raw values). A value outside the set
/// is reported with the allowed values listed.
protocol ClosedVocabulary: NodeDecodable, RawRepresentable, CaseIterable where RawValue == String {
    /// What a value is called in messages ("region").
    static var vocabularyName: String { get }
}

extension ClosedVocabulary {
    static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }
    static var expected: String { "one of \(allowed)" }

    static func decode(_ node: Node, _ reader: NodeReader) -> Self? {
        guard case .scalar(let scalar) = node, !node.isNull else {
            reader.mismatch(node, expected: "a \(vocabularyName) (\(allowed))")
            return nil
        }
        if let value = Self(rawValue: scalar.string) { return value }
        reader.error("unknown \(vocabularyName) '\(scalar.string)' in '\(reader.field)'; "
                     + "expected one of: \(allowed)", at: node)
        return nil
    }
}

extension EntityType: ClosedVocabulary { static var vocabularyName: String { "entity type" } }
extension Level: ClosedVocabulary { static var vocabularyName: String { "level" } }
extension Region: ClosedVocabulary { static var vocabularyName: String { "region" } }
extension SkillCategory: ClosedVocabulary { static var vocabularyName: String { "skill category" } }
extension ResourceFormat: ClosedVocabulary { static var vocabularyName: String { "resource format" } }
extension ResourceCost: ClosedVocabulary { static var vocabularyName: String { "cost" } }
extension AskKind: ClosedVocabulary { static var vocabularyName: String { "ask kind" } }
extension ResourceLevel: ClosedVocabulary { static var vocabularyName: String { "resource level" } }
extension SalaryKind: ClosedVocabulary { static var vocabularyName: String { "salary kind" } }
extension PayBasis: ClosedVocabulary { static var vocabularyName: String { "pay basis" } }
extension FactScope: ClosedVocabulary { static var vocabularyName: String { "fact scope" } }
extension Trait: ClosedVocabulary { static var vocabularyName: String { "trait" } }

/// A mapping read field by field (see `Fields`). Conformers read their fields in
/// `decode(_:)`; fields they never ask for are reported as unknown afterwards.
protocol ObjectDecodable: NodeDecodable {
    /// What one object is called in messages ("role", "salary").
    static var objectName: String { get }
    static func decode(_ fields: Fields) -> Self?
}

extension ObjectDecodable {
    static var expected: String { "a mapping (\(objectName))" }

    static func decode(_ node: Node, _ reader: NodeReader) -> Self? {
        guard case .mapping(let mapping) = node else {
            reader.mismatch(node, expected: expected)
            return nil
        }
        let fields = Fields(mapping, at: node, reader: reader, objectName: objectName)
        let value = decode(fields)
        fields.reportUnknownFields()
        return value
    }
}
