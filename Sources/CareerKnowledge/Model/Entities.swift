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

/// Who a role suits, as its source descriptions say: the backgrounds and traits they
/// name, the constraints it conflicts with or meets, and the roles it leads to. Ids of
/// backgrounds and constraints come from `language/profile.yaml`. Used to recommend
/// roles and to say why in words.
public struct RoleFit: Sendable, Hashable {
    /// Background ids (`profile.yaml`) the role suits: "statistics", "law".
    public var backgrounds: [String]
    /// Traits (RIASEC, Big Five) the role calls for.
    public var traits: [Trait]
    /// Constraint ids the role meets ("stay-in-healthcare").
    public var meets: [String]
    /// Constraint ids that rule the role out ("no-phd", "not-technical").
    public var conflicts: [String]
    /// Role ids the sources name as the next step from this one.
    public var next: [String]
    public init(backgrounds: [String] = [], traits: [Trait] = [], meets: [String] = [],
                conflicts: [String] = [], next: [String] = []) {
        self.backgrounds = backgrounds; self.traits = traits; self.meets = meets
        self.conflicts = conflicts; self.next = next
    }
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
    public var fit: RoleFit
    public var sources: [String]
    public var background: String?
    public var location: SourceLocation?

    public init(id: String, name: String, aliases: [String] = [], summary: String, duties: [String] = [],
                skills: RoleSkills, tools: [String] = [], education: RoleEducation, levels: [Level] = [],
                salaries: [Salary] = [], outlook: [Fact] = [], related: [String] = [],
                industries: [String] = [], fit: RoleFit = .init(), sources: [String], background: String? = nil,
                location: SourceLocation? = nil) {
        self.fit = fit; self.background = background
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

public struct Resource: Entity, Hashable {
    public static let type = EntityType.resource
    public var id: String
    public var name: String
    public var aliases: [String]
    public var provider: String
    public var format: ResourceFormat
    public var cost: ResourceCost
    public var level: ResourceLevel
    /// Skill ids the resource teaches, as its sources say.
    public var topics: [String]
    /// Skill ids it also teaches that no source says it does: the advisor's knowledge,
    /// never cited to a source in answers.
    public var backgroundTopics: [String] = []
    public var url: String?
    public var description: String
    public var sources: [String]
    public var background: String?
    public var location: SourceLocation?

    public init(id: String, name: String, aliases: [String] = [], provider: String, format: ResourceFormat,
                cost: ResourceCost, level: ResourceLevel, topics: [String], url: String? = nil,
                description: String, sources: [String], background: String? = nil,
                location: SourceLocation? = nil) {
        self.background = background
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
