/// A JSON-RPC 2.0 response: a result or an error, for one id.
///
/// Encoding writes members in the order `jsonrpc`, `id`, `result`|`error`, compact, as one
/// line ending in `\n`. Value type; thread-safe.
public struct RPCResponse: Sendable, Hashable {
    public var id: RPCID
    public var outcome: Result<JSONValue, RPCError>

    public init(id: RPCID, result: JSONValue) {
        self.id = id
        self.outcome = .success(result)
    }

    public init(id: RPCID, error: RPCError) {
        self.id = id
        self.outcome = .failure(error)
    }

    /// The result, or nil for an error response.
    public var result: JSONValue? {
        if case .success(let r) = outcome { return r }
        return nil
    }

    /// The error, or nil for a success response.
    public var error: RPCError? {
        if case .failure(let e) = outcome { return e }
        return nil
    }

    public var json: JSONValue {
        var object: JSONObject = ["jsonrpc": "2.0", "id": id.json]
        switch outcome {
        case .success(let result): object["result"] = result
        case .failure(let error): object["error"] = error.json
        }
        return .object(object)
    }

    /// Appends the response as one line, `\n` included.
    public func write(to out: inout [UInt8]) {
        json.write(to: &out)
        out.append(0x0A)
    }

    /// The response as one line ending in `\n`.
    public func encodedLine() -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    /// Reads a response line (client side). Requires an object with `jsonrpc` "2.0", an
    /// `id` member (string, integer or null) and exactly one of `result` and `error`, the
    /// latter a valid error object. Unknown members are ignored.
    public static func parse(_ line: some Collection<UInt8>) throws(RPCDecodingError) -> RPCResponse {
        let value: JSONValue
        do throws(JSONParseError) {
            value = try JSONValue(parsing: line, maxDepth: 512)
        } catch {
            throw RPCDecodingError("response is not JSON: \(error)")
        }
        return try parse(json: value)
    }

    /// Validates an already parsed response; same rules as `parse(_:)`.
    public static func parse(json value: JSONValue) throws(RPCDecodingError) -> RPCResponse {
        guard let object = value.object else { throw RPCDecodingError("response must be a JSON object") }
        guard object["jsonrpc"] == "2.0" else { throw RPCDecodingError("response jsonrpc must be \"2.0\"") }
        guard let rawID = object["id"], let id = RPCID(json: rawID) else {
            throw RPCDecodingError("response id must be a string, an integer or null")
        }
        // Tolerate the JSON-RPC 1.0 habit of sending the unused member as null.
        var error = object["error"]
        if object["result"] != nil && error == .null { error = nil }
        switch (object["result"], error) {
        case (let result?, nil):
            return RPCResponse(id: id, result: result)
        case (nil, let error?):
            return RPCResponse(id: id, error: try RPCError(json: error))
        case (nil, nil):
            throw RPCDecodingError("response has neither result nor error")
        default:
            throw RPCDecodingError("response has both result and error")
        }
    }
}
