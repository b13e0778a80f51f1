import CareerKnowledge

/// The answer of an intent declared only in `Knowledge/` (examples and an `answer`
/// template in `intents.yaml`), with no composer in Swift: the template with the main
/// entity's name filled in and that entity's sources cited.
/// Pure and thread-safe.
struct TemplateAnswer: Sendable {
    let template: SuggestionTemplate
    let missing: String?
    /// The entity types the intent is about (`requires`, then `entity_bonus`, best
    /// first): the main entity is the first one named of these.
    let types: [EntityType]

    init?(_ definition: IntentDefinition) {
        guard let answer = definition.answer else { return nil }
        template = SuggestionTemplate(answer)
        missing = definition.answerMissing
        types = definition.requires + definition.entityBonus.filter { $0.value > 0 }
            .sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.map(\.key)
    }

    func compose(_ r: Request, _ b: inout AnswerBuilder) {
        func named(_ type: EntityType) -> (any Entity)? {
            switch type {
            case .role: r.roles.first
            case .skill: r.skills.first
            case .resource: r.resources.first
            case .certification: r.certifications.first
            case .trend: r.trends.first
            }
        }
        let main: (any Entity)? = (types.isEmpty ? EntityType.allCases : types).lazy.compactMap(named).first
        guard let text = template.fill(main?.name) else {
            b.line(AnswerText(missing ?? template.parts.joined(separator: "…")))
            return
        }
        guard let main else { b.line(AnswerText(text)); return }
        b.line("\(text) \(b.cite(main.sources))")
    }
}
