@testable import CareerSearch
import Testing

@Suite struct DeletionIndexTests {
    @Test func wordsUnderAKeyAreSortedAndCountedOnce() {
        let index = DeletionIndex([(key: 7, id: 3), (key: 2, id: 1), (key: 7, id: 1), (key: 7, id: 3), (key: 9, id: 0)])
        #expect(index.count == 3)
        #expect(Array(index.words(under: 7)) == [1, 3])
        #expect(Array(index.words(under: 2)) == [1])
        #expect(Array(index.words(under: 9)) == [0])
    }

    @Test func missingKeysHaveNoWords() {
        let index = DeletionIndex([(key: 5, id: 0), (key: 10, id: 1)])
        for key: UInt64 in [0, 4, 6, 11, .max] { #expect(index.words(under: key).isEmpty) }
        #expect(DeletionIndex([]).words(under: 5).isEmpty)
    }
}
