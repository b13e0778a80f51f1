import CareerProtocol
import Logging
import NIOCore
import NIOExtras

/// The JSON-RPC endpoint of one client connection.
///
/// Lines are answered in order on the connection's event loop. The lines of a read are
/// answered at the end of the loop's tick, once every connection the loop found ready has
/// been read, and the replies are flushed after every connection's answers (see
/// `scheduleDrain`): under load the reads, the answers and the writes of a tick each come
/// in one run, and the clients that the reads and writes wake interrupt the answering
/// less. Reading stops (autoRead off) and the lines already read wait in a queue, in
/// order, while either
/// - a method waits (only `reload`, which loads files off the loop), or
/// - the client is not reading its replies: once `output_buffer_bytes` of replies are
///   queued the channel turns unwritable (NIO's `WriteBufferWaterMark`), and the next
///   line waits until `channelWritabilityChanged` says it drained to half of that.
/// So the memory one connection holds is bounded (one read burst of input, the output
/// limit plus one reply) whatever the client does. Requests are charged to the uid's
/// budget (`UserTable`), shared with its other connections. A connection with no
/// traffic for `idle_timeout_seconds` is sent a `closing` notification and closed. A
/// bad line gets an error response and the connection stays open. A client that shuts
/// down its side after writing (`printf '...\n' | socat - UNIX-CONNECT:...`) has every
/// line it sent answered, a last line without a newline too, then the connection
/// closes. On quiesce (shutdown) the connection finishes what it has in flight, then
/// closes. How one line is answered (parsed, rate-limited, dispatched, written) is in
/// Connection+Requests.swift. Not thread-safe: used only on its channel's event loop.
final class Connection: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = Frame
    typealias OutboundOut = ByteBuffer

    // Members without `private` are shared with the request path (Connection+Requests.swift).
    let state: ServerState
    let handlers: [String: MethodHandler]
    let peer: PeerCredentials?
    let uid: UInt32
    var logger: Logger
    private var queue = CircularBuffer<Frame>()
    /// A `.later` method is in flight.
    var waiting = false
    /// The client has `output_buffer_bytes` of replies unread.
    private var outputFull = false
    var quiescing = false
    /// The client shut down its side: once the lines it sent are answered, close.
    private var inputEnded = false
    private var reading = true
    var rateLimitLogged = false
    /// Where replies are written before they are copied into their buffer (`send`): as
    /// large as the largest reply's bound so far.
    var room: [UInt8] = []
    /// The lines read in this tick wait for the drain `scheduleDrain` queued.
    private var drainScheduled = false

    init(state: ServerState, peer: PeerCredentials?) {
        self.state = state
        self.peer = peer
        self.uid = peer?.uid ?? UInt32.max
        self.handlers = MethodTable.handlers(testHooks: state.configuration.testHooks)
        var logger = state.logger
        logger[metadataKey: "uid"] = "\(peer.map { String($0.uid) } ?? "unknown")"
        logger[metadataKey: "pid"] = "\(peer.map { String($0.pid) } ?? "unknown")"
        self.logger = logger
    }

    func channelActive(context: ChannelHandlerContext) {
        logger.debug("connection opened")
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        logger.debug("connection closed", metadata: ["unanswered_lines": "\(queue.count)"])
        queue.removeAll()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        queue.append(unwrapInboundIn(data))
        scheduleDrain(context)
    }

    /// Queues the answering of the lines read for the end of this event-loop tick, and
    /// from there the flush of their replies for after the tick's other answers.
    ///
    /// Why: swift-nio handles every ready channel of a tick, then the tasks queued
    /// meanwhile, in order, then the tasks those queued. Answering inside `channelRead`
    /// interleaved the tick's reads, answers and writes, and each read and each write
    /// wakes the client blocked on that socket (a read frees the request's buffer, which
    /// wakes the writer), who then preempts the answering on its core. Deferred, the
    /// wakeups of a tick come in two bursts around uninterrupted answering:
    /// `Benchmarks/cpu-per-request.sh` measures the difference (docs/PERFORMANCE.md,
    /// "Nineteenth round"). A lone client waits for no one: its tick holds only its own
    /// line. Guarantees are unchanged: lines are answered in order, and the lines of one
    /// read burst are all that wait.
    private func scheduleDrain(_ context: ChannelHandlerContext) {
        guard !drainScheduled else { return }
        drainScheduled = true
        let loop = context.eventLoop.assumeIsolated()
        loop.execute {
            self.drainScheduled = false
            self.drain(context)
            if self.quiescing && !self.waiting {
                self.closeAfterReplies(context)
            } else if !self.closeIfInputAnswered(context) {
                loop.execute { context.flush() }
            }
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        context.fireChannelReadComplete()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable && outputFull {
            outputFull = false
            drain(context)
            if !closeIfInputAnswered(context) { context.flush() }
        }
        context.fireChannelWritabilityChanged()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            quiescing = true
            // Lines read but not yet answered are in flight too: the drain closes after them.
            if !waiting && !drainScheduled { closeAfterReplies(context) }
            return
        }
        if event as? ChannelEvent == .inputClosed {
            // The framer has passed on the last line, if any, before this event.
            inputEnded = true
            if !drainScheduled { _ = closeIfInputAnswered(context) }
            return
        }
        if event is IdleTimer.Idle {
            if waiting { return }
            let seconds = state.configuration.idleTimeoutSeconds
            logger.info("closing an idle connection", metadata: ["idle_seconds": "\(seconds)"])
            // A client that reads nothing would never let the notice out: close at once
            // then, and in any case within 5 s.
            guard context.channel.isWritable else { context.close(promise: nil); return }
            var notice: [UInt8] = []
            RPCNotification.closing(reason: "idle", limit: "idle_timeout_seconds", value: seconds).write(to: &notice)
            context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(bytes: notice)))
                .assumeIsolated().whenComplete { _ in context.close(promise: nil) }
            let channel = context.channel
            context.eventLoop.scheduleTask(in: .seconds(5)) { channel.close(promise: nil) }
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        logger.debug("connection error", metadata: ["error": "\(error)"])
        context.close(promise: nil)
    }

    /// Answers queued lines while nothing holds them back, then reads again if it may.
    func drain(_ context: ChannelHandlerContext) {
        while !waiting, !outputFull, let next = queue.popFirst() {
            if !context.channel.isWritable {
                queue.prepend(next)
                outputFull = true
                context.flush()
                break
            }
            handle(next, context: context)
        }
        updateReading(context)
    }

    /// Turns reading off while anything holds lines back, and on again after.
    private func updateReading(_ context: ChannelHandlerContext) {
        let want = !waiting && !outputFull && !quiescing
        guard want != reading else { return }
        reading = want
        context.channel.setOption(ChannelOptions.autoRead, value: want).whenComplete { _ in }
        if want { context.read() }
    }

    /// Closes after the replies once the client has ended its input and every line of it
    /// is answered; says whether it did.
    func closeIfInputAnswered(_ context: ChannelHandlerContext) -> Bool {
        guard inputEnded, !waiting, queue.isEmpty else { return false }
        closeAfterReplies(context)
        return true
    }

    /// Flushes what is written, then closes (on shutdown, once nothing is in flight).
    func closeAfterReplies(_ context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(capacity: 0)))
            .assumeIsolated().whenComplete { _ in context.close(promise: nil) }
    }
}
