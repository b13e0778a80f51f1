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
    var sources: [String] { get }
    var location: SourceLocation? { get }
}

public struct RoleSkills: Sendable, Hashable {
    /// Skills the role cannot do without, most important first.
    public var core: [String]
    /// Skills that help.
    public var useful: [String]
    public init(core: [String], useful: [String] = []) { self.core = core; self.useful = useful }
}

public struct RoleEducation: Sendable, Hashable {
    /// The path in, in our words.
    public var summary: String
    /// Typical degrees: bachelor, master, phd, none.
    public var degrees: [String]
    /// Fields of study ("computer science", "statistics").
    public var fields: [String]
    /// Other routes in: bootcamps, certificates, internal moves.
    public var paths: [String]
    public init(summary: String, degrees: [String] = [], fields: [String] = [], paths: [String] = []) {
        self.summary = summary; self.degrees = degrees; self.fields = fields; self.paths = paths
    }
}

public struct Role: Entity, Hashable {
    public static let type = EntityType.role
    public var id: String
    public var name: String
    public var aliases: [String]
    public var summary: String
    public var duties: [String]
    public var skills: RoleSkills
    /// Named tools and products (Tableau, SageMaker), free text.
    public var tools: [String]
    public var education: RoleEducation
    /// Levels at which the sources describe this role.
    public var levels: [Level]
    public var salaries: [Salary]
    public var outlook: [Fact]
    public var related: [String]
    public var industries: [String]
    public var sources: [String]
    public var location: SourceLocation?

    public init(id: String, name: String, aliases: [String] = [], summary: String, duties: [String] = [],
                skills: RoleSkills, tools: [String] = [], education: RoleEducation, levels: [Level] = [],
                salaries: [Salary] = [], outlook: [Fact] = [], related: [String] = [],
                industries: [String] = [], sources: [String], location: SourceLocation? = nil) {
        self.id = id; self.name = name; self.aliases = aliases; self.summary = summary
        self.duties = duties; self.skills = skills; self.tools = tools; self.education = education
        self.levels = levels; self.salaries = salaries; self.outlook = outlook; self.related = related
        self.industries = industries; self.sources = sources; self.location = location
    }
}

public struct Skill: Entity, Hashable {
    public static let type = EntityType.skill
    public var id: String
    public var name: String
    public var aliases: [String]
    public var category: SkillCategory
    public var description: String
    public var sources: [String]
    public var location: SourceLocation?

    public init(id: String, name: String, aliases: [String] = [], category: SkillCategory,
                description: String, sources: [String], location: SourceLocation? = nil) {
        self.id = id; self.name = name; self.aliases = aliases; self.category = category
        self.description = description; self.sources = sources; self.location = location
    }
}

public struct Resource: Entity, Hashable {
    public static let type = EntityType.resource
    public var id: String
    public var name: String
    public var aliases: [String]
    public var provider: String
    public var format: ResourceFormat
    public var cost: ResourceCost
    public var level: ResourceLevel
    /// Skill ids the resource teaches.
    public var topics: [String]
    public var url: String?
    public var description: String
    public var sources: [String]
    public var location: SourceLocation?

    public init(id: String, name: String, aliases: [String] = [], provider: String, format: ResourceFormat,
                cost: ResourceCost, level: ResourceLevel, topics: [String], url: String? = nil,
                description: String, sources: [String], location: SourceLocation? = nil) {
        self.id = id; self.name = name; self.aliases = aliases; self.provider = provider
        self.format = format; self.cost = cost; self.level = level; self.topics = topics
        self.url = url; self.description = description; self.sources = sources; self.location = location
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
    public var location: SourceLocation?

    public init(id: String, name: String, aliases: [String] = [], issuer: String, description: String,
                roles: [String] = [], skills: [String] = [], sources: [String], location: SourceLocation? = nil) {
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
    public var location: SourceLocation?

    public init(id: String, name: String, aliases: [String] = [], summary: String, impact: String,
                roles: [String] = [], skills: [String] = [], sources: [String], location: SourceLocation? = nil) {
        self.id = id; self.name = name; self.aliases = aliases; self.summary = summary
        self.impact = impact; self.roles = roles; self.skills = skills
        self.sources = sources; self.location = location
    }
}
