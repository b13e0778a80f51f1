import CareerAdvisor
import CareerKnowledge
import CareerProtocol
import NIOCore

/// `ask`: one question, answered within the caller's session. The session is keyed by
/// the peer's uid, so a session name cannot reach another user's conversation.
enum AskMethod {
    static func handle(_ ctx: MethodContext, _ params: JSONValue?) -> MethodOutcome {
        let p: AskParams
        do { p = try AskParams(params: params, maxTextLength: ctx.state.configuration.maximumTextCharacters) } catch { return .failure(error) }
        let now = NIODeadline.now().uptimeNanoseconds
        let key = p.session.map { SessionStore.Key(uid: ctx.peer?.uid ?? UInt32.max, name: $0) }
        var session = key.map { ctx.state.sessions.state(for: $0, now: now) } ?? SessionState()
        let explain = params?["explain"]?.bool == true
        let answer = ctx.advisor.ask(p.text, session: &session, explain: explain)
        if let key { ctx.state.sessions.store(session, for: key, now: now) }
        let result = result(answer, session: p.session)
        guard let explanation = answer.explanation, case .object(var object) = result.json else {
            // The usual case: written straight into the response line, no JSONValue tree.
            return .written { result.write(to: &$0) }
        }
        object["explain"] = Self.explain(explanation)
        return .result(.object(object))
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
            suggestions: a.suggestions, session: session)
    }
}
