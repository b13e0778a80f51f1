@testable import CareerAdvisor
import CareerKnowledge
import Testing

/// `Answer.salaries` carries exactly the figures the answer's text shows, so that a client
/// drawing them (career's bars) draws what the text says. The composers record each band
/// as they write it (`AnswerBuilder.show`); ceilings are text only, never bars.
@Suite struct SalaryFiguresTests {
    @Test(arguments: [
        "what does a machine learning engineer earn",
        "senior ML engineer pay in the UK",
        "entry level data analyst salary",
        "data scientist salary in the US",
        "AI engineer vs ML engineer",
        "data scientist vs machine learning engineer",
    ])
    func everyFigureIsInTheText(question: String) {
        let a = Fixture.ask(question)
        #expect(["role.salary", "role.compare"].contains(a.intent), "\(question): \(a.intent)")
        #expect(!a.salaries.isEmpty, "\(question)")
        let cited = Set(a.sources.map(\.id))
        for s in a.salaries {
            #expect(a.text.contains(Format.figure(s.salary)), "\(question): \(Format.figure(s.salary)) not in \(a.text)")
            #expect(cited.contains(s.salary.source), "\(question): \(s.salary.source)")
            #expect(a.names(.role).contains(s.role.id))
        }
    }

    @Test func salaryShowsEveryFigureOfTheRoleWhenNothingNarrowsIt() {
        let a = Fixture.ask("what does a machine learning engineer earn")
        let role = Fixture.advisor.catalog.role("machine-learning-engineer")!
        #expect(a.salaries.map(\.salary) == role.salaries.filter { $0.kind == .band })
    }

    @Test func levelAndRegionNarrowTheFigures() {
        let a = Fixture.ask("senior ML engineer pay in the UK")
        #expect(!a.salaries.isEmpty)
        #expect(a.salaries.allSatisfy { $0.salary.level == .senior && $0.salary.region == .uk })
    }

    @Test func compareGivesFiguresForEachRole() {
        let a = Fixture.ask("AI engineer vs ML engineer")
        #expect(Set(a.salaries.map(\.role.id)) == ["ai-engineer", "machine-learning-engineer"])
        #expect(a.salaries.allSatisfy { $0.salary.region == .us || $0.salary.region == nil })
    }

    /// No UK band for either role: the text says so and there is nothing to draw.
    @Test(arguments: ["what does a data engineer do", "which skills do I need for NLP", "hello",
                      "data scientist vs data engineer in the UK"])
    func otherAnswersCarryNone(question: String) {
        #expect(Fixture.ask(question).salaries.isEmpty)
    }
}
