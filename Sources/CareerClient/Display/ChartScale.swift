/// A linear scale from amounts to the columns of a bar, with round tick marks: the
/// amounts' span is cut into about four steps of 1, 2, 2.5 or 5 times a power of ten,
/// and the axis runs from the step below the smallest amount to the step above the
/// largest. Pure.
public struct ChartScale: Sendable, Equatable {
    public let start: Int
    public let end: Int
    public let step: Int
    public let columns: Int

    public init(low: Int, high: Int, columns: Int) {
        self.columns = max(2, columns)
        // One amount alone still gets an axis around it.
        let span = high > low ? high - low : max(1, abs(low) / 2)
        let step = Self.niceStep(Double(span) / 4)
        var start = Int((Double(low) / Double(step)).rounded(.down)) * step
        var end = Int((Double(high) / Double(step)).rounded(.up)) * step
        if low >= 0, start < 0 { start = 0 }
        if end <= start { end = start + step }
        if high == low, end == high { end += step }
        if high == low, start == low, start - step >= 0 { start -= step }
        self.start = start
        self.end = end
        self.step = step
    }

    static func niceStep(_ rough: Double) -> Int {
        guard rough > 1 else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * magnitude >= rough {
            return Int(factor * magnitude)
        }
        return Int(10 * magnitude)
    }

    /// The column (0..<columns) of an amount; amounts off the axis are clamped to it.
    public func column(_ amount: Int) -> Int {
        let f = Double(amount - start) / Double(end - start)
        return Swift.min(columns - 1, Swift.max(0, Int((f * Double(columns - 1)).rounded())))
    }

    /// The ticks' amounts, start to end.
    public var ticks: [Int] { Array(stride(from: start, through: end, by: step)) }

    /// "├────┼────┤" under the bars.
    public func axis() -> String {
        var cells = Array(repeating: Character("─"), count: columns)
        let marks = ticks.map(column)
        for (i, c) in marks.enumerated() { cells[c] = i == 0 ? "├" : i == marks.count - 1 ? "┤" : "┼" }
        return String(cells)
    }

    /// Each tick's amount starting under its mark, skipping any that would touch the one
    /// before; the last one may end under its mark, within `room` columns.
    public func tickLabels(currency: String, room: Int) -> String {
        var line = ""
        for amount in ticks {
            let text = CompactMoney.format(amount, currency: currency)
            var at = column(amount)
            if at + text.count > room { at = max(0, room - text.count) }
            let used = TextWrapper.columns(line)
            if at < used + (used == 0 ? 0 : 1) { continue }
            line += String(repeating: " ", count: at - used) + text
        }
        return line
    }
}
