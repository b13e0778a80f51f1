import CareerProtocol
import Testing
@testable import CareerClient

@Suite struct SalaryChartTests {
    static func figure(_ role: String, _ level: String?, _ region: String, _ currency: String, _ min: Int?, _ max: Int?,
                       plus: Bool = false, median: Int? = nil, source: String = "a") -> AskResult.Salary {
        .init(role: role, roleName: role.uppercased(), level: level, region: region, currency: currency,
              min: min, max: max, plus: plus, median: median, source: source)
    }

    static let compare = SalaryChart(salaries: [
        figure("ai", nil, "us", "USD", 130_000, 220_000),
        figure("ml", "entry", "us", "USD", 80_000, 120_000, source: "b"),
        figure("ml", "senior", "us", "USD", 150_000, nil, plus: true, source: "b"),
    ], sourceNumbers: ["a": 1, "b": 2])

    /// The columns where a row's bar starts and ends.
    static func span(_ line: String) -> ClosedRange<Int> {
        let chars = Array(line)
        let first = chars.firstIndex(of: "█")!, last = chars.lastIndex(of: "█")!
        return first...last
    }

    @Test func everyLineFitsTheWidth() {
        for width in [40, 60, 80, 100, 140] {
            let lines = Self.compare.render(width: width)
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { TextWrapper.columns($0) <= min(width, SalaryChart.maximumWidth) }, "\(width): \(lines)")
        }
    }

    @Test func barsShareOneScale() {
        let lines = Self.compare.render(width: 80)
        let ai = lines.first { $0.contains("US [1]") }!
        let entry = lines.first { $0.contains("Entry, US [2]") }!
        // $80k-$120k lies wholly left of $130k-$220k, and is shorter.
        #expect(Self.span(entry).upperBound < Self.span(ai).lowerBound)
        #expect(Self.span(entry).count < Self.span(ai).count)
        #expect(ai.hasSuffix("$130k–$220k") && entry.hasSuffix("$80k–$120k"))
    }

    @Test func rolesHeadTheirRowsWhenThereAreSeveral() {
        let lines = Self.compare.render(width: 80)
        #expect(lines[0] == "Ranges in USD, on one scale:")
        #expect(lines[1] == "  AI")
        #expect(lines[2].hasPrefix("    US [1] "))
        #expect(lines[3] == "  ML")
        #expect(lines.contains { $0.contains("█▸") && $0.hasSuffix("$150k+") })
        #expect(lines.suffix(2)[lines.count - 2].contains("├"))
    }

    @Test func oneChartPerCurrencyEachWithItsOwnScale() {
        let chart = SalaryChart(salaries: [
            Self.figure("ml", "entry", "us", "USD", 100_000, 130_000),
            Self.figure("ml", "entry", "uk", "GBP", 45_000, 65_000),
        ])
        let lines = chart.render(width: 70)
        #expect(lines.filter { $0.hasPrefix("Ranges in") } == ["Ranges in USD, on one scale:", "Ranges in GBP, on one scale:"])
        #expect(lines.contains(""))
        // A single role needs no heading: its rows are labelled by level and region.
        #expect(lines.contains { $0.hasPrefix("  Entry, UK ") })
        #expect(lines.contains { $0.contains("£50k") })
    }

    @Test func aMedianIsADiamondInsideItsRange() {
        let chart = SalaryChart(salaries: [Self.figure("ml", nil, "us", "USD", 67_240, 199_130, median: 120_230)])
        let row = chart.render(width: 80)[1]
        let chars = Array(row)
        let diamond = chars.firstIndex(of: "◆")!
        #expect(Self.span(row).contains(diamond - 1) && Self.span(row).contains(diamond + 1))
        #expect(row.hasSuffix("$67.2k–$199k, median $120k"))
    }

    @Test func colourOnlyWrapsTheBars() {
        let plain = Self.compare.render(width: 80)
        let styled = Self.compare.render(width: 80, style: TextStyle(enabled: true))
        #expect(plain.allSatisfy { !$0.contains("\u{1B}") })
        #expect(styled.contains { $0.contains("\u{1B}[36m") && $0.contains("█") })
        #expect(zip(plain, styled).allSatisfy { TextWrapper.columns($0) == TextWrapper.columns($1) })
    }

    @Test func nothingToDrawOrNoRoomGivesNoLines() {
        #expect(SalaryChart(salaries: []).render(width: 80).isEmpty)
        #expect(SalaryChart(salaries: [Self.figure("x", nil, "us", "USD", nil, nil)]).render(width: 80).isEmpty)
        #expect(Self.compare.render(width: 30).isEmpty)
    }
}
