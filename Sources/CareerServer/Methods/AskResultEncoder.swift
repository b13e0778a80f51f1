import CareerAdvisor
import CareerProtocol

/// An `Answer` as the `ask` result on the wire (and its `explain` member). Depends on
/// the advisor and the protocol only, so `make fuzz` compiles it into the ask pipeline's
/// fuzz target as it is. Pure.
enum AskResultEncoder {
    /// The whole result: the answer's fields, and `explain` when the answer has one.
    static func json(_ answer: Answer, session: String?) -> JSONValue {
        var json = result(answer, session: session).json
        if let explanation = answer.explanation, case .object(var object) = json {
            object["explain"] = Self.explain(explanation)
            json = .object(object)
        }
        return json
    }

    /// The `explain` member: how the advisor read the question.
    static func explain(_ e: Explanation) -> JSONValue {
        [
            "corrections": .array(e.corrections.map { [$0.from: .string($0.to)] as JSONValue }),
            "mentions": .array(e.mentions.map { m in .array(m.map { .string($0.type.rawValue + ":" + $0.id) }) }),
            "scores": .object(JSONObject(e.scores.map { ($0.intent, JSONValue(($0.score * 1000).rounded() / 1000)) })),
            "inherited_intent": .bool(e.inherited),
            "coverage": JSONValue((e.coverage * 1000).rounded() / 1000),
            "features": .object(JSONObject(e.features.map { entry in
                (entry.intent, .array(entry.top.map { [$0.feature: JSONValue(($0.weight * 1000).rounded() / 1000)] as JSONValue }))
            })),
            "nearest_examples": .array(e.nearest.map { n in
                ["text": .string(n.text), "intent": .string(n.intent),
                 "similarity": JSONValue((n.similarity * 1000).rounded() / 1000)] as JSONValue
            }),
        ]
    }

    static func result(_ a: Answer, session: String?) -> AskResult {
        var entities = a.entities.map { AskResult.Entity(type: $0.type.rawValue, id: $0.id, name: $0.name) }
        if let level = a.level { entities.append(.init(type: "level", id: level.rawValue, name: level.rawValue)) }
        if let region = a.region { entities.append(.init(type: "region", id: region.rawValue, name: region.rawValue.uppercased())) }
        return AskResult(
            intent: a.intent, confidence: a.confidence,
            alternatives: a.alternatives.map { .init(intent: $0.intent, confidence: $0.confidence) },
            entities: entities, level: a.level?.rawValue, region: a.region?.rawValue, answer: a.text,
            sources: a.sources.map { .init(id: $0.id, title: $0.title, publisher: $0.publisher, date: $0.date) },
            suggestions: a.suggestions, session: session,
            salaries: a.salaries.map { s in
                .init(role: s.role.id, roleName: s.role.name, level: s.salary.level?.rawValue, region: s.salary.region?.rawValue,
                      currency: s.salary.currency, min: s.salary.min, max: s.salary.max, plus: s.salary.plus,
                      median: s.salary.median, average: s.salary.average, label: s.salary.label, source: s.salary.source)
            })
    }
}
