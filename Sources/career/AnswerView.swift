import CareerProtocol

/// How an `ask` result reads in a terminal: the answer text, then sources and
/// suggestions, compact.
enum AnswerView {
    /// "Sources: Title (Publisher, date); ..." or nil when there are none.
    static func sources(_ result: AskResult) -> String? {
        guard !result.sources.isEmpty else { return nil }
        // The answer may already end with its own sources block; do not repeat it.
        if result.answer.hasPrefix("Sources:") || result.answer.contains("\nSources:") { return nil }
        let items = result.sources.map { s -> String in
            let detail = [s.publisher, s.date].filter { !$0.isEmpty }.joined(separator: ", ")
            return detail.isEmpty ? s.title : "\(s.title) (\(detail))"
        }
        return "Sources: " + items.joined(separator: "; ")
    }

    /// For `career ask` and piped input: suggestions on one line.
    static func oneShot(_ result: AskResult) -> String {
        var out = result.answer.trimmingTrailingNewlines()
        var extras: [String] = []
        if let sources = sources(result) { extras.append(Output.dim(sources)) }
        if !result.suggestions.isEmpty {
            extras.append(Output.dim("Try: " + result.suggestions.joined(separator: " | ")))
        }
        if !extras.isEmpty { out += "\n\n" + extras.joined(separator: "\n") }
        return out
    }

    /// For the interactive prompt: numbered suggestions (type the number to ask one).
    static func interactive(_ result: AskResult) -> String {
        var out = result.answer.trimmingTrailingNewlines()
        if let sources = sources(result) { out += "\n" + Output.dim(sources) }
        if !result.suggestions.isEmpty {
            out += "\n"
            for (i, s) in result.suggestions.enumerated() { out += "\n  " + Output.bold("\(i + 1))") + " \(s)" }
        }
        return out
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last.isNewline || last == " " { s = s.dropLast() }
        return String(s)
    }
}
