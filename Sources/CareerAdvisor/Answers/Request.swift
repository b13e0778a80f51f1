import CareerKnowledge

/// A question resolved against the knowledge and the session: the intent chosen and
/// the entities, slots and profile the answer should use.
struct Request {
    var intent: String
    var question: Question
    var roles: [Role] = []
    var skills: [Skill] = []
    var resources: [Resource] = []
    var certifications: [Certification] = []
    var trends: [Trend] = []
    var level: Level?
    var region: Region?
    /// Skills the user has (session and question).
    var knownSkills: [String] = []
    /// Words describing the user's interests (session and question).
    var interests: [String] = []
    /// Background ids (`profile.yaml`) the user stated (session and question).
    var backgrounds: [String] = []
    /// Interest topic ids found in `interests` (for role.recommend, the one answer that
    /// weighs them; empty otherwise).
    var topics: [String] = []
    /// Constraint ids the user stated (session and question).
    var constraints: [String] = []
    /// Whether this question asks how long something takes or what it costs.
    var asks: Set<AskKind> = []
}
