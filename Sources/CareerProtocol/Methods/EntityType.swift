/// The entity types a client may ask for by name in `search`, `get` and `list`.
/// (Entities in `ask` results may also be the slots `level` and `region`.)
public enum EntityType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case role
    case skill
    case resource
    case certification
    case trend

    public var description: String { rawValue }

    /// "role|skill|resource|certification|trend", for messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: "|") }

    /// Counts per type as an object: the types above in catalog order first, any other
    /// keys after them in byte order, so the output is deterministic.
    public static func countsJSON(_ counts: [String: Int]) -> JSONValue {
        var object = JSONObject()
        for type in allCases { if let n = counts[type.rawValue] { object[type.rawValue] = JSONValue(n) } }
        for key in counts.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where object[key] == nil {
            object[key] = JSONValue(counts[key]!)
        }
        return .object(object)
    }
}
