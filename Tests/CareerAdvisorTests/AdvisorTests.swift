@testable import CareerAdvisor
import CareerKnowledge
import Testing

/// Whole-advisor behaviour over the shipped knowledge: one question in, one answer out.
@Suite struct AdvisorTests {
    @Test(arguments: [
        ("how much do data engineers get paid", "role.salary", "data-engineer"),
        ("what's the pay like for an nlp engineer", "role.salary", "nlp-engineer"),
        ("explain what a prompt engineer does", "role.overview", "prompt-engineer"),
        ("which languages should an ai software developer know", "role.skills", "ai-software-developer"),
        ("is a phd required for research scientists", "role.education", "ai-research-scientist"),
        ("future of mlops engineers", "role.outlook", "mlops-engineer"),
        ("automl engineer", "role.overview", "automl-engineer"),
    ])
    func intentAndRole(question: String, intent: String, role: String) {
        let a = Fixture.ask(question)
        #expect(a.intent == intent, "\(question)")
        #expect(a.names(.role).contains(role), "\(question): \(a.entities)")
    }

    @Test func salaryShowsEveryFigureWithItsSource() {
        let a = Fixture.ask("what does a machine learning engineer earn")
        #expect(a.intent == "role.salary")
        for figure in ["110000", "145000", "140000", "67240", "120230"] {
            #expect(a.plain.contains(figure), "missing \(figure)")
        }
        #expect(Set(a.sources.map(\.id)).count >= 4, "ML engineer pay comes from four sources")
        #expect(a.text.contains("[1]") && a.text.contains("Sources:"))
    }

    @Test func salaryNarrowsToLevelAndRegion() {
        let a = Fixture.ask("junior ml engineer salary in the uk")
        #expect(a.level == .entry && a.region == .uk)
        #expect(a.plain.contains("£45000"))
        #expect(!a.plain.contains("$"), "only UK figures: \(a.text)")
    }

    @Test func compareNamesBothRoles() {
        let a = Fixture.ask("data engineer versus data analyst, which is better?")
        #expect(a.intent == "role.compare")
        #expect(Set(a.names(.role)) == ["data-engineer", "data-analyst"])
    }

    @Test func ambiguousNameTakesTheTypeTheIntentNeeds() {
        #expect(Fixture.ask("mle vs mlops").names(.role).contains("mlops-engineer"))
        #expect(Fixture.ask("where can I learn mlops").names(.skill).contains("mlops"))
    }

    @Test func typosAreTolerated() {
        let a = Fixture.ask("machin lerning enginer salery")
        #expect(a.intent == "role.salary")
        #expect(a.names(.role) == ["machine-learning-engineer"])
    }

    @Test(arguments: ["what is the capital of France", "play some music", "qwerty zxcv", "how do I become a nurse",
                      "recipe for banana bread", "who won the football match yesterday"])
    func offTopicFallsBack(question: String) {
        let a = Fixture.ask(question)
        #expect(a.intent == "fallback", "\(question) -> \(a.intent)")
        #expect(a.entities.isEmpty)
    }

    @Test func oneSharedWordDoesNotDecide() {
        let a = Fixture.ask("I need a job")
        #expect(a.names(.role).isEmpty)
        #expect(a.intent != "role.skills" && a.intent != "role.overview")
    }

    @Test func everyAnswerOffersSuggestionsAndConfidence() {
        for q in ["hello", "what can you do", "data scientist salary", "free courses for NLP", "trends in AI"] {
            let a = Fixture.ask(q)
            #expect(!a.suggestions.isEmpty, "\(q)")
            #expect(a.confidence > 0 && a.confidence <= 1, "\(q)")
        }
    }

    @Test func gapListsMissingSkillsWithResources() {
        let a = Fixture.ask("I know Python and SQL and want to become a data engineer, what am I missing?")
        #expect(a.intent == "role.gap")
        #expect(a.plain.contains("spark"))
        #expect(!a.plain.contains("1. python"), "known skills are not listed as missing")
    }

    @Test func recommendExplainsWhy() {
        let a = Fixture.ask("I have a background in law, what AI job could I do")
        #expect(a.intent == "role.recommend")
        #expect(a.text.contains("AI Ethics"))
        #expect(a.text.contains("Why:"))
    }

    @Test func freeResourcesAreFree() {
        let a = Fixture.ask("free courses for nlp")
        #expect(a.intent == "resource.find")
        #expect(a.plain.contains("cs224n"))
        #expect(!a.plain.contains(" paid"))
    }

    @Test func searchRanksNamesFirst() {
        let hits = Fixture.advisor.search("kubernetes", type: nil, limit: 5)
        #expect(hits.first?.ref.id == "kubernetes")
        #expect(Fixture.advisor.search("kubernetes", type: .role, limit: 5).allSatisfy { $0.ref.type == .role })
    }

    /// Built side by side (as a large knowledge base is) or in turn, the advisor is the
    /// same: same answers, same search hits, same model.
    @Test func buildingSideBySideGivesTheSameAdvisor() throws {
        let knowledge = try KnowledgeLoader.load(directory: Fixture.directory)
        let a = Advisor(knowledge: knowledge, sideBySideFrom: 0)
        let b = Advisor(knowledge: knowledge, sideBySideFrom: .max)
        #expect(a.modelExamples == b.modelExamples && a.modelExamples > 0)
        for q in ["how much does an mlops engineer make?", "I know python and sql, what fits me?",
                  "ml engineer vs data scientist", "free courses for nlp", "hello"] {
            var s1 = SessionState(), s2 = SessionState()
            let (x, y) = (a.ask(q, session: &s1), b.ask(q, session: &s2))
            #expect(x.intent == y.intent && x.text == y.text && x.confidence == y.confidence, "\(q)")
            #expect(a.search(q, limit: 5) == b.search(q, limit: 5))
        }
    }

    /// A query that is exactly a name or an alias, in any case and spacing, ranks that
    /// entity first with score 1 (names are looked up by hash and confirmed).
    @Test func exactNamesAndAliasesComeFirst() {
        for query in ["  KUBERNETES ", "Container Orchestration", "k8s"] {
            let hits = Fixture.advisor.search(query, type: nil, limit: 3)
            #expect(hits.first?.ref.id == "kubernetes" && hits.first?.score == 1, "\(query)")
        }
        #expect(Fixture.advisor.search("container orchestration", type: .role, limit: 3).allSatisfy { $0.ref.type == .role })
        #expect(Fixture.advisor.search("kubernetes orchestration", type: nil, limit: 3).allSatisfy { $0.score < 1 })
    }
}
