/// Params of `session.reset`: `{"session": string}` (required, non-empty, at most
/// `AskParams.maxSessionLength` characters; `-32602` naming the field).
public struct SessionResetParams: RPCMethodParams {
    public static let method = RPCMethodName.sessionReset

    public var session: String

    public init(session: String) { self.session = session }

    public init(params: JSONValue?) throws(RPCError) {
        let reader = try FieldReader.params(params, method: Self.method)
        session = try reader.string("session")
        if session.isEmpty { throw reader.failure("session", "must not be empty") }
        if session.count > AskParams.maxSessionLength {
            throw reader.failure("session", "is too long (the limit is \(AskParams.maxSessionLength) characters)")
        }
    }

    public var json: JSONValue? { ["session": .string(session)] }
}

/// Result of `session.reset`: `{"reset": bool}`, false when there was no such session.
public struct SessionResetResult: RPCMethodResult {
    public static let method = RPCMethodName.sessionReset

    public var reset: Bool

    public init(reset: Bool) { self.reset = reset }

    public var json: JSONValue { ["reset": .bool(reset)] }

    public init(json: JSONValue) throws(RPCDecodingError) {
        let r = try FieldReader.result(json, method: Self.method)
        guard let reset = try r.optionalBool("reset") else { throw r.failure("reset", "is required (a boolean)") }
        self.reset = reset
    }
}
