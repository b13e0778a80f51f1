import CareerKnowledge

/// Accumulates an answer's lines and the sources it cites. `cite` numbers sources in
/// order of first use; `finish` appends the numbered source list, so every answer's
/// text names its sources even when a client shows only the text.
///
/// The lines are written as they come into one buffer of UTF-8 bytes, joined by
/// newlines, rather than kept as an array of strings joined at the end: the array, its
/// growth, the copy into the text and each source's line written piece by piece were
/// about 4% of an ask's instructions (docs/PERFORMANCE.md, "Sixteenth round").
struct AnswerBuilder {
    /// The lines so far, each but the first after a newline.
    private var text: [UInt8] = []
    /// Whether a line was written (a blank first line writes no byte), and where the text
    /// ends without its trailing blank lines (what `finish` keeps).
    private var hasLines = false
    private var kept = 0
    private var lastLineIsBlank = false
    private(set) var cited: [String] = []
    /// Where each of `cited` is in `catalog.knowledge.sources`.
    private var citedAt: [Int] = []
    var suggestions: [String] = []
    /// The salary bands the text shows, in order, as data for clients that draw them.
    private(set) var figures: [RoleSalary] = []
    let catalog: Catalog

    init(catalog: Catalog) { self.catalog = catalog }

    mutating func line(_ text: AnswerText) { write("", text.bytes) }
    /// A blank line, unless the text is empty or already ends with one.
    mutating func blank() { if hasLines, !lastLineIsBlank { write("", []) } }
    mutating func bullet(_ text: AnswerText) { write("  - ", text.bytes) }

    /// One line: `lead` then `body`. The first makes room for the text of most answers
    /// (the median reply is about 2 KB): a builder that is given no line (the one
    /// `role.recommend` scores roles with) allocates nothing.
    private mutating func write(_ lead: StaticString, _ body: [UInt8]) {
        if hasLines {
            text.append(UInt8(ascii: "\n"))
        } else {
            text.reserveCapacity(2048)
            hasLines = true
        }
        let leadCount = lead.withUTF8Buffer { lead in
            text.append(contentsOf: lead)
            return lead.count
        }
        text += body
        lastLineIsBlank = leadCount == 0 && body.isEmpty
        if !lastLineIsBlank { kept = text.count }
    }
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
        if cited.isEmpty {
            // Room for the sources of most answers at once, not grown 1, 2, 4, 8.
            cited.reserveCapacity(8)
            citedAt.reserveCapacity(8)
        }
        cited.append(id)
        citedAt.append(at)
        return Self.mark(cited.count)
    }

    private static let marks = numbers.map { "[\($0)]" }
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
        if let text { line("\(Self.noteLabel) \(text)") }
    }

    /// The text: its lines without the trailing blank ones, then the numbered sources,
    /// made into one string.
    func finish() -> (text: String, sources: [Source]) {
        var size = kept + 16
        // "\n  [", the number (at most 20 digits), the line.
        for at in citedAt { size += 24 + catalog.sourceLines[at].utf8.count }
        let text = StringWriter.string(capacity: size) { out in
            self.text.withUnsafeBytes { out.put(UnsafeRawBufferPointer(rebasing: $0[..<kept])) }
            guard !citedAt.isEmpty else { return }
            out.put(kept > 0 ? "\n\nSources:" : "\nSources:")
            for (i, at) in citedAt.enumerated() {
                out.put("\n  [")
                out.put(Self.number(i + 1))
                out.put(catalog.sourceLines[at])
            }
        }
        return (text, citedAt.map { catalog.knowledge.sources[$0] })
    }

    /// "1" to "32" made once (and `marks` from them): an answer cites a few sources.
    private static let numbers = (1...32).map(String.init)
    private static func number(_ n: Int) -> String { n <= numbers.count ? numbers[n - 1] : String(n) }
}
