import CareerSearch
import Testing

/// `Array.filled(_:count:)` is `Array(repeating:count:)` made another way: the same
/// elements, count and value semantics (each copy independent), for trivial and
/// reference-counted elements alike.
@Suite struct ArrayFilledTests {
    @Test func sameAsRepeating() {
        for count in [0, 1, 2, 17, 1_000] {
            #expect([Double].filled(0.5, count: count) == [Double](repeating: 0.5, count: count))
            #expect([Int32].filled(-1, count: count) == [Int32](repeating: -1, count: count))
            #expect([Double?].filled(nil, count: count) == [Double?](repeating: nil, count: count))
            let long = String(repeating: "x", count: 40)  // a heap string, reference-counted
            #expect([String].filled(long, count: count) == [String](repeating: long, count: count))
        }
    }

    @Test func elementsAreIndependentValues() {
        var a = [[Int]].filled([1], count: 3)
        a[1].append(2)
        #expect(a == [[1], [1, 2], [1]])
        #expect([Bool].filled(true, count: 4).capacity >= 4)
    }
}
