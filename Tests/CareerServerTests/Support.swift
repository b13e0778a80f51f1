@testable import CareerServer
import CareerAdvisor
import CareerKnowledge
import CareerProtocol
import Logging
import NIOCore
import NIOEmbedded
import NIOPosix

/// A connection pipeline on an EmbeddedChannel, over the shipped knowledge.
enum Support {
    static let knowledgeDirectory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Knowledge"
    }()

    static let advisor: Advisor = {
        do { return Advisor(knowledge: try KnowledgeLoader.load(directory: knowledgeDirectory)) } catch {
            fatalError("shipped knowledge must load: \(error)")
        }
    }()

    static func state(_ configure: (inout ServerConfiguration) -> Void = { _ in }) -> ServerState {
        var config = ServerConfiguration(bind: .unixDomainSocket(path: "/nonexistent"))
        configure(&config)
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        let loaded = AdvisorStore.Loaded(advisor: advisor, directory: knowledgeDirectory, loadedAt: 0)
        return ServerState(configuration: config, advisors: AdvisorStore(loaded, threadPool: pool),
                           events: ServerEvents(), logger: Logger(label: "test"))
    }

    static func channel(_ state: ServerState = Support.state()) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try Connection.install(on: channel, state: state, peer: nil)
        return channel
    }

    /// Sends raw bytes, runs the event loop's tick to its end (where lines are answered,
    /// `Connection.scheduleDrain`), and returns every response line written back.
    static func exchange(_ channel: EmbeddedChannel, _ input: String) throws -> [JSONValue] {
        try channel.writeInbound(channel.allocator.buffer(string: input))
        channel.embeddedEventLoop.run()
        var out: [JSONValue] = []
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) {
            let text = String(buffer: buffer)
            for line in text.split(separator: "\n") { out.append(try JSONValue(parsing: String(line))) }
        }
        return out
    }

    static func request(_ id: Int, _ method: String, _ params: String = "{}") -> String {
        "{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"\(method)\",\"params\":\(params)}\n"
    }
}
