import CareerAdvisor
import CareerKnowledge
import Foundation
import Testing

/// A new intent is data: an entry in `language/intents.yaml` (with an `answer`
/// template) and a file of examples. The fixture in `Fixtures/new-intent/` adds a
/// made-up `role.interview` to a copy of the shipped knowledge (moving the interview
/// examples of `experience.build` to it); the advisor built from
/// that copy, with no Swift change, recognises it on questions its examples do not
/// contain, answers from the template, and still answers the other intents.
@Suite struct NewIntentTests {
    static let fixture: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast()
        return parts.joined(separator: "/") + "/Fixtures/new-intent"
    }()

    /// A copy of the shipped knowledge with the fixture intent added.
    static func knowledgeWithNewIntent() throws -> String {
        let fm = FileManager.default
        let copy = fm.temporaryDirectory.appendingPathComponent("careerd-new-intent-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try fm.copyItem(atPath: Fixture.directory, toPath: copy)
        let intents = copy + "/language/intents.yaml"
        let added = try String(contentsOfFile: fixture + "/intent.yaml", encoding: .utf8)
        try (try String(contentsOfFile: intents, encoding: .utf8) + "\n" + added).write(toFile: intents, atomically: true, encoding: .utf8)
        try fm.copyItem(atPath: fixture + "/examples/role.interview.yaml", toPath: copy + "/language/examples/role.interview.yaml")
        // The shipped experience.build covers interview preparation; whoever adds an
        // intent for it moves those examples to the new intent, as done here.
        let experience = copy + "/language/examples/experience.build.yaml"
        let kept = try String(contentsOfFile: experience, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !($0.hasPrefix("  - ") && $0.contains("interview")) }
        try kept.joined(separator: "\n").write(toFile: experience, atomically: true, encoding: .utf8)
        return copy
    }

    @Test func anIntentAddedAsDataIsRecognisedAndAnswered() throws {
        let folder = try Self.knowledgeWithNewIntent()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let knowledge = try KnowledgeLoader.load(directory: folder)
        let advisor = Advisor(knowledge: knowledge)
        var session = SessionState()

        let asked = advisor.ask("any advice on getting ready for my interview as a data engineer?", session: &session)
        #expect(asked.intent == "role.interview")
        #expect(asked.entities.map(\.id) == ["data-engineer"])
        #expect(asked.text.hasPrefix("Interview preparation for a Data Engineer:"))
        #expect(!asked.sources.isEmpty, "the template answer cites the entity's sources")

        var fresh = SessionState()
        let noRole = advisor.ask("how should I prepare for my machine learning job interview?", session: &fresh)
        #expect(noRole.intent == "role.interview")
        #expect(noRole.text == "Which role are you interviewing for?")

        // The intents that were there still win their own questions.
        var other = SessionState()
        #expect(advisor.ask("how much does a data engineer earn?", session: &other).intent == "role.salary")
        #expect(advisor.ask("what skills does an mlops engineer need", session: &other).intent == "role.skills")
    }

    @Test func theShippedKnowledgeDoesNotKnowTheFixtureIntent() {
        #expect(Fixture.ask("any advice on getting ready for my interview as a data engineer?").intent != "role.interview")
    }
}
