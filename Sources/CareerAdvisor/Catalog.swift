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
public struct Catalog: Sendable {
    public let knowledge: KnowledgeBase
    let roles: [String: Role]
    let skills: [String: Skill]
    let resources: [String: Resource]
    let certifications: [String: Certification]
    let trends: [String: Trend]
    let sources: [String: Source]

    public init(_ knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        roles = Dictionary(knowledge.roles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        skills = Dictionary(knowledge.skills.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        resources = Dictionary(knowledge.resources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        certifications = Dictionary(knowledge.certifications.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        trends = Dictionary(knowledge.trends.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sources = Dictionary(knowledge.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func role(_ id: String) -> Role? { roles[id] }
    public func skill(_ id: String) -> Skill? { skills[id] }
    public func resource(_ id: String) -> Resource? { resources[id] }
    public func certification(_ id: String) -> Certification? { certifications[id] }
    public func trend(_ id: String) -> Trend? { trends[id] }
    public func source(_ id: String) -> Source? { sources[id] }

    /// Roles that list the skill, core users first (derived from the roles' lists).
    public func roles(using skill: String) -> [Role] { knowledge.rolesUsing(skill: skill) }

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
        case .role: roles[id]
        case .skill: skills[id]
        case .resource: resources[id]
        case .certification: certifications[id]
        case .trend: trends[id]
        }
    }

    public func ref(_ type: EntityType, _ id: String) -> EntityRef? {
        entity(type, id).map { EntityRef(type: type, id: $0.id, name: $0.name) }
    }

    public func skillName(_ id: String) -> String { skills[id]?.name ?? id }
    public func roleName(_ id: String) -> String { roles[id]?.name ?? id }

    public var counts: [EntityType: Int] {
        [.role: knowledge.roles.count, .skill: knowledge.skills.count, .resource: knowledge.resources.count,
         .certification: knowledge.certifications.count, .trend: knowledge.trends.count]
    }
}
