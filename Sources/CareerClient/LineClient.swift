import CareerProtocol

/// A blocking JSON-RPC 2.0 client for careerd's line protocol on a Unix socket.
///
/// Guarantees:
/// - Every operation finishes within `timeout` (connect, write, and waiting for a reply),
///   throwing `ClientError.timedOut` otherwise.
/// - Ids are this client's own increasing integers. Responses are matched by id, so
///   requests may be pipelined (`send` several, then `response(for:)` in any order);
///   responses that arrive for other pending ids are kept until asked for. A response
///   with a null id (the daemon could not read a request, e.g. a line too long) belongs to
///   the oldest request still waiting, since the daemon answers in request order.
///   Replies to requests abandoned after a timeout are discarded.
/// - `call` returns the result, throws `RPCError` for an error response, and throws
///   `ClientError` for transport failures.
/// - Writing to a daemon that went away throws; it never raises SIGPIPE.
///
/// Threading: not thread-safe. Use one client per thread (or guard it with a lock).
public final class LineClient {
    /// The socket path this client is connected to.
    public let path: String
    /// The time limit of each operation.
    public var timeout: Duration

    private var socket: UnixSocket
    private var buffer: [UInt8] = []
    private var nextID: Int64 = 1
    private var outstanding: [RPCID] = []       // sent, not yet answered, oldest first
    private var abandoned: Set<RPCID> = []      // outstanding, but given up on after a timeout
    private var arrived: [RPCID: RPCResponse] = [:]

    /// The longest response line accepted (16 MiB).
    public static let maxResponseBytes = 16 << 20

    /// Connects to the socket at `path`.
    public init(path: String, timeout: Duration = .seconds(30)) throws(ClientError) {
        self.path = path
        self.timeout = timeout
        let deadline = ContinuousClock.now.advanced(by: timeout)
        do {
            socket = try UnixSocket.connect(path: path, deadline: deadline)
        } catch {
            throw LineClient.withTimeout(error, timeout)
        }
    }

    /// Connects to the first candidate that accepts a connection.
    ///
    /// When none does, throws the most telling failure: the first that is not
    /// `noSuchSocket` (an existing but dead or forbidden socket), else `noSuchSocket` for
    /// the first candidate.
    public static func connect(candidates: [String], timeout: Duration = .seconds(30)) throws(ClientError) -> LineClient {
        var failures: [ClientError] = []
        for path in candidates {
            do {
                return try LineClient(path: path, timeout: timeout)
            } catch {
                failures.append(error)
            }
        }
        if let telling = failures.first(where: { if case .noSuchSocket = $0 { return false } else { return true } }) {
            throw telling
        }
        throw .noSuchSocket(path: candidates.first ?? SocketPath.system)
    }

    /// Connects to `explicit`, or else to the first answering default location
    /// (see `SocketPath.resolve(explicit:)`).
    public static func connect(explicit: String?, timeout: Duration = .seconds(30)) throws(ClientError) -> LineClient {
        try connect(candidates: SocketPath.resolve(explicit: explicit), timeout: timeout)
    }

    deinit { socket.close() }

    /// Closes the connection. Later calls fail with `connectionClosed`.
    public func close() { socket.close() }

    /// Drops the connection and opens a new one to the same path, forgetting every
    /// pending request.
    public func reconnect() throws(ClientError) {
        socket.close()
        buffer.removeAll()
        outstanding.removeAll()
        abandoned.removeAll()
        arrived.removeAll()
        do {
            socket = try UnixSocket.connect(path: path, deadline: ContinuousClock.now.advanced(by: timeout))
        } catch {
            throw LineClient.withTimeout(error, timeout)
        }
    }

    // MARK: - Calls

    /// Sends a request and waits for its response. Returns the result; throws `RPCError`
    /// for an error response and `ClientError` for transport failures.
    public func call(method: String, params: JSONValue? = nil) throws -> JSONValue {
        let id = try send(method: method, params: params)
        let response = try self.response(for: id)
        switch response.outcome {
        case .success(let result): return result
        case .failure(let error): throw error
        }
    }

