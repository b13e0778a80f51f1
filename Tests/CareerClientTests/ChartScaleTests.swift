import Testing
@testable import CareerClient

@Suite struct ChartScaleTests {
    @Test func roundTicksAroundTheAmounts() {
        let s = ChartScale(low: 70_000, high: 220_000, columns: 41)
        #expect(s.step == 50_000)
        #expect(s.ticks == [50_000, 100_000, 150_000, 200_000, 250_000])
        #expect(s.column(50_000) == 0 && s.column(250_000) == 40)
        #expect(s.column(150_000) == 20)
    }

    @Test(arguments: [(1.0, 1), (3.0, 5), (21_250.0, 25_000), (37_500.0, 50_000), (180_000.0, 200_000), (10.0, 10)])
    func niceSteps(rough: Double, step: Int) {
        #expect(ChartScale.niceStep(rough) == step)
    }

    @Test func aSingleAmountStillHasAnAxis() {
        let s = ChartScale(low: 150_000, high: 150_000, columns: 20)
        #expect(s.start < 150_000 && s.end > 150_000)
        #expect((1..<19).contains(s.column(150_000)))
    }

    @Test func amountsOffTheAxisAreClamped() {
        let s = ChartScale(low: 100, high: 200, columns: 10)
        #expect(s.column(-5_000) == 0)
        #expect(s.column(5_000) == 9)
    }

    @Test func axisMarksTicksAndLabelsStartUnderThem() {
        let s = ChartScale(low: 0, high: 100_000, columns: 21)
        #expect(s.axis() == "├────┼────┼────┼────┤")
        let labels = s.tickLabels(currency: "USD", room: 30)
        #expect(labels.hasPrefix("$0"))
        #expect(labels.contains("$50k"))
        #expect(TextWrapper.columns(labels) <= 30)
        let l50 = labels.firstRange(of: "$50k")!.lowerBound
        #expect(labels.distance(from: labels.startIndex, to: l50) == s.column(50_000))
    }

    @Test func labelsThatWouldTouchAreSkipped() {
        let s = ChartScale(low: 0, high: 1_000_000, columns: 12)
        let labels = s.tickLabels(currency: "USD", room: 12)
        #expect(labels.split(separator: " ").allSatisfy { $0.hasPrefix("$") })
        #expect(TextWrapper.columns(labels) <= 12)
    }
}
