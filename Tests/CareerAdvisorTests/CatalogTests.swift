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
}