    /// A typed call: encodes `params`, decodes the result as `R`. A result that does not
    /// decode throws `ClientError.malformedResponse`.
    public func call<P: RPCMethodParams, R: RPCMethodResult>(_ params: P, returning: R.Type = R.self) throws -> R {
        let result = try call(method: P.method.rawValue, params: params.json)
        do {
            return try R(json: result)
        } catch {
            throw ClientError.malformedResponse(path: path, message: error.message)
        }
    }

    /// Writes a request without waiting; returns its id for `response(for:)`.
    @discardableResult
    public func send(method: String, params: JSONValue? = nil) throws(ClientError) -> RPCID {
        let id = RPCID.int(nextID)
        nextID += 1
        outstanding.append(id)
        do {
            try write(RPCRequest(id: id, method: method, params: params))
        } catch {
            // A daemon that refuses the connection (busy, shutting down) writes one error
            // with a null id and closes; if that line is waiting, it is this call's answer.
            if case .connectionClosed = error, outstanding.count == 1 {
                try? readResponse(deadline: ContinuousClock.now.advanced(by: .milliseconds(100)))
                if arrived[id] != nil { return id }
            }
            outstanding.removeAll { $0 == id }
            throw error
        }
        return id
    }

    /// Writes a notification (no id, no response).
    public func notify(method: String, params: JSONValue? = nil) throws(ClientError) {
        try write(RPCRequest(id: nil, method: method, params: params))
    }

    /// Waits for the response to a request sent with `send`. On timeout the request is
    /// abandoned: its late reply will be discarded.
    public func response(for id: RPCID) throws(ClientError) -> RPCResponse {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            if let response = arrived.removeValue(forKey: id) { return response }
            guard outstanding.contains(id), !abandoned.contains(id) else {
                throw .malformedResponse(path: path, message: "no request with id \(id) is pending")
            }
            do {
                try readResponse(deadline: deadline)
            } catch {
                if case .timedOut = error { abandoned.insert(id) }
                throw LineClient.withTimeout(error, timeout)
            }
        }
    }

    // MARK: - Internals

    private func write(_ request: RPCRequest) throws(ClientError) {
        guard socket.fd >= 0 else { throw .connectionClosed(path: path) }
        do {
            try socket.sendAll(request.encodedLine(), deadline: ContinuousClock.now.advanced(by: timeout))
        } catch {
            throw LineClient.withTimeout(error, timeout)
        }
    }

    /// Reads one response line and files it under its id.
    private func readResponse(deadline: ContinuousClock.Instant) throws(ClientError) {
        guard socket.fd >= 0 else { throw .connectionClosed(path: path) }
        var searchFrom = 0
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                let line = buffer[..<newline]
                defer { buffer.removeSubrange(...newline) }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return }
                let response: RPCResponse
                do {
                    response = try RPCResponse.parse(line)
                } catch {
                    throw .malformedResponse(path: path, message: error.message)
                }
                file(response)
                return
            }
            searchFrom = buffer.count
            guard buffer.count <= LineClient.maxResponseBytes else {
                throw .malformedResponse(path: path, message: "response longer than \(LineClient.maxResponseBytes) bytes")
            }
            guard try socket.receive(into: &buffer, deadline: deadline) else {
                socket.close()
                throw .connectionClosed(path: path)
            }
        }
    }

    private func file(_ response: RPCResponse) {
        var id = response.id
        if id == .null {
            // An unreadable request: answers come in request order, so it is the oldest
            // outstanding one (abandoned or not).
            guard let oldest = outstanding.first else { return }
            id = oldest
        }
        guard let index = outstanding.firstIndex(of: id) else { return }  // not ours: drop
        outstanding.remove(at: index)
        if abandoned.remove(id) != nil { return }
        arrived[id] = RPCResponse(id: id, outcome: response.outcome)
    }

    private static func withTimeout(_ error: ClientError, _ timeout: Duration) -> ClientError {
        if case .timedOut(let path, _) = error {
            let (s, atto) = timeout.components
            return .timedOut(path: path, seconds: Double(s) + Double(atto) / 1e18)
        }
        return error
    }
}

extension RPCResponse {
    init(id: RPCID, outcome: Result<JSONValue, RPCError>) {
        switch outcome {
        case .success(let r): self.init(id: id, result: r)
        case .failure(let e): self.init(id: id, error: e)
        }
    }
}
