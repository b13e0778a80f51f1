import CareerSearch
import Testing
@testable import CareerAdvisor

/// `PairTable` must answer as the dictionary it is built from: every key its value, any
/// other key -1, at every size (a crowded probe sequence included).
@Suite struct PairTableTests {
    @Test func lookupsAgreeWithTheDictionary() {
        for count in [0, 1, 2, 3, 100, 5_000] {
            var generator = SplitMix(seed: UInt64(count) + 1)
            var pairs: [UInt64: Int32] = [:]
            while pairs.count < count {
                // Small ids, as units and type sets are, and some far apart.
                let a = Int32(truncatingIfNeeded: generator.next() % (count % 2 == 0 ? 50 : 1_000_000))
                let b = Int32(truncatingIfNeeded: generator.next() % 3_000)
                pairs[PairTable.key(a, b)] = Int32(truncatingIfNeeded: generator.next() % 100_000)
            }
            let table = PairTable(pairs)
            for (key, value) in pairs { #expect(table.value(key) == value) }
            for _ in 0..<500 {
                let key = PairTable.key(Int32(generator.next() % 2_000), Int32(generator.next() % 2_000))
                #expect(table.value(key) == pairs[key] ?? -1)
            }
        }
    }

    @Test func keysKeepBothIDsApart() {
        #expect(PairTable.key(0, 0) == 0)
        #expect(PairTable.key(1, 0) == 1 << 32)
        #expect(PairTable.key(0, 1) == 1)
        #expect(PairTable.key(7, 9) != PairTable.key(9, 7))
        let table = PairTable([PairTable.key(7, 9): 3])
        #expect(table.value(PairTable.key(7, 9)) == 3)
        #expect(table.value(PairTable.key(9, 7)) == -1)
    }

    /// Built one key at a time (as a phrase table's edges are), through growth and a
    /// reserve, with keys replaced: every lookup agrees with a dictionary.
    @Test func insertsAgreeWithADictionaryThroughGrowth() {
        var generator = SplitMix(seed: 9)
        var table = PairTable()
        var reference: [UInt64: Int32] = [:]
        for n in 0..<20_000 {
            if n == 5_000 { table.reserve(10_000) }
            let key = PairTable.key(Int32(generator.next() % 400), Int32(generator.next() % 400))
            #expect(table.value(key) == reference[key] ?? -1)
            let value = Int32(n)
            table.insert(key, value)
            reference[key] = value
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table.value(key) == value) }
        #expect(table.value(PairTable.key(500, 500)) == -1)
    }
}

