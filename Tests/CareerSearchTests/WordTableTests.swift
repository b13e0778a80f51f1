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

    /// Words of every length from 0 to 40 bytes, and words that differ only in one byte
    /// at each position: the eight-byte hash and comparison must tell every one apart,
    /// through both the bytes and the `String` lookups.
    @Test func everyLengthAndEveryByteCounts() {
        var table = WordTable(capacity: 3)
        var words: [String] = []
        for length in 0...40 {
            let base = String((0..<length).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) })
            words.append(base)
            for position in 0..<length {
                var bytes = Array(base.utf8)
                bytes[position] = UInt8(ascii: "Z")
                words.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        words.append("résumé-ingénieur-données")
        for (i, word) in words.enumerated() {
            #expect(table.value(for: word) == nil, "\(word)")
            table.insert(word, value: Int32(i))
        }
        #expect(table.count == words.count)
        for (i, word) in words.enumerated() {
            #expect(table.value(for: word) == Int32(i), "\(word)")
            #expect(table.value(for: Array(word.utf8)) == Int32(i))
            // A word one byte longer or shorter is another word.
            #expect(table.value(for: word + "!") == nil)
        }
        // A string that is not stored natively is read through a copy.
        let bridged = String(decoding: Array("résumé-ingénieur-données".utf8), as: UTF8.self)
        #expect(table.value(for: bridged) == Int32(words.count - 1))
        #expect(table.value(for: Substring("xabc").dropFirst().utf8) == table.value(for: "abc"))
    }
}

