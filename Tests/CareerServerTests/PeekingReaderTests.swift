@testable import CareerServer
import Glibc
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Testing

/// `PeekingReader` on a real socket (one end of a socket pair in a swift-nio channel, the
/// other the test's): what it passes on, and when the bytes leave the socket. Whether they
/// are still in it is what the writing end's `SIOCOUTQ` says (memory still charged to it).
@Suite struct PeekingReaderTests {
    /// Keeps what it is passed and, like a connection that holds its lines back, stops the
    /// channel reading, so that nothing but the test's flush consumes them.
    final class Holder: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        let received = NIOLockedValueBox<[UInt8]>([])
        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let bytes = Array(buffer: unwrapInboundIn(data))
            received.withLockedValue { $0 += bytes }
            context.channel.setOption(ChannelOptions.autoRead, value: false).whenComplete { _ in }
        }
    }

    /// Bytes written into `fd` that the other end has not taken out of the socket.
    static func unconsumed(_ fd: CInt) -> CInt {
        var n: CInt = -1
        _ = ioctl(fd, 0x5411, &n)  // SIOCOUTQ (TIOCOUTQ)
        return n
    }

    static func waitFor(_ count: Int, in holder: Holder) throws {
        for _ in 0..<500 where holder.received.withLockedValue({ $0.count }) < count { usleep(10_000) }
        try #require(holder.received.withLockedValue { $0.count } == count)
    }

    @Test func linesLeaveTheSocketAfterTheFlushAndPartialLinesAtOnce() throws {
        var fds: [CInt] = [-1, -1]
        try #require(socketpair(AF_UNIX, CInt(SOCK_STREAM.rawValue), 0, &fds) == 0)
        let client = fds[1]
        defer { close(client) }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let holder = Holder()
        let channel = try ClientBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(PeekingReader())
                    try channel.pipeline.syncOperations.addHandler(holder)
                }
            }
            .withConnectedSocket(fds[0]).wait()
        defer { try? channel.close().wait() }
        let readAgain = { try channel.eventLoop.submit { channel.setOption(ChannelOptions.autoRead, value: true) }.wait().wait() }

        // Two lines in one write: passed on whole, and still in the socket until a flush.
        _ = write(client, "one\ntwo\n", 8)
        try Self.waitFor(8, in: holder)
        #expect(Self.unconsumed(client) > 0)
        try channel.eventLoop.submit { channel.flush() }.wait()
        #expect(Self.unconsumed(client) == 0)

        // Input with no newline asks for no reply: taken out at once.
        try readAgain()
        _ = write(client, "thr", 3)
        try Self.waitFor(11, in: holder)
        #expect(Self.unconsumed(client) == 0)

        // The rest of that line and a burst larger than one peek: nothing twice, nothing lost.
        try readAgain()
        let burst = "ee\n" + String(repeating: "x", count: 40_000) + "\n"
        var written = 0
        let bytes = Array(burst.utf8)
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            if n > 0 { written += n }
            try channel.eventLoop.submit { channel.flush() }.wait()
            try readAgain()
            usleep(1_000)
        }
        for _ in 0..<500 where holder.received.withLockedValue({ $0.count }) < 11 + bytes.count {
            try channel.eventLoop.submit { channel.flush() }.wait()
            try readAgain()
            usleep(10_000)
        }
        #expect(String(decoding: holder.received.withLockedValue { $0 }, as: UTF8.self) == "one\ntwo\nthr" + burst)
        try channel.eventLoop.submit { channel.flush() }.wait()
        #expect(Self.unconsumed(client) == 0)
    }
}
