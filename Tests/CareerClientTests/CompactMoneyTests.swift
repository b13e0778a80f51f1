import CareerProtocol
import Testing
@testable import CareerClient

@Suite struct CompactMoneyTests {
    @Test(arguments: [
        (80_000, "USD", "$80k"), (62_500, "GBP", "£62.5k"), (67_240, "USD", "$67.2k"), (199_130, "USD", "$199k"),
        (1_200_000, "USD", "$1.2M"), (950, "CHF", "950 CHF"), (45_000, "EUR", "€45k"), (0, "USD", "$0"),
    ])
    func format(amount: Int, currency: String, text: String) {
        #expect(CompactMoney.format(amount, currency: currency) == text)
    }

    @Test func describesEveryShapeOfFigure() {
        func s(_ min: Int?, _ max: Int?, plus: Bool = false, median: Int? = nil, average: Int? = nil) -> AskResult.Salary {
            .init(role: "r", roleName: "R", region: "us", currency: "USD", min: min, max: max, plus: plus,
                  median: median, average: average, source: "x")
        }
        #expect(CompactMoney.describe(s(80_000, 120_000)) == "$80k–$120k")
        #expect(CompactMoney.describe(s(150_000, nil, plus: true)) == "$150k+")
        #expect(CompactMoney.describe(s(150_000, 200_000, plus: true)) == "$150k–$200k+")
        #expect(CompactMoney.describe(s(nil, 90_000)) == "up to $90k")
        #expect(CompactMoney.describe(s(67_240, 199_130, median: 120_230)) == "$67.2k–$199k, median $120k")
        #expect(CompactMoney.describe(s(nil, nil, average: 133_000)) == "avg $133k")
    }
}
