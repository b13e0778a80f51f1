import Testing
@testable import CareerKnowledge

@Suite struct ContentDigestTests {
    /// Fixed values: the digest must not change between runs, builds or machines, or every
    /// cache keyed on it would be thrown away (or, worse, differ between two daemons).
    @Test func valuesAreStable() {
        #expect(ContentDigest.of(Array("career".utf8)) == 18_109_727_025_559_969_436)
        var a = ContentDigest(), b = ContentDigest()
        a.add("machine learning engineer")
        b.add(Array("machine learning engineer".utf8))
        #expect(a == b)
    }

    @Test func everyByteAndTheSplitCount() {
        let text = Array("The quick brown fox jumps over the lazy dog, twice over.".utf8)
        var seen: Set<UInt64> = [ContentDigest.of(text)]
        for i in text.indices {
            var changed = text
            changed[i] ^= 1
            #expect(seen.insert(ContentDigest.of(changed)).inserted, "byte \(i)")
        }
        // The same bytes split differently, or a zero byte added, digest differently.
        var one = ContentDigest(), two = ContentDigest()
        one.add("ab"); one.add("c")
        two.add("a"); two.add("bc")
        #expect(one != two)
        #expect(ContentDigest.of([0]) != ContentDigest.of([]) && ContentDigest.of([0, 0]) != ContentDigest.of([0]))
    }
}
