import CareerProtocol
import NIOCore
import NIOExtras

/// The JSON-RPC endpoint of one client connection.
///
/// Lines are answered in order on the connection's event loop, synchronously, with
/// responses flushed once per read burst. A method that must wait (reload) holds the
/// lines behind it in a queue and pauses reading until it finishes, so responses keep
/// request order and the queue stays bounded. A bad line gets an error response and the
/// connection stays open. On quiesce (shutdown) the connection finishes what it has in
/// flight, then closes. Not thread-safe: used only on its channel's event loop.
final class Connection: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = Frame
    typealias OutboundOut = ByteBuffer

    private let state: ServerState
    private let handlers: [String: MethodHandler]
    private var peer: PeerCredentials?
    private var queue = CircularBuffer<Frame>()
    private var waiting = false
    private var quiescing = false
    private var bucket: TokenBucket
    private var scratch: [UInt8] = []

    init(state: ServerState) {
        self.state = state
        self.handlers = MethodTable.handlers(testHooks: state.configuration.testHooks)
        self.bucket = TokenBucket(rate: state.configuration.requestsPerSecond, burst: state.configuration.burst)
    }

    /// Installs the pipeline of a new connection, or turns it away when the server is full.
    static func install(on channel: Channel, state: ServerState) throws {
        let open = state.connections.withLockedValue { n -> Int in n += 1; return n }
        channel.closeFuture.whenComplete { _ in state.connections.withLockedValue { $0 -= 1 } }
        if open > state.configuration.maximumConnections {
            var out: [UInt8] = []
            RPCResponse(id: .null, error: RPCError(.busy, "server busy: too many connections, try again later")).write(to: &out)
            channel.writeAndFlush(channel.allocator.buffer(bytes: out)).whenComplete { _ in channel.close(promise: nil) }
            return
        }
        try channel.pipeline.syncOperations.addHandler(
            ByteToMessageHandler(LineFramer(maximumLineBytes: state.configuration.maximumLineBytes)))
        try channel.pipeline.syncOperations.addHandler(Connection(state: state))
    }

    func channelActive(context: ChannelHandlerContext) {
        PeerCredentials.of(context.channel).assumeIsolated().whenSuccess { self.peer = $0 }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        if waiting {
            queue.append(frame)
        } else {
            handle(frame, context: context)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        context.flush()
        context.fireChannelReadComplete()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            quiescing = true
            if !waiting {
                context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(capacity: 0)))
                    .assumeIsolated().whenComplete { _ in context.close(promise: nil) }
            }
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        state.logger.debug("connection error", metadata: ["error": "\(error)"])
        context.close(promise: nil)
    }

    private func handle(_ frame: Frame, context: ChannelHandlerContext) {
        switch frame {
        case .tooLong:
            respond(RPCResponse(id: .null, error: RPCError(.lineTooLong, "line too long: the limit is \(state.configuration.maximumLineBytes) bytes; the line was skipped")), context)
        case .line(let buffer):
            if buffer.readableBytes == 0 { return }
            switch RPCRequest.parse(buffer.readableBytesView) {
            case .failure(let bad):
                respond(RPCResponse(id: bad.id, error: bad.error), context)
            case .success(let request):
                dispatch(request, context)
            }
        }
    }

    private func dispatch(_ request: RPCRequest, _ context: ChannelHandlerContext) {
        let id = request.id ?? .null
        guard bucket.take() else {
            if request.id != nil { respond(RPCResponse(id: id, error: RPCError(.rateLimited, "rate limited: more than \(Int(state.configuration.requestsPerSecond)) requests a second")), context) }
            return
        }
        guard let handler = handlers[request.method] else {
            if request.id != nil { respond(RPCResponse(id: id, error: .methodNotFound(request.method)), context) }
            return
        }
        let methodContext = MethodContext(state: state, peer: peer, eventLoop: context.eventLoop, advisor: state.advisors.advisor)
        state.requestsServed.withLockedValue { $0 &+= 1 }
        switch handler(methodContext, request.params) {
        case .result(let value):
            if request.id != nil { respond(RPCResponse(id: id, result: value), context) }
        case .written(let writer):
            if request.id != nil {
                scratch.removeAll(keepingCapacity: true)
                RPCResponse.writeResult(id: id, to: &scratch, writer)
                context.write(wrapOutboundOut(context.channel.allocator.buffer(bytes: scratch)), promise: nil)
            }
        case .failure(let error):
            if error.code == .internalError { state.logger.error("internal error", metadata: ["method": "\(request.method)", "error": "\(error.message)"]) }
            if request.id != nil { respond(RPCResponse(id: id, error: error), context) }
        case .later(let future):
            waiting = true
            context.channel.setOption(ChannelOptions.autoRead, value: false).whenComplete { _ in }
            future.assumeIsolated().whenComplete { outcome in
                let response: RPCResponse
                switch outcome {
                case .success(.success(let value)): response = RPCResponse(id: id, result: value)
                case .success(.failure(let error)): response = RPCResponse(id: id, error: error)
                case .failure(let error): response = RPCResponse(id: id, error: RPCError(.internalError, "internal error: \(error)"))
                }
                if request.id != nil { self.respond(response, context) }
                context.flush()
                self.resume(context)
            }
        }
    }

    /// Answers the lines queued behind a waiting method, then reads again.
    private func resume(_ context: ChannelHandlerContext) {
        waiting = false
        while !waiting, let next = queue.popFirst() { handle(next, context: context) }
        context.flush()
        if waiting { return }
        if quiescing {
            context.close(promise: nil)
        } else {
            context.channel.setOption(ChannelOptions.autoRead, value: true).whenComplete { _ in }
            context.read()
        }
    }

    private func respond(_ response: RPCResponse, _ context: ChannelHandlerContext) {
        scratch.removeAll(keepingCapacity: true)
        response.write(to: &scratch)
        context.write(wrapOutboundOut(context.channel.allocator.buffer(bytes: scratch)), promise: nil)
    }

    var sessionUID: UInt32 { peer?.uid ?? UInt32.max }
}
