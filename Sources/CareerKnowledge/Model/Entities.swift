/// The five entity types. Each lives in its own file `Knowledge/<type>s/<id>.yaml`.
/// Cross-references are ids, checked by `KnowledgeValidator`. Text fields are our own
/// words; `sources` lists the documents the descriptive text draws on.

/// Fields every entity has.
public protocol Entity: Sendable {
    static var type: EntityType { get }
    var id: String { get }
    var name: String { get }
    /// Other ways people say it ("MLE", "k8s"). Matched case-insensitively after
    /// analysis; unique within an entity type.
    var aliases: [String] { get }
    /// Documents the descriptive text draws on. Empty only for an entity no source
    /// names, which then carries a `background` note saying what it is.
    var sources: [String] { get }
    /// The advisor's own background note: general knowledge that none of the sources
    /// states. Answers show it labelled as the advisor's note, without a source number,
    /// and `get` returns it as `background`; it is never cited to a source.
    var background: String? { get }
    var location: SourceLocation? { get }
}

// `Role` and `Resource`, the types answers copy most, have files of their own.

public struct Skill: Entity, Hashable {
    public static let type = EntityType.skill
    public var id: String
    public var name: String
    public var aliases: [String]
    public var category: SkillCategory
    public var description: String
    public var sources: [String]
    public var background: String?
    public var location: SourceLocation?

    public init(id: String, name: String, aliases: [String] = [], category: SkillCategory,
                description: String, sources: [String], background: String? = nil,
                location: SourceLocation? = nil) {
        self.background = background
        self.id = id; self.name = name; self.aliases = aliases; self.category = category
        self.description = description; self.sources = sources; self.location = location
    }
}

public struct Certification: Entity, Hashable {
    public static let type = EntityType.certification
    public var id: String
    public var name: String
    public var aliases: [String]
    public var issuer: String
    public var description: String
    /// Role ids it suits.
    public var roles: [String]
    /// Skill ids it validates.
    public var skills: [String]
    public var sources: [String]
    public var background: String?
    public var location: SourceLocation?

    public init(id: String, name: String, aliases: [String] = [], issuer: String, description: String,
                roles: [String] = [], skills: [String] = [], sources: [String], background: String? = nil,
                location: SourceLocation? = nil) {
        self.background = background
        self.id = id; self.name = name; self.aliases = aliases; self.issuer = issuer
        self.description = description; self.roles = roles; self.skills = skills
        self.sources = sources; self.location = location
    }
}

public struct Trend: Entity, Hashable {
    public static let type = EntityType.trend
    public var id: String
    public var name: String
    public var aliases: [String]
    public var summary: String
    /// What the trend means for jobs, in our words.
    public var impact: String
    public var roles: [String]
    public var skills: [String]
    public var sources: [String]
    public var background: String?
    public var location: SourceLocation?

    public init(id: String, name: String, aliases: [String] = [], summary: String, impact: String,
                roles: [String] = [], skills: [String] = [], sources: [String], background: String? = nil,
                location: SourceLocation? = nil) {
        self.background = background
        self.id = id; self.name = name; self.aliases = aliases; self.summary = summary
        self.impact = impact; self.roles = roles; self.skills = skills
        self.sources = sources; self.location = location
    }
}
