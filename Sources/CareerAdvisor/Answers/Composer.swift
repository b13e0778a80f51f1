import CareerKnowledge

/// Writes the answer for a resolved request, one method per intent (spread over the
/// files of `Answers/`). Everything it says comes from the knowledge base; fixed texts
/// come from `language/responses.yaml`. Pure and thread-safe.
struct Composer: Sendable {
    let catalog: Catalog
    let index: EntityIndex
    let guides: GuideIndex
    let responses: Responses
    /// skill id -> positions in the knowledge base's resources of those teaching it, best
    /// first: those listing it earliest among their topics, then free before free-to-audit
    /// before paid. Built once per load. Positions, not copies of the resources: at 100k
    /// entities the copies held about 40 MB (docs/PERFORMANCE.md).
    let resourcesBySkill: [String: [Int32]]
    /// Answers of intents that have no composer here, from `answer` in `intents.yaml`.
    var templated = StringTable<TemplateAnswer>()

    /// `ranked`: `resourcesBySkill(catalog)` when the caller has it (a large knowledge
    /// base ranks them beside the entity index's build); computed here otherwise.
    init(catalog: Catalog, index: EntityIndex, guides: GuideIndex, responses: Responses,
         ranked: [String: [Int32]]? = nil) {
        self.catalog = catalog
        self.index = index
        self.guides = guides
        self.responses = responses
        resourcesBySkill = ranked ?? Self.resourcesBySkill(catalog)
    }

    /// `resourcesBySkill` of a catalog. Pure; safe on any thread.
    static func resourcesBySkill(_ catalog: Catalog) -> [String: [Int32]] {
        // Sorted on keys computed once per (resource, skill): the comparator once looked
        // the ranks up on every comparison (9% of a 10k-entity start).
        let costRank: [ResourceCost: Int] = [.free: 0, .freeToAudit: 1, .paid: 2]
        let resources = catalog.knowledge.resources
        var keyed: [String: [(rank: Int, cost: Int, index: Int)]] = [:]
        // Sourced topics first; a topic only the advisor knows of ranks after them.
        for (i, r) in resources.enumerated() {
            for (k, t) in r.topics.enumerated() where !r.topics[..<k].contains(t) {
                keyed[t, default: []].append((k, costRank[r.cost] ?? 3, i))
            }
            for (k, t) in r.backgroundTopics.enumerated() where !r.topics.contains(t) && !r.backgroundTopics[..<k].contains(t) {
                keyed[t, default: []].append((100 + k, costRank[r.cost] ?? 3, i))
            }
        }
        // Ties go by id, through each resource's place in id order: the loader's order
        // already, so usually no string is compared (at 100k entities, comparing ids took
        // 0.15 s of the start).
        var idPlace = Array(resources.indices)
        if !resources.indices.dropFirst().allSatisfy({ resources[$0 - 1].id < resources[$0].id }) {
            let order = resources.indices.sorted { resources[$0].id < resources[$1].id }
            for (place, i) in order.enumerated() { idPlace[i] = place }
        }
        var by: [String: [Int32]] = [:]
        by.reserveCapacity(keyed.count)
        for (skill, list) in keyed {
            by[skill] = list.sorted {
                ($0.rank, $0.cost, idPlace[$0.index]) < ($1.rank, $1.cost, idPlace[$1.index])
            }.map { Int32($0.index) }
        }
        return by
    }

    func compose(_ r: Request, into b: inout AnswerBuilder) {
        switch r.intent {
        case "role.overview": overview(r, &b)
        case "role.salary": salary(r, &b)
        case "role.skills": skills(r, &b)
        case "role.education": education(r, &b)
        case "role.compare": compare(r, &b)
        case "role.outlook": outlook(r, &b)
        case "role.recommend": recommend(r, &b)
        case "role.gap": gap(r, &b)
        case "skill.roles": skillRoles(r, &b)
        case "resource.find": resources(r, &b)
        case "certification.list": certifications(r, &b)
        case "roadmap": roadmap(r, &b)
        case "experience.build": experience(r, &b)
        case "trend.list": trends(r, &b)
        case "market.stats": market(r, &b)
        case "personality.fit": personality(r, &b)
        case "smalltalk": smalltalk(r, &b)
        case "help": help(r, &b)
        default:
            if let t = templated[r.intent] { t.compose(r, &b) } else { fallback(r, &b) }
        }
    }

    func text(_ key: String) -> String { responses.texts[key] ?? "" }

    /// The citation of a resource offered for a skill: its sources when they say it
    /// teaches the skill; otherwise the mark of the advisor's own note.
    func cite(_ res: Resource, for skill: String, _ b: inout AnswerBuilder) -> String {
        res.topics.contains(skill) ? b.cite(res.sources) : "(advisor's note: the sources do not say it teaches this)"
    }

    /// The positions in `catalog.knowledge.resources` of the resources teaching `skill`,
    /// in rank order (those listing it earliest among their topics first, then free
    /// before free to audit before paid), of `cost` when given (free includes free to
    /// audit): every answer that offers resources for a skill walks these.
    func resourcePositions(for skill: String, cost: ResourceCost? = nil) -> some Sequence<Int> {
        let all = catalog.knowledge.resources
        return (resourcesBySkill[skill] ?? []).lazy.map { Int($0) }.filter { Self.costs(all[$0], cost) }
    }

    /// The first learning resource for a skill: the one listing it earliest among its
    /// topics, free ones first.
    func bestResource(for skill: String, cost: ResourceCost? = nil) -> Resource? {
        for position in resourcePositions(for: skill, cost: cost) { return catalog.knowledge.resources[position] }
        return nil
    }

    /// The resources teaching `skill` in rank order, of `cost` when given. One
    /// allocation: the list's size is known.
    func resources(for skill: String, cost: ResourceCost? = nil) -> [Resource] {
        let all = catalog.knowledge.resources
        var out: [Resource] = []
        out.reserveCapacity(resourcesBySkill[skill]?.count ?? 0)
        for position in resourcePositions(for: skill, cost: cost) { out.append(all[position]) }
        return out
    }

    private static func costs(_ resource: Resource, _ cost: ResourceCost?) -> Bool {
        cost == nil || resource.cost == cost || (cost == .free && resource.cost == .freeToAudit)
    }
}
