/// A JSON-RPC 2.0 request or notification.
///
/// `id == nil` means the object had no `id` member: a notification, which gets no
/// response. `id == .null` means `"id": null`: a request that is answered with a null id.
public struct RPCRequest: Sendable, Hashable {
    public var id: RPCID?
    public var method: String
    /// An object or an array when present (`parse` guarantees it).
    public var params: JSONValue?

    public init(id: RPCID?, method: String, params: JSONValue? = nil) {
        self.id = id
        self.method = method
        self.params = params
    }

    /// True when the request had no `id` member.
    public var isNotification: Bool { id == nil }

    /// Reads one line (without its newline; trailing whitespace is ignored).
    ///
    /// Errors, as the response to send back:
    /// - `-32700` with id null: not UTF-8 (message says so), not JSON, or nested too deep.
    /// - `-32600`: JSON, but not a request object: not an object (a batch array is
    ///   answered "batch requests are not supported"), `jsonrpc` not `"2.0"`, `method` not a
    ///   string, `params` neither object nor array, or `id` neither string, integer nor
    ///   null. The id is echoed when it was a valid id, null otherwise.
    /// Unknown members are ignored. Never throws; pure and thread-safe.
    public static func parse(_ line: some Collection<UInt8>, maxDepth: Int = JSONValue.defaultMaxDepth) -> Result<RPCRequest, RPCErrorResponse> {
        let value: JSONValue
        do throws(JSONParseError) {
            value = try JSONValue(parsing: line, maxDepth: maxDepth)
        } catch {
            let message = error.isInvalidUTF8 ? "Parse error: the line is not valid UTF-8" : "Parse error: \(error)"
            return .failure(RPCErrorResponse(id: .null, error: RPCError(.parseError, message)))
        }
        return parse(json: value)
    }

    /// Validates an already parsed value; same rules as `parse(_:)` minus parsing.
    public static func parse(json value: JSONValue) -> Result<RPCRequest, RPCErrorResponse> {
        func invalid(_ message: String, id: RPCID = .null) -> Result<RPCRequest, RPCErrorResponse> {
            .failure(RPCErrorResponse(id: id, error: RPCError(.invalidRequest, "Invalid Request: \(message)")))
        }
        guard let object = value.object else {
            if let array = value.array, !array.isEmpty { return invalid("batch requests are not supported") }
            return invalid("a request must be a JSON object")
        }
        var id: RPCID? = nil
        if let rawID = object["id"] {
            guard let parsed = RPCID(json: rawID) else {
                return invalid("id must be a string, an integer or null")
            }
            id = parsed
        }
        let echo = id ?? .null
        guard object["jsonrpc"] == "2.0" else { return invalid("jsonrpc must be \"2.0\"", id: echo) }
        guard let method = object["method"]?.string else { return invalid("method must be a string", id: echo) }
        let params = object["params"]
        if let params {
            switch params {
            case .object, .array: break
            default: return invalid("params must be an object or an array", id: echo)
            }
        }
        return .success(RPCRequest(id: id, method: method, params: params))
    }

    /// `{"jsonrpc":"2.0","id":...,"method":...,"params":...}` (id and params when present).
    public var json: JSONValue {
        var object: JSONObject = ["jsonrpc": "2.0"]
        if let id { object["id"] = id.json }
        object["method"] = .string(method)
        if let params { object["params"] = params }
        return .object(object)
    }

    /// The request as one line of compact JSON ending in `\n`.
    public func encodedLine() -> [UInt8] {
        var out: [UInt8] = []
        json.write(to: &out)
        out.append(0x0A)
        return out
    }
}
