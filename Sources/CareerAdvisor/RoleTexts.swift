import CareerKnowledge

/// What the answers say of one role whatever the question: each salary's figure in
/// words, and the outlook figures a comparison shows. Made once per knowledge load, by
/// `Catalog`, so that `ask` reads them rather than formatting them again: a comparison of
/// two well-documented roles formatted two dozen money figures and copied every market
/// fact per role, up to 600,000 instructions for one answer (docs/PERFORMANCE.md,
/// "Twelfth round"). Immutable, safe to share between threads.
struct RoleTexts: Sendable {
    /// `Format.figure` of each of the role's salaries, in `Role.salaries` order.
    var figures: [String]
    /// The role's figures a comparison shows topic by topic: its own outlook facts, then
    /// the market facts that name it, those with a figure and not about pay, each
    /// (topic, figure, source) once.
    var outlookFigures: [Fact]

    /// The texts of `role`; `market` is the knowledge's market facts that name it.
    init(_ role: Role, market: [Fact]) {
        figures = role.salaries.map(Format.figure)
        var seen = Set<String>()
        outlookFigures = (role.outlook + market)
            .filter { $0.figure != nil && $0.topic != "compensation" }
            .filter { seen.insert([$0.topic, $0.figure ?? "", $0.source].joined(separator: "|")).inserted }
    }

    /// The texts of every role of `knowledge`, in `knowledge.roles` order. Market facts
    /// are grouped by role first: scanning them per role grew with roles x facts.
    static func all(_ knowledge: KnowledgeBase, roles: IdTable) -> [RoleTexts] {
        var market = [[Fact]](repeating: [], count: knowledge.roles.count)
        for fact in knowledge.market {
            var named: [Int] = []
            for id in fact.roles {
                guard let i = roles[id], !named.contains(i) else { continue }
                named.append(i)
                market[i].append(fact)
            }
        }
        return knowledge.roles.indices.map { RoleTexts(knowledge.roles[$0], market: market[$0]) }
    }
}
