import Foundation
import Testing
@testable import CareerKnowledge

/// The composer that reads libyaml's events must read every file exactly as Yams reads it
/// (text, style and position of every value), and must hand every file that is not plain
/// YAML to Yams.
@Suite struct YAMLComposerTests {
    static func compose(_ text: String) -> YAMLComposer.Outcome {
        var text = text
        return text.withUTF8 { YAMLComposer.compose(utf8: $0) }
    }

    /// A listing of a node tree with every text, style and position.
    static func listing(_ node: Node, _ indent: String = "") -> String {
        let at = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
        switch node {
        case .scalar(let s): return "\(indent)\(s.style) \(s.string.debugDescription) \(at)\n"
        case .sequence(let s): return "\(indent)seq \(at)\n" + s.items.map { listing($0, indent + "  ") }.joined()
        case .mapping(let m):
            return "\(indent)map \(at)\n" + m.pairs.map { listing($0.key, indent + "  ") + listing($0.value, indent + "    ") }.joined()
        }
    }

    static var shippedFiles: [String] {
        let root = Fixtures.knowledge
        let all = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(root)/\($0)" }
    }

    @Test func readsEveryShippedFileAsYamsDoes() throws {
        let files = Self.shippedFiles
        #expect(files.count > 100)
        var differ: [String] = []
        for path in files {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard case .node(let fast) = Self.compose(text) else { differ.append("\(path): not composed"); continue }
            let yams = try #require(try YAMLDocument.composeWithYams(text))
            if Self.listing(fast) != Self.listing(yams) { differ.append(path) }
        }
        #expect(differ.isEmpty, "\(differ)")
    }

    @Test func readsStylesAndPositionsAsYamsDoes() throws {
        let text = """
            # a comment
            plain: text
            quoted: "with \\"escapes\\" and é"
            single: 'it''s'
            empty:
            tilde: ~
            number: 55000
            folded: >-
              two
              lines
            literal: |
              kept
              as is
            flow: [a, "b", {c: d}]
            block:
              - one
              - key: value
                other: 2
            """
        guard case .node(let fast) = Self.compose(text) else { Issue.record("not composed"); return }
        let yams = try #require(try YAMLDocument.composeWithYams(text))
        #expect(Self.listing(fast) == Self.listing(yams))
    }

    @Test func leavesEverythingElseToYams() {
        for text in ["a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "a: [1\n", "a: 1\n---\nb: 2\n",
                     "key: value\n  bad: indent\n", "? [a, b]\n: c\n"] {
            guard case .unsupported = Self.compose(text) else { Issue.record("composed: \(text.debugDescription)"); continue }
        }
        for text in ["", "# only a comment\n", "\n\n"] {
            guard case .empty = Self.compose(text) else { Issue.record("not empty: \(text.debugDescription)"); continue }
        }
    }
}
