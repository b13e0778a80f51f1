#if canImport(Glibc)
import Glibc
#endif
import NIOCore

/// Reads a connection's input by peeking at it, and takes it out of the socket only
/// once the replies to it are written, so that reading a request does not wake its
/// client for nothing.
///
/// Why: on Linux, reading from a Unix stream socket frees the request's buffer, which
/// is charged to the client's socket, and the kernel then wakes every thread blocked on
/// that socket (`unix_write_space`), including the client's thread waiting in `read` for
/// its reply. That thread finds nothing, sleeps again, and is woken a second time by the
/// reply: on a busy machine the needless wakeup (an interrupt to another core, two
/// context switches) cost the daemon about 7% of its CPU under load and the clients as
/// much again (docs/PERFORMANCE.md, "Twenty-third round"). Peeking leaves the buffer
/// where it is; it is freed after the reply is written, while the client is awake.
///
/// How, inside swift-nio, which reads a stream socket with plain `read(2)`: the handler
/// sets its channel to read one byte a time it is readable (`handlerAdded`), which
/// frees nothing as long as more of the client's write is left. That byte's `channelRead`
/// peeks at the rest of what is there (`recv` with `MSG_PEEK`, up to `window` bytes) and
/// passes the byte and the rest on as one buffer. The bytes passed on but still in the
/// socket (`pending`) are consumed right after the next flush, which the connection
/// makes at the end of the tick that answers them. Input with no complete line asks for
/// no reply and is consumed at once. Should NIO read again before they are consumed (it
/// reads a half-closed socket to its end at once), the byte it reads is the first of
/// `pending`: it is dropped and the rest consumed, so no byte is passed on twice and
/// none is lost.
///
/// On a channel with no socket (tests on an `EmbeddedChannel`) it passes reads through.
/// Not thread-safe: used only on its channel's event loop.
final class PeekingReader: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = NIOAny
    typealias OutboundOut = NIOAny

    /// The most one peek passes on: with NIO's byte, one read burst is at most this
    /// plus one byte, whatever the client sends.
    static let window = 16_384
    /// What a peek asks for first; a burst that fills it is peeked again at `window`.
    static let firstPeek = 2_048

    /// The socket, read while the channel is open (it is closed on this event loop only,
    /// after which `isActive` is false). -1 on a channel without one.
    private var socket: CInt = -1
    /// Bytes passed on that are still in the socket.
    private var pending = 0

    /// Takes the socket, and has swift-nio read one byte a time it is readable. Without a
    /// socket, or if the channel refuses those options, the channel keeps reading as it
    /// was set up to, and this handler passes what it reads on.
    func handlerAdded(context: ChannelHandlerContext) {
        let socket = try? context.pipeline.syncOperations.withUnsafeTransportIfAvailable(of: NIOBSDSocket.Handle.self) { $0 }
        guard let socket = socket.flatMap({ $0 }), let options = context.channel.syncOptions else { return }
        do {
            try options.setOption(.recvAllocator, value: FixedSizeRecvByteBufferAllocator(capacity: 1))
            try options.setOption(.maxMessagesPerRead, value: 1)
            self.socket = socket
        } catch {}
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let read = unwrapInboundIn(data)
        guard socket >= 0 else { return context.fireChannelRead(data) }
        var repeated = 0
        if pending > 0 {
            // NIO read the first of the bytes passed on already: drop it, consume the rest.
            repeated = min(pending, read.readableBytes)
            pending -= repeated
            consume(context)
        }
        let buffer = peek(after: read.getSlice(at: read.readerIndex + repeated, length: read.readableBytes - repeated)!,
                          context: context)
        guard buffer.readableBytes > 0 else { return }
        let answerable = buffer.readableBytesView.contains(UInt8(ascii: "\n"))
        context.fireChannelRead(wrapInboundOut(buffer))
        // No complete line, no reply to wait for.
        if !answerable { consume(context) }
    }

    func flush(context: ChannelHandlerContext) {
        context.flush()
        if pending > 0 { consume(context) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        pending = 0
        context.fireChannelInactive()
    }

    /// `read` and what the socket holds after it, up to `window` bytes, in one buffer;
    /// what was peeked is counted in `pending`.
    private func peek(after read: ByteBuffer, context: ChannelHandlerContext) -> ByteBuffer {
        var want = Self.firstPeek
        while true {
            var buffer = context.channel.allocator.buffer(capacity: read.readableBytes + want)
            buffer.writeImmutableBuffer(read)
            let socket = self.socket
            let peeked = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: want) { out in
                max(0, recv(socket, out.baseAddress, want, CInt(MSG_PEEK | MSG_DONTWAIT)))
            }
            if peeked < want || want == Self.window {
                pending = peeked
                return buffer
            }
            want = Self.window
        }
    }

    /// Takes the `pending` bytes out of the socket. They are there: only this handler
    /// reads the socket past NIO's byte. A socket that gives fewer is broken, and closed.
    private func consume(_ context: ChannelHandlerContext) {
        guard pending > 0, context.channel.isActive else { pending = 0; return }
        let socket = self.socket
        var left = pending
        pending = 0
        withUnsafeTemporaryAllocation(byteCount: min(left, Self.window), alignment: 1) { sink in
            while left > 0 {
                let n = recv(socket, sink.baseAddress, min(left, sink.count), CInt(MSG_DONTWAIT))
                guard n > 0 else { break }
                left -= n
            }
        }
        if left > 0 { context.close(promise: nil) }
    }
}
