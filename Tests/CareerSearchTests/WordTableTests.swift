import Testing
@testable import CareerSearch

@Suite struct WordTableTests {
    @Test func findsWhatWasInsertedAndNothingElse() {
        var table = WordTable()
        let words = ["data", "dat", "datas", "", "ml", "mlops", "café", "c++"]
        for (i, w) in words.enumerated() {
            #expect(table.value(for: Array(w.utf8)) == nil)
            table.insert(Array(w.utf8), value: Int32(i) - 3)
        }
        for (i, w) in words.enumerated() { #expect(table.value(for: Array(w.utf8)) == Int32(i) - 3) }
        #expect(table.value(for: Array("da".utf8)) == nil)
        #expect(table.value(for: Array("mlop".utf8)) == nil)
        #expect(table.count == words.count)
    }

    /// Past its first 512 words the table grows: every word must still be found, as a
    /// dictionary would find it.
    @Test func agreesWithADictionaryThroughGrowth() {
        var table = WordTable()
        var reference: [String: Int32] = [:]
        var rng = SplitMix(seed: 3)
        for n in 0..<20_000 {
            let word = String((0..<(1 + Int(rng.next() % 9))).map { _ in Character(Unicode.Scalar(UInt8(97 + rng.next() % 6))) })
            let bytes = Array(word.utf8)
            #expect(table.value(for: bytes) == reference[word])
            if reference[word] == nil {
                reference[word] = Int32(n)
                table.insert(bytes, value: Int32(n))
            }
        }
        #expect(table.count == reference.count)
        for (word, value) in reference { #expect(table.value(for: Array(word.utf8)) == value) }
    }
}
