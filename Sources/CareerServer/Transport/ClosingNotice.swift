import CareerProtocol

/// The `closing` notification the server sends just before it closes a connection on
/// its own (today: idle too long), so a client can tell a limit from a crash:
/// `{"jsonrpc":"2.0","method":"closing","params":{"reason":"idle","limit":"idle_timeout_seconds","value":600}}`.
enum RPCNotification {
    static func closing(reason: String, limit: String, value: Int) -> RPCRequest {
        RPCRequest(id: nil, method: "closing",
                   params: ["reason": .string(reason), "limit": .string(limit), "value": JSONValue(value)])
    }
}

extension RPCRequest {
    /// Appends the request's JSON and a newline.
    func write(to out: inout [UInt8]) {
        out += json.jsonBytes
        out.append(UInt8(ascii: "\n"))
    }
}
