@testable import CareerAdvisor
import CareerKnowledge
import Testing

@Suite struct CatalogTests {
    /// The skill -> roles index answers as a scan of every role's lists does.
    @Test func rolesUsingASkillAreTheScansRoles() {
        let catalog = Fixture.advisor.catalog
        var listed = 0
        for id in catalog.knowledge.skills.map(\.id) + ["no-such-skill"] {
            let scan = catalog.knowledge.rolesUsing(skill: id)
            #expect(catalog.roles(using: id).map(\.id) == scan.map(\.id), "\(id)")
            let (core, useful) = catalog.roleIndices(using: id)
            let roles = catalog.knowledge.roles
            #expect(core.allSatisfy { roles[Int($0)].skills.core.contains(id) }, "\(id)")
            #expect(useful.allSatisfy { !roles[Int($0)].skills.core.contains(id) }, "\(id)")
            listed += scan.count
        }
        #expect(listed > 50)
    }

    /// The texts made at load are what the answers made on every ask: each salary's
    /// figure, and the outlook figures a comparison shows (own facts, then the market's
    /// that name the role; with a figure, not pay, each once).
    @Test func roleTextsAreTheAnswersTexts() {
        let catalog = Fixture.advisor.catalog
        var figures = 0, outlook = 0
        for role in catalog.knowledge.roles {
            let texts = catalog.texts(of: role)
            #expect(texts.figures == role.salaries.map(Format.figure), "\(role.id)")
            var seen = Set<String>()
            let expected = (role.outlook + catalog.knowledge.market.filter { $0.roles.contains(role.id) })
                .filter { $0.figure != nil && $0.topic != "compensation" }
                .filter { seen.insert([$0.topic, $0.figure ?? "", $0.source].joined(separator: "|")).inserted }
            #expect(texts.outlookFigures == expected, "\(role.id)")
            figures += texts.figures.count
            outlook += texts.outlookFigures.count
        }
        #expect(figures > 30)
        #expect(outlook > 10)
    }
}
