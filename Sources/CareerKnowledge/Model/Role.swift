// A role and what it holds: its skills, education and fit (an `Entity`, see
// Entities.swift).

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
    /// The fields, in one box shared by the copies until one of them is changed
    /// (`CopyOnWriteBox`): a copy of a role (an answer's request holds the roles it names)
    /// is one retain, not one per each of its 28 strings and arrays, and the same for its
    /// release. Equal and hashed as its fields.
    @usableFromInline var storage: CopyOnWriteBox<Stored>

    @usableFromInline struct Stored: Hashable, Sendable {
        @usableFromInline var id: String
        @usableFromInline var name: String
        @usableFromInline var aliases: [String]
        @usableFromInline var summary: String
        @usableFromInline var duties: [String]
        @usableFromInline var skills: RoleSkills
        @usableFromInline var tools: [String]
        @usableFromInline var education: RoleEducation
        @usableFromInline var levels: [Level]
        @usableFromInline var salaries: [Salary]
        @usableFromInline var outlook: [Fact]
        @usableFromInline var related: [String]
        @usableFromInline var industries: [String]
        @usableFromInline var fit: RoleFit
        @usableFromInline var sources: [String]
        @usableFromInline var background: String?
        @usableFromInline var location: SourceLocation?
    }

    /// The fields for a change, copied out of a box another copy shares.
    @usableFromInline var fields: Stored {
        get { storage.value }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = CopyOnWriteBox(storage.value) }
            yield &storage.value
        }
    }

    @inlinable public var id: String {
        get { storage.value.id }
        _modify { yield &fields.id }
    }
    @inlinable public var name: String {
        get { storage.value.name }
        _modify { yield &fields.name }
    }
    @inlinable public var aliases: [String] {
        get { storage.value.aliases }
        _modify { yield &fields.aliases }
    }
    @inlinable public var summary: String {
        get { storage.value.summary }
        _modify { yield &fields.summary }
    }
    @inlinable public var duties: [String] {
        get { storage.value.duties }
        _modify { yield &fields.duties }
    }
    @inlinable public var skills: RoleSkills {
        get { storage.value.skills }
        _modify { yield &fields.skills }
    }
    /// Named tools and products (Tableau, SageMaker), free text.
    @inlinable public var tools: [String] {
        get { storage.value.tools }
        _modify { yield &fields.tools }
    }
    @inlinable public var education: RoleEducation {
        get { storage.value.education }
        _modify { yield &fields.education }
    }
    /// Levels at which the sources describe this role.
    @inlinable public var levels: [Level] {
        get { storage.value.levels }
        _modify { yield &fields.levels }
    }
    @inlinable public var salaries: [Salary] {
        get { storage.value.salaries }
        _modify { yield &fields.salaries }
    }
    @inlinable public var outlook: [Fact] {
        get { storage.value.outlook }
        _modify { yield &fields.outlook }
    }
    @inlinable public var related: [String] {
        get { storage.value.related }
        _modify { yield &fields.related }
    }
    @inlinable public var industries: [String] {
        get { storage.value.industries }
        _modify { yield &fields.industries }
    }
    @inlinable public var fit: RoleFit {
        get { storage.value.fit }
        _modify { yield &fields.fit }
    }
    @inlinable public var sources: [String] {
        get { storage.value.sources }
        _modify { yield &fields.sources }
    }
    @inlinable public var background: String? {
        get { storage.value.background }
        _modify { yield &fields.background }
    }
    @inlinable public var location: SourceLocation? {
        get { storage.value.location }
        _modify { yield &fields.location }
    }

    public init(id: String, name: String, aliases: [String] = [], summary: String, duties: [String] = [],
                skills: RoleSkills, tools: [String] = [], education: RoleEducation, levels: [Level] = [],
                salaries: [Salary] = [], outlook: [Fact] = [], related: [String] = [],
                industries: [String] = [], fit: RoleFit = .init(), sources: [String], background: String? = nil,
                location: SourceLocation? = nil) {
        storage = CopyOnWriteBox(Stored(
            id: id, name: name, aliases: aliases, summary: summary, duties: duties, skills: skills, tools: tools,
            education: education, levels: levels, salaries: salaries, outlook: outlook, related: related,
            industries: industries, fit: fit, sources: sources, background: background, location: location))
    }

}
