import CareerAdvisor
import CareerKnowledge
import CareerProtocol

/// An entity's full record as JSON, for `get`: every field of the knowledge file, plus
/// what is derived at load (the roles that use a skill). Field names follow the YAML.
enum RecordEncoder {
    static func encode(_ entity: any Entity, catalog: Catalog) -> JSONValue {
        var o: JSONObject = ["id": .string(entity.id), "name": .string(entity.name), "aliases": JSONValue(entity.aliases)]
        switch entity {
        case let r as Role:
            o["summary"] = .string(r.summary)
            o["duties"] = JSONValue(r.duties)
            o["skills"] = ["core": JSONValue(r.skills.core), "useful": JSONValue(r.skills.useful)]
            o["tools"] = JSONValue(r.tools)
            o["education"] = ["summary": .string(r.education.summary), "degrees": JSONValue(r.education.degrees),
                              "fields": JSONValue(r.education.fields), "paths": JSONValue(r.education.paths)]
            o["levels"] = JSONValue(r.levels.map(\.rawValue))
            o["salaries"] = .array(r.salaries.map(salary))
            o["outlook"] = .array(r.outlook.map(fact))
            o["related"] = JSONValue(r.related)
            o["industries"] = JSONValue(r.industries)
            o["fit"] = ["backgrounds": JSONValue(r.fit.backgrounds), "traits": JSONValue(r.fit.traits.map(\.rawValue)),
                        "meets": JSONValue(r.fit.meets), "conflicts": JSONValue(r.fit.conflicts),
                        "next": JSONValue(r.fit.next)]
        case let s as Skill:
            o["category"] = .string(s.category.rawValue)
            o["description"] = .string(s.description)
            o["roles"] = JSONValue(catalog.roles(using: s.id).map(\.id))
        case let r as Resource:
            o["provider"] = .string(r.provider)
            o["format"] = .string(r.format.rawValue)
            o["cost"] = .string(r.cost.rawValue)
            o["level"] = .string(r.level.rawValue)
            o["topics"] = JSONValue(r.topics)
            if !r.backgroundTopics.isEmpty { o["background_topics"] = JSONValue(r.backgroundTopics) }
            o["url"] = r.url.map { .string($0) } ?? .null
            o["description"] = .string(r.description)
        case let c as Certification:
            o["issuer"] = .string(c.issuer)
            o["description"] = .string(c.description)
            o["roles"] = JSONValue(c.roles)
            o["skills"] = JSONValue(c.skills)
        case let t as Trend:
            o["summary"] = .string(t.summary)
            o["impact"] = .string(t.impact)
            o["roles"] = JSONValue(t.roles)
            o["skills"] = JSONValue(t.skills)
        default:
            break
        }
        o["sources"] = JSONValue(entity.sources)
        // The advisor's own note, never cited to a source (docs/KNOWLEDGE.md, provenance).
        if let note = entity.background { o["background"] = .string(note) }
        return .object(o)
    }

    static func salary(_ s: Salary) -> JSONValue {
        var o: JSONObject = ["level": s.level.map { .string($0.rawValue) } ?? .null,
                             "region": s.region.map { .string($0.rawValue) } ?? .null,
                             "currency": .string(s.currency), "kind": .string(s.kind.rawValue),
                             "basis": .string(s.basis.rawValue)]
        if let v = s.min { o["min"] = JSONValue(v) }
        if let v = s.max { o["max"] = JSONValue(v) }
        if s.plus { o["plus"] = true }
        if let v = s.median { o["median"] = JSONValue(v) }
        if let v = s.average { o["average"] = JSONValue(v) }
        if let v = s.label { o["label"] = .string(v) }
        if let v = s.note { o["note"] = .string(v) }
        o["source"] = .string(s.source)
        return .object(o)
    }

    static func fact(_ f: Fact) -> JSONValue {
        var o: JSONObject = ["topic": .string(f.topic), "text": .string(f.text)]
        if let v = f.figure { o["figure"] = .string(v) }
        if let v = f.period { o["period"] = .string(v) }
        if let v = f.via { o["via"] = .string(v) }
        if !f.roles.isEmpty { o["roles"] = JSONValue(f.roles) }
        o["scope"] = .string(f.scope.rawValue)
        if f.projection { o["projection"] = true }
        o["source"] = .string(f.source)
        return .object(o)
    }
}
