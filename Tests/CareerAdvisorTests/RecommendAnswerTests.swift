@testable import CareerAdvisor
import CareerKnowledge
import Testing

@Suite struct RecommendAnswerTests {
    /// Scoring every role through `SkillBits` gives every role the score and conflicts
    /// that matching it skill id by skill id gives, to the last bit of the score: for
    /// known skills alone, and with each background, interest and constraint of
    /// `profile.yaml` in turn, with and without skills, two at a time too.
    @Test func scoresAreTheMatchesScores() {
        let advisor = Fixture.advisor
        let composer = advisor.composer
        let catalog = advisor.catalog
        let profile = catalog.knowledge.vocabulary.profile
        let skills = catalog.knowledge.skills.map(\.id)
        let question = advisor.reader.read("what role fits me")
        var requests: [(known: [String], backgrounds: [ProfileTerm], topics: [ProfileTerm], constraints: [ProfileTerm])] = []
        for start in stride(from: 0, to: skills.count, by: 3) {
            requests.append((Array(skills[start..<min(start + 4, skills.count)]), [], [], []))
        }
        let someSkills = Array(skills.prefix(6)) + ["no-such-skill"]
        for (i, bg) in profile.backgrounds.enumerated() {
            requests.append(([], [bg], [], []))
            requests.append((someSkills, [bg, profile.backgrounds[(i + 1) % profile.backgrounds.count]], [], []))
        }
        for (i, t) in profile.topics.enumerated() {
            requests.append(([], [], [t], []))
            requests.append((someSkills, profile.backgrounds.prefix(1).map { $0 }, [t, profile.topics[(i + 1) % profile.topics.count]], []))
        }
        for c in profile.constraints {
            requests.append(([], [], [], [c]))
            requests.append((someSkills, profile.backgrounds.prefix(1).map { $0 }, profile.topics.prefix(1).map { $0 }, [c]))
        }
        var unread = AnswerBuilder(catalog: catalog)
        var scored = 0
        for p in requests {
            var r = Request(intent: "role.recommend", question: question)
            r.knownSkills = p.known
            let fast = composer.scores(r, p.backgrounds, p.topics, p.constraints)
            #expect(fast.count == catalog.knowledge.roles.count)
            for (i, role) in catalog.knowledge.roles.enumerated() {
                let slow = composer.match(role, at: i, r, p.backgrounds, p.topics, p.constraints, describe: false, &unread)
                #expect(fast[i].role == i)
                #expect(fast[i].score.bitPattern == slow.score.bitPattern, "\(role.id) \(p.known) \(p.backgrounds.map(\.id))")
                #expect(fast[i].conflicts == slow.conflicts, "\(role.id)")
                if slow.score > 0 { scored += 1 }
            }
        }
        #expect(requests.count > 40)
        #expect(scored > 200)
        #expect(catalog.skillUnits.allSatisfy { $0 != nil })
    }
}
