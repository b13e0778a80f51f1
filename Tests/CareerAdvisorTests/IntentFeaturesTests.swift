import CareerKnowledge
import Foundation
import Testing
@testable import CareerAdvisor

/// `IntentFeatures.columns(of:)`, the path a live question takes, must give the model
/// exactly what `vector(extract(...))` gives it: the path the features of the training
/// examples and of `explain` take.
@Suite struct IntentFeaturesTests {
    static let advisor: Advisor = {
        do throws(KnowledgeLoadError) { return Advisor(knowledge: try KnowledgeLoader.load(directory: Fixture.directory)) } catch {
            fatalError("the shipped knowledge must load")
        }
    }()

    static func questions() throws -> [String] {
        let lines = try String(contentsOfFile: Fixture.directory + "/../Tests/Eval/questions.jsonl", encoding: .utf8)
        return lines.split(separator: "\n").compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
    }

    static func bits(_ v: [(Int, Float)]) -> [String] { v.map { "\($0.0):\($0.1.bitPattern)" } }

    @Test func liveColumnsAreTheVectorOfTheExtractedFeatures() throws {
        let model = try #require(Self.advisor.classifier.model)
        let features = IntentFeatures(classifier: Self.advisor.classifier)
        var texts = try Self.questions()
        #expect(texts.count > 300)
        // Long messages: far more than 64 distinct features, and repeats of every kind.
        texts.append(texts.prefix(40).joined(separator: ". "))
        texts.append(String(repeating: "how much does an mlops engineer make in the uk? ", count: 30))
        var longest = 0
        for text in texts {
            let q = Self.advisor.reader.read(text)
            for lent in [nil, EntityType.role, .skill] {
                let live = features.columns(of: model, q, lent: lent)
                let reference = model.vector(features.extract(q, lent: lent))
                #expect(Self.bits(live) == Self.bits(reference), "\(text) lent \(String(describing: lent))")
                longest = max(longest, live.count)
            }
        }
        #expect(longest > 64)
    }

    /// Every name made of units is filed by their ids: none is left to the whole-name
    /// lookup, where the live path would never ask for it.
    @Test func everyUnitFeatureIsFiledByItsParts() throws {
        let model = try #require(Self.advisor.classifier.model)
        let unfiled = model.table.others.keys.filter { name in
            ["w:", "q:", "b:", "c:", "first:"].contains { name.hasPrefix($0) }
        }
        #expect(unfiled.isEmpty, "\(unfiled.sorted().prefix(5))")
        #expect(model.table.others.count < model.names.count / 10)
    }
}
