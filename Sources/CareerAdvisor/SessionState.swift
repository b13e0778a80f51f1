import CareerKnowledge

/// What the advisor remembers of one conversation: the last intent and entities (for
/// follow-ups), the slots in force, and what the user said about themselves. A value
/// type: the server keeps one per session and passes it in and out of `Advisor.ask`.
public struct SessionState: Sendable, Hashable {
    public var lastIntent: String?
    public var lastEntities: [EntityRef] = []
    public var level: Level?
    public var region: Region?
    /// Skill ids the user said they know, in the order given.
    public var knownSkills: [String] = []
    /// Words the user used to describe their interests.
    public var interests: [String] = []
    /// The role the user is aiming at, when they said so.
    public var targetRole: String?
    public var turns = 0

    public init() {}

    mutating func remember(skills: [String]) {
        for s in skills where !knownSkills.contains(s) { knownSkills.append(s) }
    }

    mutating func remember(interests words: [String]) {
        for w in words where !interests.contains(w) { interests.append(w) }
        if interests.count > 40 { interests.removeFirst(interests.count - 40) }
    }

    func lastEntity(of type: EntityType) -> EntityRef? { lastEntities.first { $0.type == type } }
}
