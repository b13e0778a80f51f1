import Foundation
import Testing
import CareerAdvisor
import CareerKnowledge

/// Answers say figures as their sources give them: qualifiers inside the figure,
/// ceilings apart from bands, field-wide figures labelled, background notes without a
/// source number, every source's date (or that it has none), projections' periods.
@Suite struct ProvenanceAnswerTests {
    /// The lines of an answer before its source list.
    static func body(_ a: Answer) -> [Substring] {
        a.text.split(separator: "\n").prefix { $0 != "Sources:" }
    }

    @Test func figuresKeepTheirQualifiers() {
        let a = Fixture.ask("how big is the global AI market and how much is spent on AI?")
        #expect(a.intent == "market.stats")
        #expect(a.text.contains("more than $1.8 trillion"))
        let remote = Fixture.ask("what share of AI jobs are remote?")
        #expect(remote.text.contains("over 65%"))
    }

    @Test func aCeilingIsNeverShownAsABand() throws {
        let a = Fixture.ask("how much does a senior ML engineer make?")
        let lines = Self.body(a)
        let heading = try #require(lines.firstIndex { $0.contains("a ceiling, not a typical band") })
        let faang = try #require(lines.firstIndex { $0.contains("$500,000") })
        #expect(faang > heading, "the FAANG figure is listed under the ceiling heading")
        #expect(lines[faang].contains("can reach") && lines[faang].contains("total compensation"))
        #expect(lines[faang].contains("region not named"))
        #expect(!lines[..<heading].contains { $0.contains("$500,000") }, "not among the bands")
        let compare = Fixture.ask("ML engineer vs data scientist")
        #expect(compare.text.contains("not a typical band: can reach $500,000–$800,000"))
    }

    @Test func experiencedFindsTheFigureGivenForExperiencedPeople() {
        let a = Fixture.ask("what do experienced ML engineers earn?")
        #expect(a.level == .senior)
        #expect(a.plain.contains("experienced data scientists and ml engineers"))
    }

    @Test func aRoleAnswerShowsFieldWideFiguresAsSuch() throws {
        let a = Fixture.ask("what is the job outlook for data analysts?")
        #expect(a.intent == "role.outlook")
        let lines = Self.body(a)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Field-wide figures") })
        let forty = try #require(lines.firstIndex { $0.contains("40%") })
        #expect(forty > heading)
        #expect(lines[forty].contains("a projection; the source gives no period"))
    }

    @Test func anUnsourcedClaimIsAnAdvisorsNoteWithoutASourceNumber() throws {
        let a = Fixture.ask("what does a head of AI do?")
        #expect(a.intent == "role.overview")
        let note = try #require(Self.body(a).first { $0.hasPrefix("Advisor's note (not from the sources):") })
        #expect(!note.contains("["), "a background note carries no source number")
        #expect(a.text.contains("pay figures only"))
        // A resource no source names is marked wherever it is cited.
        let docs = Fixture.ask("tell me about the Kubernetes documentation")
        #expect(docs.text.contains("(advisor's note, no source)"))
    }

    @Test func aResourceOfferedForATopicNoSourceNamesIsMarked() throws {
        let a = Fixture.ask("where can I learn feature engineering")
        let kaggle = try #require(a.text.split(separator: "\n").first { $0.contains("Kaggle Learn") })
        #expect(kaggle.contains("(advisor's note: the sources do not say it teaches this)"))
        #expect(!kaggle.contains("["))
        let sql = Fixture.ask("free courses for SQL")
        let cited = try #require(sql.text.split(separator: "\n").first { $0.contains("Kaggle Learn") })
        #expect(cited.contains("["), "the sources do say Kaggle Learn teaches SQL")
    }

    @Test func everySourceShowsItsDateOrSaysItHasNone() {
        let a = Fixture.ask("how much does an ML engineer earn?")
        #expect(a.text.contains("(2026-03-23)"))
        #expect(a.text.contains("(undated: the document gives no date)"))
    }

    /// Sources are numbered in the order the text first cites them, and every source
    /// listed is cited: over the whole question set as one conversation, where stated
    /// constraints and backgrounds pile up (a recommendation scores every role but cites
    /// only for those it shows).
    @Test func sourcesAreNumberedAsTheTextFirstCitesThem() throws {
        let lines = try String(contentsOfFile: Fixture.directory + "/../Tests/Eval/questions.jsonl", encoding: .utf8)
        let questions = lines.split(separator: "\n").compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
        #expect(questions.count > 300)
        var checked = 0
        for (q, a) in zip(questions, Fixture.conversation(questions)) where !a.sources.isEmpty {
            var firsts: [Int] = []
            for line in Self.body(a) {
                var rest = line[...]
                while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
                    if let n = Int(rest[rest.index(after: open)..<close]), !firsts.contains(n) { firsts.append(n) }
                    rest = rest[rest.index(after: close)...]
                }
            }
            #expect(firsts == Array(1...a.sources.count), "\(q): marks first cited in the order \(firsts)")
            checked += 1
        }
        #expect(checked > 100)
    }

    @Test func projectionsSayTheirPeriod() {
        let a = Fixture.ask("what is the outlook for AI research scientists?")
        #expect(a.text.contains("21%, from 2021 to 2031") || a.text.contains("(21%, from 2021 to 2031)"))
    }
}
