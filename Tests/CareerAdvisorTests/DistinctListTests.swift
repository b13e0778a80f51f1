@testable import CareerAdvisor
import Testing

@Suite struct DistinctListTests {
    /// The same values in the same order whether repeats are found by the scan or, past
    /// `scanLimit`, by the set.
    @Test func keepsFirstOccurrencesInOrderOnBothSidesOfTheScanLimit() {
        for count in [0, 1, 5, DistinctList<Int>.scanLimit, DistinctList<Int>.scanLimit + 1, 200] {
            let values = (0..<3 * count).map { ($0 * 7) % max(count, 1) }
            var list = DistinctList<Int>()
            var inserted: [Bool] = []
            for v in values { inserted.append(list.insert(v)) }
            var reference: [Int] = []
            for v in values where !reference.contains(v) { reference.append(v) }
            #expect(list.elements == reference, "\(count) values")
            #expect(inserted.filter { $0 }.count == reference.count)
        }
    }
}
