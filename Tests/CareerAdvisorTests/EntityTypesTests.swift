@testable import CareerAdvisor
import CareerKnowledge
import Testing

@Suite struct EntityTypesTests {
    @Test func holdsEachTypeOnceAndIteratesInDeclarationOrder() {
        let types = EntityTypes([.trend, .role, .skill, .role])
        #expect(types.count == 3)
        #expect(Array(types) == [.role, .skill, .trend])
        #expect(types.contains(.skill) && !types.contains(.resource))
        #expect(EntityTypes().isEmpty && !types.isEmpty)
    }

    /// `index` names each of the 32 sets once: per-set tables are indexed by it.
    @Test func everySetHasItsOwnIndex() {
        let all = EntityType.allCases
        var seen = Set<Int>()
        for mask in 0..<(1 << all.count) {
            let types = EntityTypes(all.indices.filter { mask & (1 << $0) != 0 }.map { all[$0] })
            #expect(types.index >= 0 && types.index < 32)
            #expect(Set(types) == Set(all.indices.filter { mask & (1 << $0) != 0 }.map { all[$0] }))
            seen.insert(types.index)
        }
        #expect(seen.count == 32)
        #expect(Set(EntityTypes.order) == Set(all) && EntityTypes.order.count == all.count)
    }

    @Test func placeholdersNameTheTypesInNameOrder() {
        #expect(IntentFeatures.placeholder(EntityTypes([.role])) == "[role]")
        #expect(IntentFeatures.placeholder(EntityTypes([.skill, .role])) == "[role|skill]")
        #expect(IntentFeatures.placeholder(EntityTypes([.trend, .certification, .resource])) == "[certification|resource|trend]")
    }
}
