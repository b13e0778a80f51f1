import CareerKnowledge
import CareerSearch
import Testing
@testable import CareerAdvisor

@Suite struct EntityIndexTests {
    /// Analysed in parts on several threads and appended, the index is the one built in
    /// one pass: the same hits with the same scores, bit for bit, and the same exact names.
    @Test(arguments: [2, 3, 7])
    func partsGiveTheSameIndex(parts: Int) throws {
        let knowledge = try KnowledgeLoader.load(directory: Fixture.directory)
        let catalog = Catalog(knowledge)
        let analyzer = Analyzer(stopwords: knowledge.vocabulary.stopwords)
        let whole = EntityIndex(catalog: catalog, analyzer: analyzer)
        let split = EntityIndex(catalog: catalog, analyzer: analyzer, parts: parts, minimumPart: 1)
        #expect(split.index.termCount == whole.index.termCount)
        #expect(Set(split.index.terms) == Set(whole.index.terms))
        for query in ["mlops engineer salary", "python", "kubernetes", "K8s", "free courses for nlp",
                      "deep learning specialization", "prompt engineering", "data scientist vs ml engineer"] {
            for type in [nil] + EntityType.allCases.map(Optional.some) {
                #expect(split.search(query, type: type, limit: 10) == whole.search(query, type: type, limit: 10),
                        "\(query) \(String(describing: type))")
            }
        }
    }
}
