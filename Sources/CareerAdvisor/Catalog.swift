import CareerKnowledge

/// A reference to one entity: what the wire reports (`type`, `id`, `name`).
public struct EntityRef: Sendable, Hashable {
    public var type: EntityType
    public var id: String
    public var name: String
    public init(type: EntityType, id: String, name: String) {
        self.type = type; self.id = id; self.name = name
    }
}

/// Id lookups over a `KnowledgeBase`, built once per knowledge load. Immutable and
/// safe to share between threads.
///
/// The tables hold each entity's position in the knowledge base's arrays, not a copy of
/// it: a copy of every entity was 30 MB at 100k entities. They are `IdTable`s, hashed
/// without SipHash: an ask looks ids up about twenty times. A class, so that the many
/// holders of it on the `ask` path (each answer's builder, closures of the composers) share
/// one reference rather than copying the knowledge base's arrays and dictionaries, a
/// retain and a release of each per copy.
public final class Catalog: Sendable {
    public let knowledge: KnowledgeBase
    let roles: IdTable
    let skills: IdTable
    let resources: IdTable
    let certifications: IdTable
    let trends: IdTable
    let sources: IdTable
    /// Each entity's reference, in `allEntities` order: the entity index's documents and
    /// the lexicon's `Surface.ref` are positions in it. Built once here, so that the two
    /// (built side by side at 100k) share one array.
    let refs: [EntityRef]
    /// skill id (`skillsListed`, a position in `rolesBySkill`) -> the positions in
    /// `knowledge.roles` of the roles listing it as core, and of those listing it only as
    /// useful, each in role order: `skill.roles` asked every role's lists per skill (a scan
    /// of all roles, growing with the knowledge).
    private let skillsListed: IdTable
    private let rolesBySkill: [(core: [Int32], useful: [Int32])]
    /// Each role's question-independent texts, in `knowledge.roles` order (`texts(of:)`).
    let roleTexts: [RoleTexts]
    /// Each role's skills as `role.recommend` weighs them, in `knowledge.roles` order.
    let skillUnits: [RoleSkillUnits?]
    /// Each source's line in an answer's source list after its number, in
    /// `knowledge.sources` order: "] title, publisher (date)". Made once, not per answer
    /// (writing it piece by piece was about 2% of an ask's instructions).
    let sourceLines: [String]

    public init(_ knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        roles = IdTable(knowledge.roles.lazy.map(\.id))
        skills = IdTable(knowledge.skills.lazy.map(\.id))
        resources = IdTable(knowledge.resources.lazy.map(\.id))
        certifications = IdTable(knowledge.certifications.lazy.map(\.id))
        trends = IdTable(knowledge.trends.lazy.map(\.id))
        sources = IdTable(knowledge.sources.lazy.map(\.id))
        var refs: [EntityRef] = []
        refs.reserveCapacity(knowledge.roles.count + knowledge.skills.count + knowledge.resources.count
                             + knowledge.certifications.count + knowledge.trends.count)
        func add(_ entities: [some Entity]) {
            for e in entities { refs.append(EntityRef(type: type(of: e).type, id: e.id, name: e.name)) }
        }
        add(knowledge.roles); add(knowledge.skills); add(knowledge.resources)
        add(knowledge.certifications); add(knowledge.trends)
        self.refs = refs
        var bySkill: [String: (core: [Int32], useful: [Int32])] = [:]
        for (i, role) in knowledge.roles.enumerated() {
            for id in role.skills.core where !(bySkill[id]?.core.last == Int32(i)) {
                bySkill[id, default: ([], [])].core.append(Int32(i))
            }
            for id in role.skills.useful where !role.skills.core.contains(id) && !(bySkill[id]?.useful.last == Int32(i)) {
                bySkill[id, default: ([], [])].useful.append(Int32(i))
            }
        }
        let listed = Array(bySkill.keys)
        skillsListed = IdTable(listed)
        rolesBySkill = listed.map { bySkill[$0]! }
        roleTexts = RoleTexts.all(knowledge, roles: roles)
        let skills = skills
        skillUnits = knowledge.roles.map { RoleSkillUnits($0, skills: skills) }
        sourceLines = knowledge.sources.map {
            "] \($0.title), \($0.publisher) (\($0.isDated ? $0.date : "undated: the document gives no date"))"
        }
    }

    public func role(_ id: String) -> Role? { roles[id].map { knowledge.roles[$0] } }
    public func skill(_ id: String) -> Skill? { skills[id].map { knowledge.skills[$0] } }
    public func resource(_ id: String) -> Resource? { resources[id].map { knowledge.resources[$0] } }
    public func certification(_ id: String) -> Certification? { certifications[id].map { knowledge.certifications[$0] } }
    public func trend(_ id: String) -> Trend? { trends[id].map { knowledge.trends[$0] } }
    /// The position in `knowledge.sources` of the source with this id, without copying
    /// the source out (every citation asks, and the answer's list reads it by position).
    public func sourceIndex(_ id: String) -> Int? { sources[id] }

    /// Roles that list the skill, core users first (derived from the roles' lists).
    public func roles(using skill: String) -> [Role] {
        let (core, useful) = roleIndices(using: skill)
        return (core + useful).map { knowledge.roles[Int($0)] }
    }

    /// The positions in `knowledge.roles` of the roles listing the skill as core, and of
    /// those listing it only as useful, each in role order.
    func roleIndices(using skill: String) -> (core: [Int32], useful: [Int32]) { skillsListed[skill].map { rolesBySkill[$0] } ?? ([], []) }

    /// The texts of a role of this knowledge; those of a role from elsewhere (none on the
    /// `ask` path) are made on the spot.
    func texts(of role: Role) -> RoleTexts {
        if let i = roles[role.id] { return roleTexts[i] }
        return RoleTexts(role, market: knowledge.market.filter { $0.roles.contains(role.id) })
    }

    /// Every entity of every type, in a stable order (type, then id).
    public var allEntities: [any Entity] {
        knowledge.roles + knowledge.skills + knowledge.resources + knowledge.certifications + knowledge.trends
    }

    public func entities(of type: EntityType) -> [any Entity] {
        switch type {
        case .role: knowledge.roles
        case .skill: knowledge.skills
        case .resource: knowledge.resources
        case .certification: knowledge.certifications
        case .trend: knowledge.trends
        }
    }

    public func entity(_ type: EntityType, _ id: String) -> (any Entity)? {
        switch type {
        case .role: role(id)
        case .skill: skill(id)
        case .resource: resource(id)
        case .certification: certification(id)
        case .trend: trend(id)
        }
    }

    public func ref(_ type: EntityType, _ id: String) -> EntityRef? {
        entity(type, id).map { EntityRef(type: type, id: $0.id, name: $0.name) }
    }

    /// A skill's category, without copying the skill out (answers order skills by it).
    func skillCategory(_ id: String) -> SkillCategory? { skills[id].map { knowledge.skills[$0].category } }
    public func skillName(_ id: String) -> String { skills[id].map { knowledge.skills[$0].name } ?? id }
    public func roleName(_ id: String) -> String { roles[id].map { knowledge.roles[$0].name } ?? id }

    /// Number of entities of every type.
    public var entityCount: Int {
        knowledge.roles.count + knowledge.skills.count + knowledge.resources.count
            + knowledge.certifications.count + knowledge.trends.count
    }

    public var counts: [EntityType: Int] {
        [.role: knowledge.roles.count, .skill: knowledge.skills.count, .resource: knowledge.resources.count,
         .certification: knowledge.certifications.count, .trend: knowledge.trends.count]
    }
}
