import CareerKnowledge
import Foundation
import Testing

/// The example utterances the intent model learns from must never repeat a question of
/// a question set (the project's sets in `Tests/Eval/`, and the shared development set
/// when it is beside the checkout), nor contain one of four words or more: the sets must
/// stay measurements. Compared as words, case and punctuation aside.
@Suite struct ExamplesTests {
    static func words(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") }.joined(separator: " ")
    }

    static func questionSetTexts() throws -> [String: String] {
        let root = URL(fileURLWithPath: Fixture.directory).deletingLastPathComponent()
        let eval = root.appendingPathComponent("Tests/Eval")
        var files = try FileManager.default.contentsOfDirectory(atPath: eval.path)
            .filter { $0.hasSuffix(".jsonl") }.map { eval.appendingPathComponent($0).path }
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/eval/dev.jsonl").path
        if FileManager.default.fileExists(atPath: shared) { files.append(shared) }
        var texts: [String: String] = [:]
        for file in files {
            for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let text = object["text"] as? String else { continue }
                texts[words(text)] = "\((file as NSString).lastPathComponent): \(text)"
            }
        }
        return texts
    }

    @Test func noExampleRepeatsAQuestionOfAQuestionSet() throws {
        let sets = try Self.questionSetTexts()
        #expect(sets.count > 900)
        let long = sets.filter { $0.key.split(separator: " ").count >= 4 }
        let knowledge = try KnowledgeLoader.load(directory: Fixture.directory)
        for (intent, examples) in knowledge.vocabulary.examples {
            for example in examples {
                if let question = sets[Self.words(example)] {
                    Issue.record("\(intent) example '\(example)' repeats \(question)")
                }
                let padded = " " + Self.words(example) + " "
                for (words, question) in long where padded.contains(" " + words + " ") {
                    Issue.record("\(intent) example '\(example)' contains \(question)")
                }
            }
        }
    }
}
