import CareerKnowledge
import Foundation
import Testing
@testable import CareerAdvisor

/// A model read from the cache must be the model training gives, to the bit, and
/// anything the cache cannot vouch for must be trained again.
@Suite(.serialized) struct IntentModelCacheTests {
    static let knowledge: KnowledgeBase = {
        do throws(KnowledgeLoadError) { return try KnowledgeLoader.load(directory: Fixture.directory) } catch {
            fatalError("the shipped knowledge must load")
        }
    }()

    static func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("careerd-cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func modelFiles(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasPrefix("intent-model-") }.sorted()
    }

    @Test func aCachedModelIsTheTrainedOneAndAnswersTheSame() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Directories to create, as ~/.cache/careerd on a new account.
        let cache = IntentModelCache(directory: dir + "/.cache/careerd", codeIdentity: 7)
        let trained = Advisor(knowledge: Self.knowledge, modelCache: cache)
        #expect(trained.modelOrigin == .trainedAndStored)
        #expect(Self.modelFiles(dir + "/.cache/careerd").count == 1)
        let cached = Advisor(knowledge: Self.knowledge, modelCache: cache)
        #expect(cached.modelOrigin == .cache)

        let (a, b) = (try #require(trained.classifier.model), try #require(cached.classifier.model))
        #expect(a.classes == b.classes && a.names == b.names && a.columns == b.columns && a.width == b.width)
        #expect(a.weights.map(\.bitPattern) == b.weights.map(\.bitPattern) && a.bias.map(\.bitPattern) == b.bias.map(\.bitPattern))
        #expect(a.idf.map(\.bitPattern) == b.idf.map(\.bitPattern))
        #expect(a.examples.count == b.examples.count)
        #expect(zip(a.examples, b.examples).allSatisfy { x, y in
            x.text == y.text && x.intent == y.intent
                && x.features.map { "\($0.0):\($0.1.bitPattern)" } == y.features.map { "\($0.0):\($0.1.bitPattern)" }
        })
        #expect(trained.classifier.repeatedExampleStems == cached.classifier.repeatedExampleStems)
        #expect(!cached.classifier.repeatedExampleStems.isEmpty)

        // The same answers, explanations included, to every question of the project's set.
        let lines = try String(contentsOfFile: Fixture.directory + "/../Tests/Eval/questions.jsonl", encoding: .utf8)
        let questions = lines.split(separator: "\n").compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
        #expect(questions.count > 300)
        var differ: [String] = []
        for q in questions {
            var s1 = SessionState(), s2 = SessionState()
            let (x, y) = (trained.ask(q, session: &s1, explain: true), cached.ask(q, session: &s2, explain: true))
            if x.intent != y.intent || x.text != y.text || x.confidence != y.confidence || "\(String(describing: x.explanation))" != "\(String(describing: y.explanation))" {
                differ.append(q)
            }
        }
        #expect(differ.isEmpty, "\(differ.prefix(3))")
    }

    @Test func otherKnowledgeOrAnotherBinaryTrainsAgain() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = IntentModelCache(directory: dir, codeIdentity: 1)
        let trained = try #require(Advisor(knowledge: Self.knowledge, modelCache: cache).classifier.trained)
        #expect(cache.load(fingerprint: Self.knowledge.fingerprint) != nil)
        #expect(cache.load(fingerprint: Self.knowledge.fingerprint ^ 1) == nil)
        #expect(IntentModelCache(directory: dir, codeIdentity: 2).load(fingerprint: Self.knowledge.fingerprint) == nil)
        // Knowledge not read from files has no fingerprint: never cached.
        #expect(!cache.store(trained, fingerprint: 0) && cache.load(fingerprint: 0) == nil)
    }

    @Test func aDamagedFileIsAMissAndIsReplaced() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = IntentModelCache(directory: dir, codeIdentity: 3)
        let fingerprint = Self.knowledge.fingerprint
        let trained = try #require(Advisor(knowledge: Self.knowledge, modelCache: cache).classifier.trained)
        let path = cache.path(fingerprint)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        var damaged: [Data] = [Data(), good.prefix(good.count / 2), good + Data([0]), Data(repeating: 0x41, count: 4096)]
        var flipped = good
        flipped[40] ^= 0xFF  // inside the class names: lengths or text no longer agree
        damaged.append(flipped)
        for bytes in damaged {
            try bytes.write(to: URL(fileURLWithPath: path))
            if let read = cache.load(fingerprint: fingerprint) {
                // A flip that still parses must not pass for the trained model.
                #expect(read.model.classes != trained.model.classes || read.model.names != trained.model.names)
                continue
            }
            let again = Advisor(knowledge: Self.knowledge, modelCache: cache)
            #expect(again.modelOrigin == .trainedAndStored)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == good)
        }
    }

    @Test func onlyTheNewestFilesAreKept() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let trained = try #require(Advisor(knowledge: Self.knowledge).classifier.trained)
        for identity in 0..<UInt64(IntentModelCache.keep + 3) {
            #expect(IntentModelCache(directory: dir, codeIdentity: identity).store(trained, fingerprint: 42))
        }
        #expect(Self.modelFiles(dir).count == IntentModelCache.keep)
        let newest = IntentModelCache(directory: dir, codeIdentity: UInt64(IntentModelCache.keep + 2))
        #expect(newest.load(fingerprint: 42) != nil)
        #expect(IntentModelCache(directory: dir, codeIdentity: 0).load(fingerprint: 42) == nil)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).allSatisfy { !$0.hasSuffix(".tmp") })
    }
}
