@testable import CareerSearch
import Testing

@Suite struct HashMultimapTests {
    @Test func idsUnderAKeyAreSortedAndCountedOnce() {
        let index = HashMultimap([(key: 7, id: 3), (key: 2, id: 1), (key: 7, id: 1), (key: 7, id: 3), (key: 9, id: 0)])
        #expect(index.count == 3)
        #expect(Array(index.ids(under: 7)) == [1, 3])
        #expect(Array(index.ids(under: 2)) == [1])
        #expect(Array(index.ids(under: 9)) == [0])
    }

    @Test func missingKeysHaveNoIDs() {
        let index = HashMultimap([(key: 5, id: 0), (key: 10, id: 1)])
        for key: UInt64 in [0, 4, 6, 11, .max] { #expect(index.ids(under: key).isEmpty) }
        #expect(HashMultimap([]).ids(under: 5).isEmpty)
    }

    @Test func keyIsFNV1aOfTheBytes() {
        #expect(HashMultimap.key("".utf8) == 0xcbf2_9ce4_8422_2325)
        #expect(HashMultimap.key("a".utf8) == 0xaf63_dc4c_8601_ec8c)  // the published FNV-1a 64 test vector
        #expect(HashMultimap.key("data scientist".utf8) == HashMultimap.key(Array("data scientist".utf8)))
        #expect(HashMultimap.key(continuing: HashMultimap.key("data ".utf8), "scientist".utf8) == HashMultimap.key("data scientist".utf8))
        #expect(HashMultimap.emptyKey == HashMultimap.key("".utf8))
    }
}
