import CareerKnowledge

/// The advisor's reply to one question: what it understood (intent, confidence,
/// alternatives, entities, slots) and what it says (plain text for a terminal, the
/// sources it cites, follow-up suggestions).
public struct Answer: Sendable {
    public var intent: String
    public var confidence: Double
    /// Other intents considered, best first (excluding `intent`), at most
    /// `alternativesShown`.
    public var alternatives: [IntentScore]
    /// How many alternatives an answer lists.
    public static let alternativesShown = 3
    /// Entities the answer is about, including ones inherited from the session.
    public var entities: [EntityRef]
    public var level: Level?
    public var region: Region?
    public var text: String
    public var sources: [Source]
    public var suggestions: [String]
    /// How the question was read, for people tuning `Knowledge/language/`: typo
    /// corrections, recognised mentions with their candidate types, and intent scores.
    /// Built only when `ask` is called with `explain: true`, so ordinary questions do
    /// not pay for it.
    public var explanation: Explanation?
    /// The salary figures the text shows, as data (`role.salary`, `role.compare`).
    public var salaries: [RoleSalary] = []
}

public struct Explanation: Sendable {
    public var corrections: [(from: String, to: String)]
    public var mentions: [[EntityRef]]
    public var scores: [(intent: String, score: Double)]
    public var inherited: Bool
    public var coverage: Double
    /// Per intent, the model features that pushed it up most (empty without a model).
    public var features: [(intent: String, top: [(feature: String, weight: Double)])] = []
    /// The training examples closest to the question, with their intents.
    public var nearest: [(text: String, intent: String, similarity: Double)] = []
}
