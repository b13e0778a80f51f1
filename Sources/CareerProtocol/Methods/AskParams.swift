/// Params of `ask`: `{"text": string, "session"?: string}`.
///
/// Validation (all `-32602`, message naming the field): `text` is required, a string,
/// non-empty after trimming whitespace, and at most `maxTextLength` characters after
/// trimming; `session`, when present and not null, is a non-empty string of at most
/// `maxSessionLength` characters. Unknown members are ignored.
public struct AskParams: RPCMethodParams {
    public static let method = RPCMethodName.ask
    /// The text limit used by `init(params:)`.
    public static let defaultMaxTextLength = 2000
    public static let maxSessionLength = 128

    /// The question, trimmed.
    public var text: String
    public var session: String?

    public init(text: String, session: String? = nil) {
        self.text = text
        self.session = session
    }

    public init(params: JSONValue?) throws(RPCError) {
        try self.init(params: params, maxTextLength: AskParams.defaultMaxTextLength)
    }

    /// Validates with the caller's limit on `text` (in characters).
    public init(params: JSONValue?, maxTextLength: Int) throws(RPCError) {
        let reader = try FieldReader.params(params, method: Self.method)
        text = try reader.text("text", maxLength: maxTextLength)
        session = try reader.optionalString("session")
        if let session {
            if session.isEmpty { throw reader.failure("session", "must not be empty") }
            if session.count > AskParams.maxSessionLength {
                throw reader.failure("session", "is too long (the limit is \(AskParams.maxSessionLength) characters)")
            }
        }
    }

    public var json: JSONValue? {
        var object: JSONObject = ["text": .string(text)]
        if let session { object["session"] = .string(session) }
        return .object(object)
    }
}
