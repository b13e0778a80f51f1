import Testing
@testable import CareerAdvisor

/// `SlotSpans` answers as the set of positions it replaced.
@Suite struct SlotSpansTests {
    @Test func answersAsASetOfPositions() {
        var spans = SlotSpans()
        #expect(spans.isEmpty && !spans.contains(0) && !spans.contains { _ in true })
        spans.insert(3..<5)
        spans.insert(0..<1)
        spans.insert(9..<12)
        let set: Set<Int> = [3, 4, 0, 9, 10, 11]
        for i in -1...13 { #expect(spans.contains(i) == set.contains(i), "\(i)") }
        #expect(!spans.isEmpty)
        #expect(spans.positions == set.sorted())
        #expect(spans.contains { $0 == 10 } && !spans.contains { $0 == 7 })
    }

    @Test func equalityIsByPositions() {
        var a = SlotSpans(), b = SlotSpans()
        a.insert(2..<4)
        b.insert(3..<4)
        b.insert(2..<3)
        #expect(a == b)
        b.insert(7..<8)
        #expect(a != b)
        var c = SlotSpans()
        c.insert(5..<5)  // an empty span covers nothing
        #expect(c == SlotSpans() && c.isEmpty)
    }
}
