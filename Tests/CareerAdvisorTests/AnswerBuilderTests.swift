import CareerKnowledge
import Testing
@testable import CareerAdvisor

/// `AnswerBuilder.finish` writes the text into a string sized in advance: it must be the
/// lines and the numbered sources joined by newlines, whatever the sources hold.
@Suite struct AnswerBuilderTests {
    /// The text as the lines and sources joined, the way `finish` wrote it before.
    static func joined(_ lines: [String], _ sources: [Source]) -> String {
        var out = lines
        while out.last?.isEmpty == true { out.removeLast() }
        if !sources.isEmpty {
            out += ["", "Sources:"]
            for (i, s) in sources.enumerated() {
                out.append("  [\(i + 1)] \(s.title), \(s.publisher) (\(s.isDated ? s.date : "undated: the document gives no date"))")
            }
        }
        return out.joined(separator: "\n")
    }

    @Test func theTextIsTheLinesAndTheSourcesJoined() throws {
        var kb = try KnowledgeLoader.load(directory: Fixture.directory)
        // Sources at the edges of the size estimate: no date, empty fields, long and
        // non-ASCII text, and more than nine of them (two-digit numbers).
        kb.sources += [
            Source(id: "t-undated", title: "", publisher: "", date: "undated"),
            Source(id: "t-empty", title: "T", publisher: "P", date: ""),
            Source(id: "t-long", title: String(repeating: "Données sur l’IA — ", count: 40), publisher: "Ünïcode", date: "2024-01"),
        ] + (0..<12).map { Source(id: "t-\($0)", title: "Title \($0)", publisher: "Pub", date: "undated") }
        let catalog = Catalog(kb)
        for (lines, ids) in [
            ([String](), [String]()),
            ([], ["t-undated"]),
            (["one", "", "two", "", ""], []),
            (["", ""], ["t-empty"]),
            (["Salaries — £50,000–£70,000", "second"], kb.sources.map(\.id)),
        ] {
            var b = AnswerBuilder(catalog: catalog)
            for line in lines { b.line(AnswerText(line)) }
            for id in ids { _ = b.cite(id) }
            let (text, sources) = b.finish()
            #expect(sources.map(\.id) == ids)
            #expect(text == Self.joined(lines, sources))
        }
    }

    /// `blank` adds one blank line between lines, never at the start or twice in a row;
    /// bullets are indented; the text never ends with blank lines, with or without sources.
    @Test func blankLinesAndBullets() throws {
        let kb = try KnowledgeLoader.load(directory: Fixture.directory)
        let catalog = Catalog(kb)
        var b = AnswerBuilder(catalog: catalog)
        b.blank()
        b.line("Title")
        b.blank()
        b.blank()
        b.bullet("first")
        b.bullet("")
        b.line("")
        b.blank()
        #expect(b.finish().text == "Title\n\n  - first\n  - ")
        if let source = kb.sources.first {
            _ = b.cite(source.id)
            #expect(b.finish().text == Self.joined(["Title", "", "  - first", "  - ", "", ""], [source]))
        }
    }
}
