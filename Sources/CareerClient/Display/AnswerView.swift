import CareerProtocol

/// How an `ask` result reads in a terminal: the answer's text, its salary figures as
/// bars, then sources and suggestions.
///
/// With a `width`, the text is wrapped to it at word boundaries (list items under their
/// bullet) and salary figures are drawn as a `SalaryChart` before the answer's source
/// list. Without one (stdout is a pipe and no --width was asked for), the answer is
/// printed exactly as the daemon sent it, whole lines, no chart, so scripts can read it.
/// Pure; `style` decides about escape codes.
public struct AnswerView: Sendable {
    public var width: Int?
    public var style: TextStyle

    /// The narrowest width worth laying out for.
    public static let minimumWidth = 20

    public init(width: Int?, style: TextStyle) {
        self.width = width
        self.style = style
    }

    /// "Sources: Title (Publisher, date); ..." or nil when there are none, or when the
    /// answer already ends with its own source list.
    public static func sources(_ result: AskResult) -> String? {
        guard !result.sources.isEmpty else { return nil }
        if result.answer.hasPrefix("Sources:") || result.answer.contains("\nSources:") { return nil }
        let items = result.sources.map { s -> String in
            let detail = [s.publisher, s.date].filter { !$0.isEmpty }.joined(separator: ", ")
            return detail.isEmpty ? s.title : "\(s.title) (\(detail))"
        }
        return "Sources: " + items.joined(separator: "; ")
    }

    /// For `career ask` and piped input: suggestions on one line.
    public func oneShot(_ result: AskResult) -> String {
        var out = body(result)
        var extras: [String] = []
        if let sources = Self.sources(result) { extras.append(dim(sources)) }
        if !result.suggestions.isEmpty { extras.append(dim("Try: " + result.suggestions.joined(separator: " | "))) }
        if !extras.isEmpty { out += "\n\n" + extras.joined(separator: "\n") }
        return out
    }

    /// For the interactive prompt: numbered suggestions (type the number to ask one).
    public func interactive(_ result: AskResult) -> String {
        var out = body(result)
        if let sources = Self.sources(result) { out += "\n" + dim(sources) }
        if !result.suggestions.isEmpty {
            out += "\n"
            for (i, s) in result.suggestions.enumerated() {
                let number = "\(i + 1))"
                let lines = wrapped("  \(number) \(s)").split(separator: "\n", omittingEmptySubsequences: false)
                out += "\n  " + style.bold(number) + lines[0].dropFirst(2 + number.count)
                for line in lines.dropFirst() { out += "\n" + line }
            }
        }
        return out
    }

    /// The answer's text, wrapped, with the chart before its "Sources:" block.
    func body(_ result: AskResult) -> String {
        let text = result.answer.trimmingTrailingNewlines()
        guard let width else { return text }
        let chart = SalaryChart(salaries: result.salaries, sourceNumbers: Self.sourceNumbers(result))
            .render(width: width, style: style)
        guard !chart.isEmpty else { return wrapped(text) }
        let (head, tail) = Self.splitSources(text)
        var out = wrapped(head) + "\n\n" + chart.joined(separator: "\n")
        if let tail { out += "\n\n" + wrapped(tail) }
        return out
    }

    /// Source id -> "[n]" number: the order of `sources`, which is the order the answer
    /// numbers them in.
    static func sourceNumbers(_ result: AskResult) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for (i, s) in result.sources.enumerated() where numbers[s.id] == nil { numbers[s.id] = i + 1 }
        return numbers
    }

    /// The text before its trailing "Sources:" block, and the block.
    static func splitSources(_ text: String) -> (String, String?) {
        guard let r = text.firstRange(of: "\n\nSources:\n") else { return (text, nil) }
        return (String(text[..<r.lowerBound]), String(text[text.index(r.lowerBound, offsetBy: 2)...]))
    }

    /// `text` wrapped to the width (as it is without one).
    public func wrapped(_ text: String) -> String {
        guard let width else { return text }
        return TextWrapper(width: width).wrap(text)
    }

    private func dim(_ text: String) -> String {
        wrapped(text).split(separator: "\n", omittingEmptySubsequences: false).map { style.dim(String($0)) }
            .joined(separator: "\n")
    }
}

extension String {
    public func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last.isNewline || last == " " { s = s.dropLast() }
        return String(s)
    }
}
