/// A JSON-RPC error object: what the server sends in `"error"` and what clients throw.
public struct RPCError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: RPCErrorCode
    public var message: String
    public var data: JSONValue?

    /// An error with the code's default message unless one is given.
    public init(_ code: RPCErrorCode, _ message: String? = nil, data: JSONValue? = nil) {
        self.code = code
        self.message = message ?? code.defaultMessage
        self.data = data
    }

    // One constant per named code, with the default message.
    public static let parseError = RPCError(.parseError)
    public static let invalidRequest = RPCError(.invalidRequest)
    public static let methodNotFound = RPCError(.methodNotFound)
    public static let invalidParams = RPCError(.invalidParams)
    public static let internalError = RPCError(.internalError)
    public static let lineTooLong = RPCError(.lineTooLong)
    public static let rateLimited = RPCError(.rateLimited)
    public static let permissionDenied = RPCError(.permissionDenied)
    public static let busy = RPCError(.busy)
    public static let shuttingDown = RPCError(.shuttingDown)
    public static let reloadFailed = RPCError(.reloadFailed)
    public static let notFound = RPCError(.notFound)

    /// `-32602` naming the offending field: data is `{"field": name}`.
    public static func invalidParams(field: String, _ message: String) -> RPCError {
        RPCError(.invalidParams, message, data: ["field": .string(field)])
    }

    /// `-32601` for `method`: data is `{"method": name}`.
    public static func methodNotFound(_ method: String) -> RPCError {
        RPCError(.methodNotFound, "Method not found: \(method)", data: ["method": .string(method)])
    }

    /// `-32007` for an unknown id of a type: data is `{"type": type, "id": id}`.
    public static func notFound(type: String, id: String) -> RPCError {
        RPCError(.notFound, "No \(type) with id '\(id)'", data: ["type": .string(type), "id": .string(id)])
    }

    /// `-32006` with the loader's messages: data is `{"diagnostics": [...]}`.
    public static func reloadFailed(diagnostics: [String]) -> RPCError {
        let count = diagnostics.count
        return RPCError(.reloadFailed, "Reload failed: \(count) problem\(count == 1 ? "" : "s") in the knowledge directory",
                        data: ["diagnostics": JSONValue(diagnostics)])
    }

    /// The diagnostics of a `reloadFailed` error (`data.diagnostics`), or nil.
    public var diagnostics: [String]? {
        data?["diagnostics"]?.array?.compactMap(\.string)
    }

    /// `{"code":..., "message":..., "data"?:...}`.
    public var json: JSONValue {
        var object: JSONObject = ["code": .int(Int64(code.rawValue)), "message": .string(message)]
        if let data { object["data"] = data }
        return .object(object)
    }

    /// Reads an error object; fails when `code` is not an integer or `message` not a string.
    public init(json: JSONValue) throws(RPCDecodingError) {
        guard let object = json.object else { throw RPCDecodingError("error must be an object, not \(json.typeName)") }
        guard let code = object["code"]?.int else { throw RPCDecodingError("error.code must be an integer") }
        guard let message = object["message"]?.string else { throw RPCDecodingError("error.message must be a string") }
        self.init(RPCErrorCode(rawValue: code), message, data: object["data"])
    }

    /// "message (code N)".
    public var description: String { "\(message) (code \(code.rawValue))" }
}
