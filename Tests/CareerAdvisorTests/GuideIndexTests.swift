@testable import CareerAdvisor
import CareerKnowledge
import Testing

/// Ranking the experience advice and the market facts of the shipped knowledge.
@Suite struct GuideIndexTests {
    let guides = Fixture.advisor.composer.guides
    let reader = Fixture.advisor.reader

    /// Every advice, once each, whatever the question.
    @Test func everyAdviceIsRankedOnce() {
        for text in ["how do I get experience", "kaggle", "", "qwerty zxcv"] {
            let ranked = guides.rankExperience(reader.read(text)).map(\.title)
            #expect(ranked.sorted() == guides.experience.map(\.title).sorted(), "\(text)")
        }
    }

    /// The advice whose keywords the question uses comes first: Kaggle for a question about
    /// competitions, internships for one about an internship.
    @Test func theAdviceTheQuestionNamesComesFirst() {
        #expect(guides.rankExperience(reader.read("are kaggle competitions worth it?")).first?.title == "Kaggle competitions")
        #expect(guides.rankExperience(reader.read("how do I find an internship as a student"))
            .first?.title == "Internships and co-ops")
    }

    /// With nothing in the question to go by, the advice keeps the knowledge's order.
    @Test func equalScoresKeepTheKnowledgesOrder() {
        let ranked = guides.rankExperience(reader.read("qwerty zxcv")).map(\.title)
        #expect(ranked == guides.experience.map(\.title))
    }

    /// The advice counts each of its keyword stems once, however often the question says it.
    @Test func aRepeatedWordCountsOnce() {
        let once = guides.rankExperience(reader.read("kaggle")).map(\.title)
        let thrice = guides.rankExperience(reader.read("kaggle kaggle kaggle")).map(\.title)
        #expect(once == thrice)
    }
}
