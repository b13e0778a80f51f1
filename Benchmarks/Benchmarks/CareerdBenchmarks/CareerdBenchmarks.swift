import Benchmark
import CareerAdvisor
import CareerKnowledge
import CareerProtocol
import Foundation

/// Benchmarks of the daemon's parts on the shipped knowledge (Knowledge/ of this checkout):
/// loading it, building the advisor (its indexes), `search`, `ask` once per intent (the
/// first example of each intent in Knowledge/language/examples), and writing an answer as
/// JSON. Every benchmark carries a malloc-count threshold (Benchmarks/Thresholds, checked by
/// `make bench`), so that a change that adds allocations shows. See Benchmarks/README.md.
let benchmarks: @Sendable () -> Void = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("Knowledge").path
    let knowledge = try! KnowledgeLoader.load(directory: folder)
    let advisor = Advisor(knowledge: knowledge)

    // Allocations may not grow by more than 5%, nor by more than 2 mallocs, over the
    // stored thresholds.
    let mallocs: [BenchmarkMetric: BenchmarkThresholds] = [
        .mallocCountTotal: .init(relative: [.p90: 5], absolute: [.p90: 2]),
    ]
    let fast = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(1),
                                       maxIterations: 100_000, thresholds: mallocs)
    // Loading parses files on several threads, so its malloc count varies by a few
    // hundred from run to run: 5% only (the check fails when either bound is passed).
    let varying: [BenchmarkMetric: BenchmarkThresholds] = [.mallocCountTotal: .init(relative: [.p90: 5])]
    let slow = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                       maxDuration: .seconds(3), maxIterations: 20, thresholds: varying)

    Benchmark("Knowledge.load: shipped folder", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! KnowledgeLoader.load(directory: folder)) }
    }
    Benchmark("Advisor.init: shipped knowledge (every index)", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Advisor(knowledge: knowledge)) }
    }
    Benchmark("Advisor.search: 'machine learning engineer', top 10", configuration: fast) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(advisor.search("machine learning engineer", limit: 10)) }
    }
    Benchmark("Advisor.search: 'free courses for nlp', resources", configuration: fast) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(advisor.search("free courses for nlp", type: .resource, limit: 10)) }
    }

    for (intent, examples) in knowledge.vocabulary.examples.sorted(by: { $0.key < $1.key }) {
        guard let question = examples.first else { continue }
        Benchmark("ask: \(intent)", configuration: fast) { benchmark in
            for _ in benchmark.scaledIterations {
                var session = SessionState()
                blackHole(advisor.ask(question, session: &session))
            }
        }
    }

    // Serialisation: the largest answer among the intents' first examples, as the server
    // writes it (AskResult, then the response line).
    var session = SessionState()
    let answers = knowledge.vocabulary.examples.values.compactMap(\.first).map { advisor.ask($0, session: &session) }
    let largest = answers.max { $0.text.utf8.count < $1.text.utf8.count }!
    let result = AskResult(
        intent: largest.intent, confidence: largest.confidence,
        alternatives: largest.alternatives.map { .init(intent: $0.intent, confidence: $0.confidence) },
        entities: largest.entities.map { .init(type: $0.type.rawValue, id: $0.id, name: $0.name) },
        answer: largest.text,
        sources: largest.sources.map { .init(id: $0.id, title: $0.title, publisher: $0.publisher, date: $0.date) },
        suggestions: largest.suggestions)
    let response = RPCResponse(id: .int(1), result: result.json)
    Benchmark("JSON: write the largest answer, tree built then written", configuration: fast) { benchmark in
        var out: [UInt8] = []
        for _ in benchmark.scaledIterations {
            out.removeAll(keepingCapacity: true)
            RPCResponse(id: .int(1), result: result.json).write(to: &out)
            blackHole(out)
        }
    }
    Benchmark("JSON: write the largest answer, direct (as the server does)", configuration: fast) { benchmark in
        // Sized, then written into room of that size (the server's is a ByteBuffer's).
        let room = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { room.deallocate() }
        for _ in benchmark.scaledIterations {
            let size = RPCResponse.resultLineSize(id: .int(1), result: result)
            var out = JSONPointerWriter(UnsafeMutableRawBufferPointer(rebasing: room[..<size]))
            RPCResponse.writeResultLine(id: .int(1), result: result, &out)
            blackHole(out.count)
        }
    }
    Benchmark("JSON: write the largest answer, tree given", configuration: fast) { benchmark in
        var out: [UInt8] = []
        for _ in benchmark.scaledIterations {
            out.removeAll(keepingCapacity: true)
            response.write(to: &out)
            blackHole(out)
        }
    }
}
