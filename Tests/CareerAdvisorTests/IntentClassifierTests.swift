@testable import CareerAdvisor
import CareerKnowledge
import Testing

@Suite struct IntentClassifierTests {
    let advisor = Fixture.advisor

    func counts(_ types: [EntityType: Int]) -> IntentClassifier.TypeCounts {
        var counts = IntentClassifier.TypeCounts()
        for (type, n) in types { counts[type] = n }
        return counts
    }

    func classify(_ text: String, last: String? = nil, session: [EntityType: Int] = [:]) -> IntentClassifier.Result {
        advisor.classifier.classify(advisor.reader.read(text), context: .init(lastIntent: last, sessionTypes: counts(session)))
    }

    @Test func wordsInsideNamesAreNotEvidence() {
        // "learning" inside "machine learning engineer" is not a wish to learn.
        let r = classify("machine learning engineer")
        #expect(r.ranked[0].intent == "role.overview")
    }

    @Test func alternativesAreRankedAndConfidenceBounded() {
        let r = classify("what does a data scientist earn and what skills do they need")
        #expect(r.ranked.count >= 2)
        #expect(r.ranked.allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
        #expect(r.ranked[0].confidence >= r.ranked[1].confidence)
    }

    @Test func bareEntityFollowsTheSession() {
        #expect(classify("and data engineers?", last: "role.salary", session: [.role: 1]).ranked[0].intent == "role.salary")
        #expect(classify("and data engineers?").ranked[0].intent == "role.overview")
        #expect(classify("and remote?", last: "role.salary", session: [.role: 1]).inherited)
    }

    @Test func twoRolesNamedAloneAreACompare() {
        #expect(classify("data analyst or data engineer?").ranked[0].intent == "role.compare")
    }

    @Test func outOfScopeFallsBackWithoutContext() {
        #expect(classify("how do I become a nurse").ranked[0].intent == "fallback")
        #expect(classify("how do I become a data engineer").ranked[0].intent == "role.education")
    }

    @Test func missingRequirementIsPenalised() {
        let scores = Dictionary(uniqueKeysWithValues: classify("how much do they make").scores)
        let withRole = Dictionary(uniqueKeysWithValues: classify("how much do they make", last: "role.overview", session: [.role: 1]).scores)
        #expect((scores["role.salary"] ?? 0) < (withRole["role.salary"] ?? 0))
    }
}
