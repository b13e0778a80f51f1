@testable import CareerServer
import NIOCore
import NIOEmbedded
import Testing

/// Counts the `IdleTimer.Idle` events that reach the end of the pipeline.
private final class IdleCounter: ChannelInboundHandler {
    typealias InboundIn = NIOAny
    var count = 0
    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleTimer.Idle { count += 1 }
        context.fireUserInboundEventTriggered(event)
    }
}

@Suite struct IdleTimerTests {
    private func channel() throws -> (EmbeddedChannel, EmbeddedEventLoop, IdleCounter) {
        let loop = EmbeddedEventLoop()
        let counter = IdleCounter()
        let channel = EmbeddedChannel(loop: loop)
        try channel.pipeline.syncOperations.addHandler(IdleTimer(timeout: .seconds(2)))
        try channel.pipeline.syncOperations.addHandler(counter)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        return (channel, loop, counter)
    }

    @Test func aQuietChannelIsIdleAfterTheTimeoutAndAgainAfterEachMore() throws {
        let (channel, loop, counter) = try channel()
        loop.advanceTime(by: .milliseconds(1999))
        #expect(counter.count == 0)
        loop.advanceTime(by: .milliseconds(1))
        #expect(counter.count == 1)
        loop.advanceTime(by: .seconds(2))
        #expect(counter.count == 2)
        _ = try channel.finish()
    }

    @Test func aReadOrAWriteStartsTheTimeoutAgain() throws {
        let (channel, loop, counter) = try channel()
        loop.advanceTime(by: .milliseconds(1500))
        try channel.writeInbound(ByteBuffer(string: "x"))
        loop.advanceTime(by: .milliseconds(1500))
        #expect(counter.count == 0, "read 1.5 s ago")
        try channel.writeOutbound(ByteBuffer(string: "y"))
        loop.advanceTime(by: .milliseconds(1999))
        #expect(counter.count == 0, "written 2 s less 1 ms ago")
        loop.advanceTime(by: .milliseconds(1))
        #expect(counter.count == 1)
        _ = try channel.finish()
    }

    @Test func aClosedChannelIsNeverIdle() throws {
        let (channel, loop, counter) = try channel()
        _ = try channel.finish()
        loop.advanceTime(by: .seconds(10))
        #expect(counter.count == 0)
    }
}
