import CareerAdvisor
import CareerKnowledge
import CareerProtocol

/// A `SessionState` as JSON text, the form the session archive stores: every field the
/// advisor keeps, by name, so that a row written by this version is read by the next
/// one (unknown fields are ignored, missing ones take their defaults). Pure.
enum SessionCodec {
    static func encode(_ s: SessionState) -> String {
        var o: JSONObject = [
            "known_skills": JSONValue(s.knownSkills),
            "interests": JSONValue(s.interests),
            "backgrounds": JSONValue(s.backgrounds),
            "constraints": JSONValue(s.constraints),
            "turns": JSONValue(s.turns),
            "last_entities": refs(s.lastEntities),
            "recent_entities": refs(s.recentEntities),
        ]
        if let v = s.lastIntent { o["last_intent"] = .string(v) }
        if let v = s.level { o["level"] = .string(v.rawValue) }
        if let v = s.region { o["region"] = .string(v.rawValue) }
        if let v = s.targetRole { o["target_role"] = .string(v) }
        return String(decoding: JSONValue.object(o).jsonBytes, as: UTF8.self)
    }

    /// nil when the text is not a JSON object.
    static func decode(_ text: String) -> SessionState? {
        guard let value = try? JSONValue(parsing: Array(text.utf8)), let o = value.object else { return nil }
        var s = SessionState()
        s.knownSkills = o["known_skills"]?.array?.compactMap(\.string) ?? []
        s.interests = o["interests"]?.array?.compactMap(\.string) ?? []
        s.backgrounds = o["backgrounds"]?.array?.compactMap(\.string) ?? []
        s.constraints = o["constraints"]?.array?.compactMap(\.string) ?? []
        s.turns = o["turns"]?.int ?? 0
        s.lastIntent = o["last_intent"]?.string
        s.level = o["level"]?.string.flatMap(Level.init(rawValue:))
        s.region = o["region"]?.string.flatMap(Region.init(rawValue:))
        s.targetRole = o["target_role"]?.string
        s.lastEntities = refs(o["last_entities"])
        s.recentEntities = refs(o["recent_entities"])
        return s
    }

    private static func refs(_ list: [EntityRef]) -> JSONValue {
        .array(list.map { ["type": .string($0.type.rawValue), "id": .string($0.id), "name": .string($0.name)] })
    }

    private static func refs(_ value: JSONValue?) -> [EntityRef] {
        value?.array?.compactMap { e in
            guard let type = e["type"]?.string.flatMap(CareerKnowledge.EntityType.init(rawValue:)), let id = e["id"]?.string else { return nil }
            return EntityRef(type: type, id: id, name: e["name"]?.string ?? id)
        } ?? []
    }

    /// Whether what the user stated about themselves differs between `a` and `b` (a
    /// change of it is written at once). Compares field by field and builds nothing: it
    /// runs on every `ask` in a session.
    static func profileDiffers(_ a: SessionState, _ b: SessionState) -> Bool {
        a.knownSkills != b.knownSkills || a.targetRole != b.targetRole || a.level != b.level || a.region != b.region
            || a.interests != b.interests || a.backgrounds != b.backgrounds || a.constraints != b.constraints
    }
}
