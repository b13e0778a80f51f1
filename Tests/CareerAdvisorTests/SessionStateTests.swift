@testable import CareerAdvisor
import CareerKnowledge
import Testing

/// Follow-ups: what a session carries from one question to the next.
@Suite struct SessionStateTests {
    @Test func pronounFollowUpInheritsTheRole() {
        let a = Fixture.conversation(["what does a data engineer do", "how much do they make?"])
        #expect(a[1].intent == "role.salary")
        #expect(a[1].names(.role) == ["data-engineer"])
    }

    @Test func newEntityInheritsTheIntent() {
        let a = Fixture.conversation(["how much does a data analyst make", "and data engineers?"])
        #expect(a[1].intent == "role.salary")
        #expect(a[1].names(.role) == ["data-engineer"])
    }

    @Test func regionFollowUpKeepsRoleAndIntent() {
        let a = Fixture.conversation(["AI research scientist salary in the US", "and in the UK?"])
        #expect(a[1].intent == "role.salary")
        #expect(a[1].region == .uk)
        #expect(a[1].plain.contains("£70000"))
    }

    @Test func knownSkillsAreRememberedForLaterGaps() {
        let a = Fixture.conversation(["I know Python, SQL and Docker", "what does an MLOps engineer do", "ok", "what am I missing for MLOps?"])
        let gap = a[3]
        #expect(gap.intent == "role.gap")
        #expect(gap.names(.role) == ["mlops-engineer"])
        #expect(gap.text.contains("already have"))
        #expect(gap.text.contains("Docker"))
    }

    @Test func offTopicDoesNotForgetTheContext() {
        let a = Fixture.conversation(["what does a data scientist do", "what is the capital of France", "what skills do they need"])
        #expect(a[1].intent == "fallback")
        #expect(a[2].intent == "role.skills")
        #expect(a[2].names(.role) == ["data-scientist"])
    }

    @Test func pairReferenceTakesTheTwoLastNamedAcrossTurns() {
        let a = Fixture.conversation(["tell me about data engineers", "and data analysts?", "which of the two pays more?"])
        #expect(Set(a[2].names(.role)) == ["data-engineer", "data-analyst"])
    }

    @Test func aReferenceBesideANameBorrowsTheOtherTypes() {
        // The certification is named; "it" is the role of the last question.
        let a = Fixture.conversation(["what skills do data engineers need", "is the google data engineer cert worth getting for it?"])
        #expect(a[1].intent == "certification.list")
        #expect(a[1].names(.role) == ["data-engineer"])
        // Without a reference, nothing is borrowed.
        let b = Fixture.conversation(["what skills do data engineers need", "is the aws ml specialty cert worth it"])
        #expect(b[1].names(.role).isEmpty)
    }

    @Test func recentEntitiesAreDistinctAndBounded() {
        var s = SessionState()
        for i in 0..<10 { s.remember(named: [EntityRef(type: .role, id: "r\(i)", name: "R\(i)")]) }
        s.remember(named: [EntityRef(type: .role, id: "r5", name: "R5")])
        #expect(s.recentEntities.map(\.id) == ["r5", "r9", "r8", "r7", "r6", "r4"])
    }

    @Test func freshSessionHasNoContext() {
        let a = Fixture.ask("how much do they make?")
        #expect(a.names(.role).isEmpty)
    }
}
