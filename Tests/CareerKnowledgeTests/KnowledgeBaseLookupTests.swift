import Testing
import CareerKnowledge

@Suite struct KnowledgeBaseLookupTests {
    @Test func rolesUsingASkillListCoreUsersFirst() throws {
        let knowledge = try KnowledgeLoader.load(directory: Fixtures.valid)
        #expect(knowledge.rolesUsing(skill: "python").map(\.id) == ["data-analyst", "data-scientist"])
        #expect(knowledge.rolesUsing(skill: "sql").map(\.id) == ["data-analyst", "data-scientist"])
        #expect(knowledge.rolesUsing(skill: "probability-statistics").map(\.id) == ["data-scientist", "data-analyst"])
        #expect(knowledge.rolesUsing(skill: "kubernetes").isEmpty)
    }

    @Test func lookupsById() throws {
        let knowledge = try KnowledgeLoader.load(directory: Fixtures.valid)
        #expect(knowledge.role(id: "data-scientist")?.name == "Data Scientist")
        #expect(knowledge.skill(id: "sql")?.category == .language)
        #expect(knowledge.resource(id: "khan-academy")?.cost == .free)
        #expect(knowledge.certification(id: "cloud-ml-cert")?.roles == ["data-scientist"])
        #expect(knowledge.trend(id: "edge-ai")?.aliases == ["on-device AI"])
        #expect(knowledge.source(id: "nope") == nil)
        #expect(knowledge.resources(teaching: "probability-statistics").map(\.id) == ["khan-academy"])
    }
}
