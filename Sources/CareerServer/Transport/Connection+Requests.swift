import CareerProtocol
import NIOCore

/// The request path of a `Connection`: a line parsed, charged to the uid's budget,
/// dispatched to its method, and its response written. The connection's flow (reading,
/// back-pressure, shutdown) is in Connection.swift.
extension Connection {
    /// Answers one framed line: its response, or the error that says what was wrong
    /// with it, is written (not flushed); a method that answers later (`reload`) holds
    /// the connection's other lines (`waiting`) until it does.
    func handle(_ frame: Frame, context: ChannelHandlerContext) {
        switch frame {
        case .tooLong:
            let limit = state.configuration.maximumLineBytes
            respond(RPCResponse(id: .null, error: RPCError(.lineTooLong, "line too long: the limit is \(limit) bytes; the line was skipped",
                                                           data: ["limit": "line_bytes", "value": JSONValue(limit)])), context)
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
        if let retry = state.users.take(uid: uid) {
            if !rateLimitLogged {
                rateLimitLogged = true
                logger.notice("rate limited", metadata: ["limit": "requests_per_second_per_uid"])
            }
            if request.id != nil { respond(RPCResponse(id: id, error: rateLimited(retryAfter: retry)), context) }
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
        case .written(let result):
            if request.id != nil { respond(id: id, result: result, context) }
        case .failure(let error):
            if error.code == .internalError { logger.error("internal error", metadata: ["method": "\(request.method)", "error": "\(error.message)"]) }
            if request.id != nil { respond(RPCResponse(id: id, error: error), context) }
        case .later(let future):
            waiting = true
            future.assumeIsolated().whenComplete { outcome in
                let response: RPCResponse
                switch outcome {
                case .success(.success(let value)): response = RPCResponse(id: id, result: value)
                case .success(.failure(let error)): response = RPCResponse(id: id, error: error)
                case .failure(let error): response = RPCResponse(id: id, error: RPCError(.internalError, "internal error: \(error)"))
                }
                if request.id != nil { self.respond(response, context) }
                self.waiting = false
                if self.quiescing {
                    self.closeAfterReplies(context)
                    return
                }
                self.drain(context)
                if !self.closeIfInputAnswered(context) { context.flush() }
            }
        }
    }

    private func rateLimited(retryAfter ms: Int) -> RPCError {
        let rate = state.users.limits(for: uid).requestsPerSecond
        return RPCError(.rateLimited, "rate limited: uid \(uid) is over \(ConfigurationKey.show(rate)) requests a second; retry after \(ms) ms",
                        data: ["limit": "requests_per_second_per_uid", "value": JSONValue(rate), "retry_after_ms": JSONValue(ms)])
    }

    private func respond(id: RPCID, result: some JSONDirectWritable, _ context: ChannelHandlerContext) {
        send(atMost: RPCResponse.resultLineSize(id: id, result: result), context) {
            RPCResponse.writeResultLine(id: id, result: result, &$0)
        }
    }

    private func respond(_ response: RPCResponse, _ context: ChannelHandlerContext) {
        let json = response.json
        send(atMost: json.maximumJSONSize + 1, context) {
            json.writeJSON(&$0)
            $0.byte(0x0A)
        }
    }

    /// Writes (does not flush) one line of at most `size` bytes: through a pointer into the
    /// connection's reused room, then copied once into a `ByteBuffer` of its exact size.
    /// Why not straight into a buffer of `size`: the bound is loose (a short string is
    /// given six bytes a byte), and replies queued for a client that does not read held up
    /// to three times their bytes (`Tests/soak/limits.py`'s no-reader check: +10.9% of
    /// idle memory, against +4.3% with buffers of the exact size).
    private func send(atMost size: Int, _ context: ChannelHandlerContext, _ body: (inout JSONPointerWriter) -> Void) {
        if room.count < size { room = [UInt8](repeating: 0, count: max(size, 2 * room.count)) }
        let buffer = room.withUnsafeMutableBytes { room in
            var out = JSONPointerWriter(UnsafeMutableRawBufferPointer(rebasing: room[..<size]))
            body(&out)
            return context.channel.allocator.buffer(bytes: UnsafeRawBufferPointer(rebasing: room[..<out.count]))
        }
        context.write(wrapOutboundOut(buffer), promise: nil)
    }
}
