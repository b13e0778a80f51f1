import Testing
@testable import CareerAdvisor

/// `IdTable` and `StringTable` answer as the dictionaries they replace: the first of a
/// repeated key wins, a key not given is nil, and keys are compared by their bytes.
@Suite struct StringTableTests {
    @Test func idTableGivesEachIdItsFirstPosition() {
        let ids = ["ml-engineer", "data-scientist", "ml-engineer", "", "mlops-engineer", "ml-engineer-ii", "é"]
        let table = IdTable(ids)
        #expect(table["ml-engineer"] == 0)
        #expect(table["data-scientist"] == 1)
        #expect(table[""] == 3)
        #expect(table["mlops-engineer"] == 4)
        #expect(table["ml-engineer-ii"] == 5)
        #expect(table["é"] == 6)
        #expect(table["ml-engineer-i"] == nil)
        #expect(table["ML-engineer"] == nil)
        #expect(table.count == 6)
    }

    @Test func stringTableAgreesWithTheDictionary() {
        var reference: [String: [Int]] = [:]
        for i in 0..<300 { reference["intent.\(i % 97)." + String(repeating: "x", count: i % 13)] = [i, i + 1] }
        let table = StringTable(reference)
        for (key, value) in reference { #expect(table[key] == value) }
        #expect(table["intent.none"] == nil)
        #expect(StringTable<Int>()["anything"] == nil)
        let repeated = StringTable([(key: "role.salary", value: 1), (key: "role.salary", value: 2)])
        #expect(repeated["role.salary"] == 1)
    }
}
