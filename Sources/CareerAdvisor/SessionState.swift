import CareerKnowledge

/// What the advisor remembers of one conversation: the last intent and entities (for
/// follow-ups), the slots in force, and what the user said about themselves. A value
/// type: the server keeps one per session and passes it in and out of `Advisor.ask`.
public struct SessionState: Sendable, Hashable {
    public var lastIntent: String?
    public var lastEntities: [EntityRef] = []
    /// The entities named in the last few turns, most recent first, each once (at most
    /// `recentLimit`): what "which of the two" points at after "tell me about A", "and B?".
    public var recentEntities: [EntityRef] = []
    static let recentLimit = 6
    public var level: Level?
    public var region: Region?
    /// Skill ids the user said they know, in the order given.
    public var knownSkills: [String] = []
    /// Words the user used to describe their interests.
    public var interests: [String] = []
    /// Background ids (`profile.yaml`) the user said they have, in the order given.
    public var backgrounds: [String] = []
    /// Constraint ids the user stated ("no-phd").
    public var constraints: [String] = []
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

    mutating func remember(backgrounds b: [String], constraints c: [String]) {
        for id in b where !backgrounds.contains(id) { backgrounds.append(id) }
        for id in c where !constraints.contains(id) { constraints.append(id) }
    }

    mutating func remember(named entities: [EntityRef]) {
        recentEntities.removeAll { entities.contains($0) }
        recentEntities.insert(contentsOf: entities, at: 0)
        if recentEntities.count > Self.recentLimit { recentEntities.removeLast(recentEntities.count - Self.recentLimit) }
    }

    func lastEntity(of type: EntityType) -> EntityRef? { lastEntities.first { $0.type == type } }
}
