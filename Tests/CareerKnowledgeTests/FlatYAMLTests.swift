import Foundation
import Testing
@testable import CareerKnowledge

/// `FlatYAML` reads what it accepts exactly as libyaml (`YAMLComposer`) does, and leaves
/// everything else to it.
@Suite struct FlatYAMLTests {
    func flat(_ text: String) -> Node? { Array(text.utf8).withUnsafeBufferPointer(FlatYAML.parse) }
    func composed(_ text: String) -> Node? {
        guard case .node(let node) = Array(text.utf8).withUnsafeBufferPointer(YAMLComposer.compose) else { return nil }
        return node
    }

    /// Every file of the shipped knowledge and of the fixtures: where the flat reader
    /// accepts a file, libyaml reads the same tree. `FLATYAML_FOLDERS` (folders separated
    /// by `:`) adds more, such as `Benchmarks/gen-knowledge.py`'s scale folders.
    @Test func agreesWithLibyamlOnEveryKnowledgeFile() throws {
        var accepted = 0, total = 0
        let extra = ProcessInfo.processInfo.environment["FLATYAML_FOLDERS"]?.split(separator: ":").map(String.init) ?? []
        for root in [Fixtures.knowledge, Fixtures.valid, Fixtures.broken] + extra {
            let files = FileManager.default.enumerator(atPath: root)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") }
            for file in files {
                let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
                total += 1
                guard let a = flat(text) else { continue }
                accepted += 1
                let b = try #require(composed(text), "\(file)")
                #expect(a == b, "\(root)/\(file)")
            }
        }
        #expect(total > 150 && accepted > 0, "\(accepted) of \(total)")
    }

    @Test(arguments: [
        "id: khan\nname: Khan Academy\naliases: [khan, ka]\nurl: https://www.khanacademy.org\n",
        "# a comment\n\nid: x\n  \nname:   spaced value   \ntopics: []\nmore: [ ]\n",
        "id: x\nname: \"quoted: yes # not a comment\"\nother: 'single'\nlast: no newline",
        "id: café\nname: Ünïcödé — dash\nlist: [ä, b, €uro]\n",
        "id: x\nc-sharp: C# and F#\nweird: a:b, c]{d}\nnumber: 12.5\nnull: ~\n",
        "k: [a,b ,  c]\n",
        "id: x\naliases: [\"Sources, Median\", 'b: c', \"é # d\" , plain]\ntopics: [\"\"]\n",
    ])
    func acceptedTextsReadAsLibyamlReadsThem(text: String) throws {
        let a = try #require(flat(text))
        let b = try #require(composed(text))
        #expect(a == b)
    }

    @Test(arguments: [
        "",  // nothing: libyaml's "empty"
        "# only a comment\n",
        "id: x\nsalary:\n  us: 1\n",  // nesting
        "id: x\ntopics:\n- a\n",  // a block sequence
        "id: x\nname: a # comment\n",
        "id: x\nname: \"esc\\\"aped\"\n",
        "id: x\nname: 'it''s'\n",
        "id: x\nid: y\n",  // a key twice
        "id: x\n\tname: y\n",
        "id: x\r\nname: y\r\n",
        "---\nid: x\n",
        "id: x\nname: a: b\n",
        "id: x\nlist: [a, [b]]\n",
        "id: x\nlist: [a, ]\n",
        "id: x\nlist: [a: b]\n",
        "id: x\nlist: [\"a\" b]\n",
        "id: x\nlist: [\"a\\\"b\"]\n",
        "id: x\nlist: [\"a]\n",
        "id: x\nname: |\n  block\n",
        "id: x\nname: -5\n",
        "id: x\nname: &anchor v\n",
        "id: x\nname: a\u{85}b\n",  // NEL, a line break to YAML
        "- a\n- b\n",
        "id: x\nname:\n",
    ])
    func everythingElseIsLeftToLibyaml(text: String) {
        #expect(flat(text) == nil)
    }

    /// Bytes that are not UTF-8 are left to libyaml, which says why.
    @Test func invalidUTF8IsLeftToLibyaml() {
        let bytes: [UInt8] = Array("id: x\nname: ".utf8) + [0xC3, 0x28] + [0x0A]
        #expect(bytes.withUnsafeBufferPointer(FlatYAML.parse) == nil)
    }
}
