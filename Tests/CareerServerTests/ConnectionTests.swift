@testable import CareerServer
import CareerProtocol
import NIOCore
import NIOEmbedded
import Testing

/// The JSON-RPC endpoint: every error code, ordering, notifications, the bounds.
@Suite struct ConnectionTests {
    @Test func asksAndAnswersInOrder() throws {
        let ch = try Support.channel()
        let input = Support.request(1, "ask", #"{"text":"data analyst salary"}"#) + Support.request(2, "info") + Support.request(3, "ask", #"{"text":"hello"}"#)
        let out = try Support.exchange(ch, input)
        #expect(out.map { $0["id"]?.int } == [1, 2, 3])
        #expect(out[0]["result"]?["intent"]?.string == "role.salary")
        #expect(out[0]["result"]?["answer"]?.string?.contains("$55,000") == true)
        #expect(out[1]["result"]?["protocol"]?.int == 1)
        #expect(out[1]["result"]?["counts"]?["role"]?.int == Support.advisor.catalog.knowledge.roles.count)
    }

    @Test func parseErrorKeepsTheConnection() throws {
        let ch = try Support.channel()
        let out = try Support.exchange(ch, "{not json\n" + Support.request(7, "info"))
        #expect(out[0]["error"]?["code"]?.int == -32700)
        #expect(out[0]["id"] == .null)
        #expect(out[1]["id"]?.int == 7)
    }

    @Test func invalidUTF8IsAParseError() throws {
        let ch = try Support.channel()
        var buf = ch.allocator.buffer(capacity: 8)
        buf.writeBytes([0x7B, 0xFF, 0xFE, 0x7D, 0x0A])
        try ch.writeInbound(buf)
        ch.embeddedEventLoop.run()
        let reply = try #require(try ch.readOutbound(as: ByteBuffer.self))
        #expect(try JSONValue(parsing: String(buffer: reply))["error"]?["code"]?.int == -32700)
    }

    @Test(arguments: [
        (#"{"jsonrpc":"1.0","id":1,"method":"info"}"#, -32600),
        (#"{"jsonrpc":"2.0","id":1,"method":5}"#, -32600),
        (#"[1,2]"#, -32600),
        (#"{"jsonrpc":"2.0","id":1,"method":"nope"}"#, -32601),
        (#"{"jsonrpc":"2.0","id":1,"method":"ask","params":{}}"#, -32602),
        (#"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"text":5}}"#, -32602),
        (#"{"jsonrpc":"2.0","id":1,"method":"search","params":{"query":"x","limit":0}}"#, -32602),
        (#"{"jsonrpc":"2.0","id":1,"method":"get","params":{"type":"role","id":"astronaut"}}"#, -32007),
    ])
    func errorCodes(line: String, code: Int) throws {
        let out = try Support.exchange(try Support.channel(), line + "\n")
        #expect(out.count == 1)
        #expect(out[0]["error"]?["code"]?.int == code, "\(line)")
    }

    @Test func textTooLongIsInvalidParams() throws {
        let ch = try Support.channel(Support.state { $0.maximumTextCharacters = 10 })
        let out = try Support.exchange(ch, Support.request(1, "ask", #"{"text":"how much does a data analyst make"}"#))
        #expect(out[0]["error"]?["code"]?.int == -32602)
    }

    @Test func lineTooLongGetsOneErrorThenServes() throws {
        let ch = try Support.channel(Support.state { $0.maximumLineBytes = 64 })
        let out = try Support.exchange(ch, String(repeating: "z", count: 500) + "\n" + Support.request(2, "info"))
        #expect(out.count == 2)
        #expect(out[0]["error"]?["code"]?.int == -32001)
        #expect(out[1]["id"]?.int == 2)
    }

    @Test func notificationsGetNoResponse() throws {
        let out = try Support.exchange(try Support.channel(), #"{"jsonrpc":"2.0","method":"ask","params":{"text":"hi"}}"# + "\n" + Support.request(9, "info"))
        #expect(out.map { $0["id"]?.int } == [9])
    }

    @Test func rateLimitAnswersWithAnError() throws {
        let ch = try Support.channel(Support.state { $0.requestsPerSecondPerUID = 0.001; $0.burstPerUID = 2 })
        let out = try Support.exchange(ch, (1...4).map { Support.request($0, "info") }.joined())
        #expect(out.map { $0["error"]?["code"]?.int } == [nil, nil, -32002, -32002])
    }

    @Test func followUpsWithinASession() throws {
        let ch = try Support.channel()
        let out = try Support.exchange(ch, Support.request(1, "ask", #"{"text":"what does a data engineer do","session":"s"}"#)
            + Support.request(2, "ask", #"{"text":"how much do they make?","session":"s"}"#)
            + Support.request(3, "session.reset", #"{"session":"s"}"#)
            + Support.request(4, "ask", #"{"text":"how much do they make?","session":"s"}"#))
        #expect(out[1]["result"]?["intent"]?.string == "role.salary")
        #expect(out[1]["result"]?["entities"]?[0]?["id"]?.string == "data-engineer")
        #expect(out[2]["result"]?["reset"]?.bool == true)
        #expect(out[3]["result"]?["entities"]?.array?.isEmpty == true)
    }

    @Test func reloadNeedsAKnownPeer() throws {
        // An EmbeddedChannel has no peer credentials: reload is refused, not run.
        let out = try Support.exchange(try Support.channel(), Support.request(1, "reload"))
        #expect(out[0]["error"]?["code"]?.int == -32003)
    }

    @Test func getListAndSearch() throws {
        let ch = try Support.channel()
        let out = try Support.exchange(ch, Support.request(1, "get", #"{"type":"skill","id":"kubernetes"}"#)
            + Support.request(2, "list", #"{"type":"certification"}"#)
            + Support.request(3, "search", #"{"query":"k8s containers","type":"skill","limit":3}"#))
        #expect(out[0]["result"]?["record"]?["roles"]?.array?.contains(.string("mlops-engineer")) == true)
        #expect(out[1]["result"]?["items"]?.array?.count == Support.advisor.catalog.knowledge.certifications.count)
        #expect(out[2]["result"]?["hits"]?[0]?["id"]?.string == "kubernetes")
    }

    @Test func getMarksBackgroundNotesAndCeilings() throws {
        let ch = try Support.channel()
        let out = try Support.exchange(ch, Support.request(1, "get", #"{"type":"role","id":"head-of-ai"}"#)
            + Support.request(2, "get", #"{"type":"role","id":"machine-learning-engineer"}"#))
        #expect(out[0]["result"]?["record"]?["background"]?.string?.contains("None of this is in the sources") == true)
        let salaries = out[1]["result"]?["record"]?["salaries"]?.array ?? []
        let ceiling = salaries.first { $0["kind"]?.string == "ceiling" }
        #expect(ceiling?["basis"]?.string == "total-compensation")
        #expect(ceiling?["region"] == .null)
        #expect(out[1]["result"]?["record"]?["background"] == nil)
    }

    @Test func tooManyConnectionsAreTurnedAway() throws {
        let state = Support.state { $0.maximumConnections = 1 }
        let first = try Support.channel(state)
        let second = EmbeddedChannel()
        try Connection.install(on: second, state: state, peer: nil)
        let reply = try #require(try second.readOutbound(as: ByteBuffer.self))
        #expect(try JSONValue(parsing: String(buffer: reply))["error"]?["code"]?.int == -32004)
        _ = first
    }

    /// Output back-pressure: while the channel is unwritable (its output limit reached)
    /// no line is answered and reading stops; when it drains, every line is answered in
    /// order.
    @Test func anUnwritableChannelHoldsLinesBackAndLosesNone() throws {
        let ch = try Support.channel()
        ch.isWritable = false
        ch.pipeline.fireChannelWritabilityChanged()
        let held = try Support.exchange(ch, (1...5).map { Support.request($0, "info") }.joined())
        #expect(held.isEmpty)
        ch.isWritable = true
        ch.pipeline.fireChannelWritabilityChanged()
        var ids: [Int?] = []
        while let buffer = try ch.readOutbound(as: ByteBuffer.self) {
            for line in String(buffer: buffer).split(separator: "\n") { ids.append(try JSONValue(parsing: String(line))["id"]?.int) }
        }
        #expect(ids == [1, 2, 3, 4, 5])
    }

    @Test func aRefusalNamesTheLimitAndItsValue() throws {
        let state = Support.state { $0.maximumConnectionsPerUID = 1; $0.privilegedFactor = 1 }
        let first = try Support.channel(state)
        let second = EmbeddedChannel()
        try Connection.install(on: second, state: state, peer: nil)
        let reply = try JSONValue(parsing: String(buffer: try #require(try second.readOutbound(as: ByteBuffer.self))))
        #expect(reply["error"]?["data"]?["limit"]?.string == "connections_per_uid")
        #expect(reply["error"]?["data"]?["value"]?.int == 1)
        _ = first
    }

    @Test func aRateLimitedRequestIsToldWhenToRetry() throws {
        let ch = try Support.channel(Support.state { $0.requestsPerSecondPerUID = 2; $0.burstPerUID = 1 })
        let out = try Support.exchange(ch, Support.request(1, "info") + Support.request(2, "info"))
        #expect(out[1]["error"]?["data"]?["limit"]?.string == "requests_per_second_per_uid")
        #expect((out[1]["error"]?["data"]?["retry_after_ms"]?.int ?? 0) > 0)
    }

    /// The lines of a tick are answered at its end, after every ready connection of the
    /// loop was read: nothing is written from inside a read.
    @Test func linesReadInATickAreAnsweredAtItsEnd() throws {
        let loop = EmbeddedEventLoop()
        let state = Support.state()
        let a = EmbeddedChannel(loop: loop), b = EmbeddedChannel(loop: loop)
        try Connection.install(on: a, state: state, peer: nil)
        try Connection.install(on: b, state: state, peer: nil)
        try a.writeInbound(a.allocator.buffer(string: Support.request(1, "info")))
        try b.writeInbound(b.allocator.buffer(string: Support.request(2, "ask", #"{"text":"hello"}"#)))
        #expect(try a.readOutbound(as: ByteBuffer.self) == nil)
        #expect(try b.readOutbound(as: ByteBuffer.self) == nil)
        loop.run()
        let first = try #require(try a.readOutbound(as: ByteBuffer.self))
        let second = try #require(try b.readOutbound(as: ByteBuffer.self))
        #expect(try JSONValue(parsing: String(buffer: first))["id"]?.int == 1)
        #expect(try JSONValue(parsing: String(buffer: second))["id"]?.int == 2)
    }

    /// A shutdown that comes between a read and the end of its tick still answers the
    /// lines read, then closes.
    @Test func shutdownAnswersTheLinesAlreadyRead() throws {
        let ch = try Support.channel()
        try ch.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        try ch.writeInbound(ch.allocator.buffer(string: Support.request(1, "info") + Support.request(2, "info")))
        ch.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
        #expect(ch.isActive)
        ch.embeddedEventLoop.run()
        var ids: [Int?] = []
        while let buffer = try ch.readOutbound(as: ByteBuffer.self) {
            for line in String(buffer: buffer).split(separator: "\n") { ids.append(try JSONValue(parsing: String(line))["id"]?.int) }
        }
        #expect(ids == [1, 2])
        #expect(!ch.isActive)
    }

    /// A client that shuts down its side after writing has every line it sent answered,
    /// the last one without a newline too, and then the connection closes.
    @Test func inputClosedAnswersEveryLineThenCloses() throws {
        let ch = try Support.channel()
        try ch.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        let last = Support.request(3, "info").dropLast()
        try ch.writeInbound(ch.allocator.buffer(string: Support.request(1, "info") + Support.request(2, "info") + last))
        ch.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        #expect(ch.isActive)
        ch.embeddedEventLoop.run()
        var ids: [Int?] = []
        while let buffer = try ch.readOutbound(as: ByteBuffer.self) {
            for line in String(buffer: buffer).split(separator: "\n") { ids.append(try JSONValue(parsing: String(line))["id"]?.int) }
        }
        #expect(ids == [1, 2, 3])
        #expect(!ch.isActive)
    }

    /// Input that ends while nothing is left to answer closes the connection at once.
    @Test func inputClosedWithNothingToAnswerCloses() throws {
        let ch = try Support.channel()
        try ch.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        ch.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        ch.embeddedEventLoop.run()
        #expect(!ch.isActive)
    }
}
