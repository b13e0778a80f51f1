import CareerKnowledge

/// Accumulates an answer's lines and the sources it cites. `cite` numbers sources in
/// order of first use; `finish` appends the numbered source list, so every answer's
/// text names its sources even when a client shows only the text.
struct AnswerBuilder {
    private(set) var lines: [String] = []
    private(set) var cited: [String] = []
    /// Where each of `cited` is in `catalog.knowledge.sources`.
    private var citedAt: [Int] = []
    var suggestions: [String] = []
    /// The salary bands the text shows, in order, as data for clients that draw them.
    private(set) var figures: [RoleSalary] = []
    let catalog: Catalog

    init(catalog: Catalog) { self.catalog = catalog }

    mutating func line(_ text: String) { lines.append(text) }
    mutating func blank() { if let last = lines.last, !last.isEmpty { lines.append("") } }
    mutating func bullet(_ text: String) { lines.append("  - " + text) }
    /// Records a salary band the text shows (the composer writes it too).
    mutating func show(_ salary: Salary, of role: Role) {
        figures.append(RoleSalary(role: EntityRef(type: .role, id: role.id, name: role.name), salary: salary))
    }

    /// "[n]" for a source id, numbering it on first use. Unknown ids cite nothing.
    /// An answer cites a few sources many times: the ones cited already are found by a
    /// scan before the catalog is asked, and the marks are made once.
    mutating func cite(_ id: String) -> String {
        if let i = cited.firstIndex(of: id) { return Self.mark(i + 1) }
        guard let at = catalog.sourceIndex(id) else { return "" }
        cited.append(id)
        citedAt.append(at)
        return Self.mark(cited.count)
    }

    private static let marks = (1...32).map { "[\($0)]" }
    private static func mark(_ n: Int) -> String { n <= marks.count ? marks[n - 1] : "[\(n)]" }

    /// The citation of a list of sources; an entity no source names (its sources are
    /// empty and a `background` note says what it is) is marked as the advisor's note.
    mutating func cite(_ ids: [String]) -> String {
        guard let first = ids.first else { return Self.uncited }
        var marks = cite(first)
        for id in ids.dropFirst() { marks += cite(id) }
        return marks
    }

    /// Marks a statement that is the advisor's own and cites no source.
    static let uncited = "(advisor's note, no source)"
    /// Leads a background note: the advisor's own words, never given a source number.
    static let noteLabel = "Advisor's note (not from the sources):"

    /// A background note as its own line, labelled and without a source number.
    mutating func note(_ text: String?) {
        if let text { line(Self.noteLabel + " " + text) }
    }

    /// The text: its lines and the numbered sources, written into one string sized for
    /// them (`StringWriter`; joining a copy of the lines was a fourteenth of an answer's
    /// instructions, and appending to a `String` piece by piece most of the rest).
    func finish() -> (text: String, sources: [Source]) {
        var count = lines.count
        while count > 0, lines[count - 1].isEmpty { count -= 1 }
        let sources = citedAt.map { catalog.knowledge.sources[$0] }
        var size = 0
        for line in lines[..<count] { size += line.utf8.count + 1 }
        // Each source line: its title, publisher and date (or the 35 bytes saying it has
        // none) and at most 32 bytes of its own.
        for s in sources { size += s.title.utf8.count + s.publisher.utf8.count + max(s.date.utf8.count, 40) + 32 }
        let text = StringWriter.string(capacity: size + 16) { out in
            for (i, line) in lines[..<count].enumerated() {
                if i > 0 { out.put("\n") }
                out.put(line)
            }
            if !sources.isEmpty {
                out.put(count > 0 ? "\n\nSources:" : "\nSources:")
                for (i, s) in sources.enumerated() {
                    out.put("\n  [")
                    out.put(String(i + 1))
                    out.put("] ")
                    out.put(s.title)
                    out.put(", ")
                    out.put(s.publisher)
                    out.put(" (")
                    out.put(s.isDated ? s.date : "undated: the document gives no date")
                    out.put(")")
                }
            }
        }
        return (text, sources)
    }
}
