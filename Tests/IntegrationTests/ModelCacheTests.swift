import CareerClient
import CareerProtocol
import Foundation
import Testing

/// The daemon keeps its trained intent model in the cache directory: a second start on the
/// same knowledge reads it, answers exactly as the first, and a changed folder trains anew.
@Suite struct ModelCacheTests {
    static func origin(_ daemon: Daemon) -> String? {
        let line = daemon.output.split(separator: "\n").last { $0.contains("intent model ready") }
        return line.flatMap { l in l.range(of: "from=").map { String(l[$0.upperBound...].prefix { $0 != " " && $0 != "," }) } }
    }

    static func answers(_ daemon: Daemon) throws -> [String] {
        let c = try daemon.client()
        return try ["how much does an mlops engineer make?", "I know Python and SQL, what fits me?",
                    "ml engineer vs data scientist", "hi there"].map { q in
            let r = try c.call(method: "ask", params: ["text": .string(q), "explain": true])
            return "\(r["intent"]?.string ?? "") \(r["answer"]?.string ?? "") \(r["explain"].map { "\($0)" } ?? "")"
        }
    }

    @Test func aRestartReadsTheModelAndAnswersTheSame() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("careerd-cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let first = try Daemon(environment: ["CACHE_DIRECTORY": cache]).waitUntilReady()
        let before = try Self.answers(first)
        #expect(first.stop() == 0)
        #expect(Self.origin(first) == "trained", "\(first.output)")
        #expect(first.output.contains("from=trained, stored"), "\(first.output)")

        let second = try Daemon(socket: first.socket, environment: ["CACHE_DIRECTORY": cache]).waitUntilReady()
        defer { second.stop() }
        #expect(Self.origin(second) == "cache", "\(second.output)")
        #expect(try Self.answers(second) == before)
        // explain works from a cached model too (it lists the nearest training examples).
        #expect(before.filter { $0.contains("nearest_examples") }.count == before.count)
    }

    @Test func aReloadOfUnchangedKnowledgeReadsTheModel() throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        #expect(Self.origin(daemon) == "trained", "\(daemon.output)")
        _ = try daemon.client().call(method: "reload")
        let reloaded = daemon.output.split(separator: "\n").filter { $0.contains("knowledge reloaded") }
        #expect(reloaded.count == 1 && reloaded[0].contains("model=cache"), "\(daemon.output)")
    }

    @Test func anUnwritableCacheIsANoticeNotAFailure() throws {
        let daemon = try Daemon(environment: ["CACHE_DIRECTORY": "/proc/careerd-no-such-cache"]).waitUntilReady()
        defer { daemon.stop() }
        #expect(Self.origin(daemon) == "trained" && !daemon.output.contains("from=trained, stored"), "\(daemon.output)")
        #expect(daemon.output.contains("could not be stored in the cache directory"), "\(daemon.output)")
    }

    @Test func noneTrainsEveryTime() throws {
        let daemon = try Daemon(arguments: ["--cache-directory", "none"]).waitUntilReady()
        defer { daemon.stop() }
        #expect(Self.origin(daemon) == "trained", "\(daemon.output)")
        #expect(daemon.output.contains("cache=none"), "\(daemon.output)")
    }
}
