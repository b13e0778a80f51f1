import CareerProtocol
import Testing
@testable import CareerClient

@Suite struct AnswerViewTests {
    static let result = AskResult(
        intent: "role.salary", confidence: 0.9,
        answer: """
        Machine Learning Engineer pay (UK), as each source gives it:
          - Entry level, UK: £45,000–£65,000 (Junior ML Engineer (0-2 years), United Kingdom) [1]
          - Mid level, UK: £65,000–£95,000 (ML Engineer (3-5 years), United Kingdom) [1]

        Sources:
          [1] AI and Machine Learning Career Path: 2026 Complete Roadmap, JobCannon Team (2026-03-23)
        """,
        sources: [.init(id: "jc", title: "AI and Machine Learning Career Path", publisher: "JobCannon Team", date: "2026-03-23")],
        suggestions: ["What skills does a Machine Learning Engineer need?", "How do I become a Machine Learning Engineer?"],
        salaries: [
            .init(role: "ml", roleName: "Machine Learning Engineer", level: "entry", region: "uk", currency: "GBP",
                  min: 45_000, max: 65_000, source: "jc"),
            .init(role: "ml", roleName: "Machine Learning Engineer", level: "mid", region: "uk", currency: "GBP",
                  min: 65_000, max: 95_000, source: "jc"),
        ])

    @Test func withoutAWidthTheAnswerIsPrintedAsSent() {
        let view = AnswerView(width: nil, style: .plain)
        let out = view.oneShot(Self.result)
        #expect(out.hasPrefix(Self.result.answer))
        #expect(!out.contains("█"))
        #expect(out.hasSuffix("Try: What skills does a Machine Learning Engineer need? | How do I become a Machine Learning Engineer?"))
    }

    @Test func withAWidthTheTextIsWrappedAndTheChartStandsBeforeTheSources() {
        let out = AnswerView(width: 60, style: .plain).interactive(Self.result)
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { TextWrapper.columns($0) <= 60 }, "\(out)")
        let chart = lines.firstIndex { $0.hasPrefix("Ranges in GBP") }!
        let sources = lines.firstIndex { $0 == "Sources:" }!
        let firstItem = lines.firstIndex { $0.hasPrefix("  - Entry level") }!
        #expect(firstItem < chart && chart < sources)
        #expect(lines[firstItem + 1].hasPrefix("    ") && !lines[firstItem + 1].hasPrefix("     "))
        #expect(lines.contains { $0.hasPrefix("  Entry, UK [1] ") && $0.contains("█") })
    }

    @Test func suggestionsAreNumberedAndHangUnderTheirText() {
        let out = AnswerView(width: 40, style: .plain).interactive(Self.result)
        let lines = out.split(separator: "\n")
        let first = lines.firstIndex { $0.hasPrefix("  1) What skills") }!
        #expect(lines[first + 1].hasPrefix("     ") && !lines[first + 1].hasPrefix("      "))
        #expect(lines.contains { $0.hasPrefix("  2) How do I") })
    }

    @Test func styledOutputBoldsNumbersAndKeepsTheWidth() {
        let out = AnswerView(width: 50, style: TextStyle(enabled: true)).interactive(Self.result)
        #expect(out.contains("\u{1B}[1m1)\u{1B}[0m"))
        #expect(out.split(separator: "\n").allSatisfy { TextWrapper.columns($0) <= 50 })
    }

    @Test func theSourcesLineAppearsOnlyWhenTheAnswerHasNoSourceList() {
        var r = Self.result
        #expect(AnswerView.sources(r) == nil)
        r.answer = "Short."
        #expect(AnswerView.sources(r) == "Sources: AI and Machine Learning Career Path (JobCannon Team, 2026-03-23)")
    }
}
