@testable import CareerAdvisor
import CareerKnowledge
import Testing

/// Reading questions against the shipped vocabulary.
@Suite struct QuestionReaderTests {
    let reader = Fixture.advisor.reader

    /// A question's search terms are what the indexes make of its text, typos and
    /// synonyms left as typed, on every question of the project's set.
    @Test func termsAreTheIndexesTermsOfTheText() throws {
        let questions = try IntentFeaturesTests.questions() + ["machine lerning engineer pay", "ML vs DS", ""]
        #expect(questions.count > 300)
        for text in questions {
            #expect(reader.read(text).terms == Fixture.advisor.composer.index.analyzer.terms(text), "\(text)")
        }
    }

    /// The last sentence starts after the last ".", "!", "?" or line break followed by a
    /// space or line break and then, later, a letter; one sentence starts at 0.
    @Test func lastSentenceStartsAfterTheLastBoundaryBeforeALetter() {
        let analyzer = Fixture.advisor.reader.lexicon.analyzer
        let cases: [(String, String?)] = [
            ("I'm a nurse. What fits me?", "I'm a nurse. "), ("what fits me?", nil), ("v1.2 rocks", nil),
            ("Hello!\nwhat now", "Hello!\n"), ("Is it good? 42", nil), ("Café crème. Qué tal", "Café crème. "),
            ("Done.  ", nil), ("One. Two. three", "One. Two. "), ("a.\n\nb", "a.\n"),
        ]
        for (text, before) in cases {
            let count = analyzer.tokenCount(text)
            let expected = before.map { analyzer.tokenCount($0) } ?? 0
            #expect(reader.lastSentenceStart(text, tokenCount: count) == expected, "\(text)")
        }
    }

    @Test func longestNameWins() {
        let q = reader.read("machine learning engineer salary")
        #expect(q.mentions.count == 1)
        #expect(q.mentions[0].candidates.map(\.id) == ["machine-learning-engineer"])
        #expect(q.inEntity == [true, true, true, false])
    }

    @Test func typosAreCorrectedOnlyWhenLongEnough() {
        let q = reader.read("reserach scientist salery")
        #expect(q.corrections.map(\.to).contains("salary"))
        #expect(reader.read("play some music").corrections.isEmpty)
    }

    @Test func ambiguousNamesKeepEveryCandidate() {
        let types = Set(reader.read("mlops").mentions.first?.candidates.map(\.type) ?? [])
        #expect(types == [.role, .skill])
    }

    @Test func commonWordNamesNeedTheirCase() {
        #expect(reader.read("I know Python and Go").mentions.contains { $0.candidates.contains { $0.id == "go" } })
        #expect(!reader.read("where should I go next").mentions.contains { $0.candidates.contains { $0.id == "go" } })
        #expect(reader.read("salary in the US").region == .us)
        #expect(reader.read("tell us about data scientists").region == nil)
    }

    @Test func slotsAndStatedSkills() {
        let q = reader.read("I know SQL and Docker; junior data engineer pay, remotely")
        #expect(q.level == .entry)
        #expect(q.region == .remote)
        #expect(Set(q.statedSkills) == ["sql", "docker"])
        #expect(q.statesProfile)
    }

    @Test func aLevelQualifyingARoleWinsOverAnEarlierOne() {
        #expect(reader.read("I taught for eight years. What would a junior data scientist earn?").level == .entry)
        #expect(reader.read("with eight years in backend work, what do senior data engineers earn").level == .senior)
        #expect(reader.read("eight years of teaching, what fits me").level == .senior)
    }

    @Test(arguments: ["I know C++, C# and Go!", "  salary in the US?? ", "k8s/docker@work [mlops]_x`y{z}", "", "--", "café ML", "A1 b2+ #3"])
    func rawWordsSplitLikeCharacters(_ text: String) {
        let slow = text.split { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") }.map(String.init)
        #expect(QuestionReader.rawWords(text) == slow)
    }

    @Test func synonymsApplyToQuestionsAndNames() {
        #expect(reader.read("director of ML").mentions.first?.candidates.first?.id == "head-of-ai")
    }

    @Test func coverageCountsUnknownWords() {
        #expect(reader.read("data scientist salary").coverage == 1)
        #expect(reader.read("capital of france").coverage < 0.5)
    }
}
