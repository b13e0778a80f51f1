import Foundation
import Testing
import CareerAdvisor
import CareerKnowledge

/// Answers that use what the person says about themselves: recommend (occupation,
/// interests, constraints), gap (order, resources, plan), how long and what it costs,
/// and comparisons that say where a figure exists for one role only.
@Suite struct ProfileAnswerTests {
    @Test func recommendUsesAnOccupationAndAnInterest() throws {
        let a = Fixture.ask("I'm a teacher who likes maths and knows some Python. Which role fits me?")
        #expect(a.intent == "role.recommend")
        #expect(a.text.contains("your background in teaching"))
        #expect(a.text.contains("from teaching you bring Communication"))
        #expect(a.text.contains("you like maths, and it works with"))
        #expect(a.text.contains("you know Python"))
        #expect(!a.text.contains("matches:"), "no bare words of the question count as reasons")
        #expect(a.text.contains("Advisor's note (not from the sources): which skills a background"))
    }

    @Test func recommendNamesTheStepUpFromTheData() {
        let a = Fixture.ask("I'm a statistics student and I know SQL, what role fits me?")
        #expect(a.text.contains("1. Data Scientist"))
        #expect(a.text.contains("the sources name statistics among the backgrounds that suit it"))
        let analyst = Fixture.ask("I know SQL and Excel, which role fits me?")
        #expect(analyst.text.contains("1. Data Analyst"))
        #expect(analyst.text.contains("The nearest step up: Data Scientist and Machine Learning Engineer"))
    }

    @Test func constraintsRankRuledOutRolesLast() throws {
        let a = Fixture.ask("I'm a nurse, not technical, and I don't want to leave healthcare. What AI job suits me?")
        #expect(a.intent == "role.recommend")
        let lines = a.text.split(separator: "\n")
        let first = try #require(lines.first { $0.hasPrefix("1. ") })
        #expect(first.contains("AI Product Manager") || first.contains("Data Analyst"))
        #expect(a.text.contains("it suits \"not technical\""))
        #expect(a.text.contains("From nursing and healthcare you bring Domain Knowledge"))
        let phd = Fixture.ask("I have no PhD but I love research and maths, which AI role fits me?")
        #expect(!(phd.text.split(separator: "\n").first { $0.hasPrefix("1. ") } ?? "").contains("Research Scientist"))
    }

    @Test func gapListsFoundationsFirstWithOneResourceEachAndAPlan() throws {
        let answers = Fixture.conversation(["I know Python and SQL",
                                            "what am I missing to become an ML engineer? free resources please"])
        let a = answers[1]
        #expect(a.intent == "role.gap")
        let lines = a.text.split(separator: "\n")
        func index(_ name: String) throws -> Int { try #require(lines.firstIndex { $0.range(of: #"^\d+\. "#, options: .regularExpression) != nil && $0.contains(name) }) }
        #expect(try index("Linear Algebra") < index("Machine Learning (core)"))
        #expect(try index("Machine Learning (core)") < index("PyTorch"))
        #expect(try index("PyTorch") < index("Kubernetes"))
        let numbered = lines.filter { $0.range(of: #"^\d+\. "#, options: .regularExpression) != nil }
        for line in numbered {
            #expect(line.contains("free") || line.contains("no free resource"), "\(line)")
            #expect(!line.contains("paid"), "\(line)")
        }
        #expect(!numbered.contains { $0.contains("Python") }, "known skills are not missing")
        #expect(a.text.contains("You already have: Python and SQL."))
        #expect(a.text.contains("Plan: "))
    }

    @Test func howLongAnswersWithTheSourcesFiguresEachWithItsSource() throws {
        let a = Fixture.ask("how long does it take to become an ML engineer")
        for figure in ["4-7 years", "3-12 months", "12 months", "$0-$120K+"] {
            let line = try #require(a.text.split(separator: "\n").first { $0.contains(figure) }, "\(figure)")
            #expect(line.contains("["), "\(figure) has its source")
        }
        let cost = Fixture.ask("what does the training cost?")
        #expect(cost.text.contains("$0-$120K+"))
        #expect(cost.text.contains("The sources give no price for bootcamps"))
        let forAnother = Fixture.ask("how long does it take to become a data scientist")
        #expect(forAnother.text.contains("This figure is for a Machine Learning Engineer only"))
    }

    @Test func comparisonsSayWhereAFigureIsForOneRoleOnly() {
        let a = Fixture.ask("data scientist vs ML engineer")
        #expect(a.intent == "role.compare")
        let lines = a.text.split(separator: "\n")
        let ds = lines.filter { $0.hasPrefix("  - Data Scientist: ") }
        let mle = lines.filter { $0.hasPrefix("  - Machine Learning Engineer: ") }
        #expect(ds.count == 4 && mle.count == 4, "pay, skills, education and outlook for each, in the same order")
        #expect(ds[0].contains("no figure from ["), "a source that gives the ML engineer a figure and the data scientist none")
        #expect(ds[3].contains("no figure for postings"))
        #expect(mle[3].contains("no figure for growth"))
    }
}
