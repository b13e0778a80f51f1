@testable import CareerAdvisor
import CareerKnowledge
import Testing

@Suite struct EntityResolverTests {
    static let resolver = EntityResolver(intents: [
        "role.compare": IntentDefinition(name: "role.compare", entityBonus: [.skill: 1], requires: [.role], requiresCount: 2),
    ])

    static func role(_ n: Int) -> EntityRef { EntityRef(type: .role, id: "r\(n)", name: "Role \(n)") }
    static func skill(_ n: Int) -> EntityRef { EntityRef(type: .skill, id: "s\(n)", name: "Skill \(n)") }

    static func mentions(_ refs: [[EntityRef]]) -> [Mention] {
        refs.enumerated().map { Mention(span: $0.offset..<$0.offset + 1, candidates: $0.element) }
    }

    @Test func theNeededTypeIsChosenAndRepeatsCountOnce() {
        // Unambiguous names fill the two roles first, then the ambiguous one; the skill
        // named twice is one entity.
        let m = Self.mentions([[Self.role(1), Self.skill(1)], [Self.role(2)], [Self.skill(3)], [Self.skill(3)]])
        #expect(Self.resolver.resolve(m, intent: "role.compare") == [Self.role(1), Self.role(2), Self.skill(3)])
    }

    /// Past 16 names repeats are found by a set instead of a scan: the same entities, in
    /// the order first named.
    @Test func manyNamesKeepTheirFirstOrder() {
        for count in [3, 16, 17, 40] {
            let refs = (0..<count).map { [Self.skill($0 % 7)] }
            let out = Self.resolver.resolve(Self.mentions(refs), intent: "role.compare")
            #expect(out == (0..<min(count, 7)).map { Self.skill($0) }, "\(count) names")
        }
    }
}
