import CareerProtocol


/// Draws salary figures as horizontal bars, one chart per currency, every bar of a chart
/// on one shared scale, so that ranges compare at a glance.
///
/// ```
/// Ranges in USD, on one scale:
///   AI Engineer (GenAI / LLM)
///     US [1]           ██████████████████              $130k–$220k
///   Machine Learning Engineer
///     Entry, US [2]    ████                            $80k–$120k
///     Senior, US [2]          █▸                       $150k+
///                     ├─────────┼─────────┼─────────┤
///                     $50k      $100k     $150k     $200k
/// ```
/// A range is a run of `█`; `▸` after it marks an open upper end ("+"), `◂` before it a
/// figure given only as "up to"; a median or average is a `◆` (on its own when the
/// figure has no range). Role names head their rows when the chart has more than one
/// role. `[n]` is the figure's source, numbered as in the answer. Everything reads
/// without colour; `style` only tints the bars. Lines are at most `width` columns (the
/// chart needs `minimumWidth`; below it `render` returns no lines). Pure.
public struct SalaryChart: Sendable {
    public var salaries: [AskResult.Salary]
    /// Source id -> its number in the answer ("[n]").
    public var sourceNumbers: [String: Int]

    public static let minimumWidth = 40
    /// Wider terminals get a chart of this width, not wider: long bars read no better.
    public static let maximumWidth = 100

    public init(salaries: [AskResult.Salary], sourceNumbers: [String: Int] = [:]) {
        self.salaries = salaries
        self.sourceNumbers = sourceNumbers
    }

    /// The chart's lines; empty when there is nothing to draw or too little room.
    public func render(width: Int, style: TextStyle = .plain) -> [String] {
        guard width >= Self.minimumWidth else { return [] }
        let width = min(width, Self.maximumWidth)
        var currencies: [String] = []
        for s in salaries where s.bounds != nil && !currencies.contains(s.currency) { currencies.append(s.currency) }
        var out: [String] = []
        for currency in currencies {
            let group = salaries.filter { $0.currency == currency && $0.bounds != nil }
            let lines = chart(group, currency: currency, width: width, style: style)
            if lines.isEmpty { continue }
            if !out.isEmpty { out.append("") }
            out += lines
        }
        return out
    }

    private struct Row {
        var header: String?
        var label: String
        var value: String
        var salary: AskResult.Salary?
    }

    private func chart(_ group: [AskResult.Salary], currency: String, width: Int, style: TextStyle) -> [String] {
        var roles: [String] = []
        for s in group where !roles.contains(s.role) { roles.append(s.role) }
        let headed = roles.count > 1
        var rows: [Row] = []
        for role in roles {
            let figures = group.filter { $0.role == role }
            if headed, let first = figures.first { rows.append(Row(header: first.roleName, label: "", value: "")) }
            for s in figures { rows.append(Row(label: (headed ? "    " : "  ") + label(s), value: CompactMoney.describe(s), salary: s)) }
        }
        let labelWidth = rows.filter { $0.header == nil }.map { TextWrapper.columns($0.label) }.max() ?? 0
        var valueWidth = rows.map { TextWrapper.columns($0.value) }.max() ?? 0
        var barWidth = width - labelWidth - 1 - 1 - valueWidth
        if barWidth < 12 { valueWidth = 0; barWidth = width - labelWidth - 1 }
        guard barWidth >= 12 else { return [] }

        let lo = group.compactMap { $0.bounds?.lowerBound }.min()!
        let hi = group.compactMap { $0.bounds?.upperBound }.max()!
        let scale = ChartScale(low: lo, high: hi, columns: barWidth)

        var lines = [style.bold("Ranges in \(currency), on one scale:")]
        for row in rows {
            if let header = row.header {
                lines.append("  " + truncated(header, to: width - 2))
                continue
            }
            let bar = bar(row.salary!, scale)
            var line = pad(row.label, labelWidth) + " " + style.bar(bar.trimmingTrailingSpaces())
            if valueWidth > 0 {
                line += String(repeating: " ", count: barWidth - TextWrapper.columns(bar.trimmingTrailingSpaces()))
                line += " " + row.value
            }
            lines.append(line)
        }
        let indent = String(repeating: " ", count: labelWidth + 1)
        lines.append(indent + style.dim(scale.axis()))
        lines.append(indent + style.dim(scale.tickLabels(currency: currency, room: width - labelWidth - 1)))
        return lines
    }

    /// "Entry, US [2]", "US [1]" (no level given), "Senior, Remote", "Senior, no region
    /// named" (the source names none).
    func label(_ s: AskResult.Salary) -> String {
        let levels = ["entry": "Entry", "mid": "Mid", "senior": "Senior", "executive": "Executive"]
        let regions = ["us": "US", "uk": "UK", "remote": "Remote"]
        var text = [s.level.map { levels[$0] ?? $0 }, s.region.map { regions[$0] ?? $0.uppercased() } ?? "no region named"]
            .compactMap { $0 }.joined(separator: ", ")
        if let n = sourceNumbers[s.source] { text += " [\(n)]" }
        return text
    }

    /// The bar of one figure, `scale.columns` wide.
    func bar(_ s: AskResult.Salary, _ scale: ChartScale) -> String {
        var cells = Array(repeating: Character(" "), count: scale.columns)
        let lo = s.min ?? s.max, hi = s.max ?? s.min
        if let lo, let hi {
            let a = scale.column(lo), b = scale.column(hi)
            for i in a...b { cells[i] = "█" }
            if s.plus, b + 1 < cells.count { cells[b + 1] = "▸" }
            if s.min == nil, a > 0 { cells[a - 1] = "◂" }
        }
        for point in [s.median, s.average].compactMap({ $0 }) { cells[scale.column(point)] = "◆" }
        return String(cells)
    }

    private func pad(_ s: String, _ columns: Int) -> String {
        s + String(repeating: " ", count: max(0, columns - TextWrapper.columns(s)))
    }

    private func truncated(_ s: String, to columns: Int) -> String {
        guard TextWrapper.columns(s) > columns else { return s }
        return String(TextWrapper.split(Substring(s), columns: columns - 1).0) + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
