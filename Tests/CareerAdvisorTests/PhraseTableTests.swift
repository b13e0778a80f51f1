@testable import CareerAdvisor
import Testing

@Suite struct PhraseTableTests {
    @Test func longestMatchWinsAndAllPrefixesAreVisited() {
        var t = PhraseTable<String>()
        t.add(["machin", "learn"], "skill")
        t.add(["machin", "learn", "engin"], "role")
        let stems = ["a", "machin", "learn", "engin", "salari"]
        #expect(t.longestMatch(in: stems, at: 1)?.0 == 3)
        #expect(t.longestMatch(in: stems, at: 1)?.1 == ["role"])
        var seen: [Int] = []
        t.matches(in: stems, at: 1) { n, _ in seen.append(n) }
        #expect(seen == [2, 3])
        #expect(t.longestMatch(in: stems, at: 0) == nil)
    }

    /// A phrase's number names its stems: found twice in a question, it is the same number.
    @Test func aPhraseHasOneNumberWhereverItIsFound() {
        var t = PhraseTable<String>()
        t.add(["machin", "learn"], "skill")
        t.add(["machin", "learn", "engin"], "role")
        t.add(["deep", "learn"], "skill")
        let stems = ["machin", "learn", "and", "deep", "learn", "or", "machin", "learn", "engin"]
        var found: [(start: Int, length: Int, phrase: Int)] = []
        for start in stems.indices {
            t.phrases(in: stems, at: start) { length, phrase, _ in found.append((start, length, phrase)) }
        }
        #expect(found.map(\.start) == [0, 3, 6, 6])
        #expect(found.map(\.length) == [2, 2, 2, 3])
        #expect(found[0].phrase == found[2].phrase)
        #expect(Set(found.map(\.phrase)).count == 3)
    }

    /// Stems are found by their bytes: long ones (stored out of line), non-ASCII ones, and
    /// ones made from a slice of other text, and never a stem that only shares a prefix.
    @Test func stemsAreFoundByTheirBytes() {
        var t = PhraseTable<Int>()
        t.add(["internationalis", "engineering-manag"], 1)
        t.add(["café", "naïv"], 2)
        let text = "xx engineering-manag"
        let sliced = String(text.split(separator: " ")[1])
        #expect(t.longestMatch(in: ["internationalis", sliced], at: 0)?.1 == [1])
        #expect(t.longestMatch(in: ["caf\u{E9}", "na\u{EF}v"], at: 0)?.1 == [2])
        #expect(t.longestMatch(in: ["internationali", sliced], at: 0) == nil)
        #expect(t.longestMatch(in: ["café", "naïve"], at: 0) == nil)
    }

    @Test func disallowedPositionsStopTheWalk() {
        var t = PhraseTable<Int>()
        t.add(["how", "much"], 1)
        #expect(t.longestMatch(in: ["how", "much"], at: 0, allowed: { $0 != 1 }) == nil)
        #expect(t.allStems == ["how", "much"])
        #expect(t.count == 1)
    }

    @Test func valuesOfOnePhraseKeepTheirOrderAndPhrasesShareStems() {
        var t = PhraseTable<Int>()
        t.add(["data", "scient"], 1)
        t.add(["data", "engin"], 2)
        t.add(["data", "scient"], 3)
        t.add(["scient"], 4)
        t.add([String](), 5)  // an empty phrase is not stored
        #expect(t.count == 3)
        #expect(t.longestMatch(in: ["data", "scient"], at: 0)?.1 == [1, 3])
        #expect(t.longestMatch(in: ["data", "engin"], at: 0)?.1 == [2])
        #expect(t.longestMatch(in: ["data"], at: 0) == nil)
        #expect(t.longestMatch(in: ["engin"], at: 0) == nil)  // a stem inside a phrase does not start one
        #expect(Set(t.startStems) == ["data", "scient"])
        #expect(t.allStems == ["data", "scient", "engin"])
    }
}
