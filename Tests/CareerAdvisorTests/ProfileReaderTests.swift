@testable import CareerAdvisor
import CareerKnowledge
import Testing

/// Reading backgrounds, interests, constraints and time/money questions with the
/// shipped `profile.yaml` and `slots.yaml`.
@Suite struct ProfileReaderTests {
    let advisor = Fixture.advisor

    func read(_ text: String) -> ProfileReader.Profile { advisor.profiles.read(advisor.reader.read(text)) }

    @Test func backgroundsAreFoundAnywhereInTheQuestion() {
        #expect(read("I'm a teacher, what could I do in AI?").backgrounds == ["teaching"])
        #expect(read("as a backend developer which role suits me").backgrounds == ["software"])
        #expect(read("I am a student of statistics").backgrounds == ["statistics"])
        #expect(read("how much does a data scientist earn").backgrounds.isEmpty)
    }

    @Test func interestsOnlyCountAfterAnInterestPhrase() {
        #expect(read("I like maths and I'm creative").topics.contains("maths"))
        #expect(read("I enjoy building things").topics == ["building"])
        #expect(read("data scientist vs data analyst").topics.isEmpty, "'data' in a role name is not a liking")
        #expect(read("I'm creative, which AI role fits me?").topics == ["creativity"])
        #expect(read("I'm a data analyst, which AI role fits me?").topics.isEmpty, "what someone is, not what they like")
    }

    @Test func constraintsAndAsks() {
        let p = read("I'm not technical, have no PhD and don't want to leave healthcare")
        #expect(Set(p.constraints) == ["not-technical", "no-phd", "stay-in-healthcare"])
        #expect(read("how long does it take to become an ML engineer").asks == [.duration])
        #expect(read("what does the training cost").asks == [.price])
        #expect(read("what does a data engineer do").asks.isEmpty)
    }

    @Test func theSessionKeepsBackgroundsAndConstraints() {
        var session = SessionState()
        _ = advisor.ask("I'm a nurse with no PhD, which AI role fits me?", session: &session)
        #expect(session.backgrounds.contains("nursing"))
        #expect(session.constraints == ["no-phd"])
    }
}
