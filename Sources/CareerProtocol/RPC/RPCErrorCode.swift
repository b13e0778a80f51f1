/// A JSON-RPC error code. Any integer is representable (a client may meet codes it does
/// not know); the named constants are the ones careerd uses.
public struct RPCErrorCode: RawRepresentable, Sendable, Hashable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    public var rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public init(integerLiteral value: Int) { self.rawValue = value }

    // JSON-RPC 2.0.
    /// The line is not JSON, or not UTF-8; the response id is null.
    public static let parseError: RPCErrorCode = -32700
    /// JSON, but not a valid request object.
    public static let invalidRequest: RPCErrorCode = -32600
    /// Unknown method.
    public static let methodNotFound: RPCErrorCode = -32601
    /// Missing or ill-typed params, or text over the length limit.
    public static let invalidParams: RPCErrorCode = -32602
    /// A bug in the server; never expected.
    public static let internalError: RPCErrorCode = -32603

    // Server-defined, -32000 to -32099.
    /// The line exceeded the server's limit; response id null; the connection stays usable.
    public static let lineTooLong: RPCErrorCode = -32001
    /// Too many requests from this peer; retry later.
    public static let rateLimited: RPCErrorCode = -32002
    /// The peer may not use this method (e.g. `reload` by another user).
    public static let permissionDenied: RPCErrorCode = -32003
    /// The server is at capacity; retry later.
    public static let busy: RPCErrorCode = -32004
    /// The server is stopping and takes no new work.
    public static let shuttingDown: RPCErrorCode = -32005
    /// The knowledge directory failed validation; data `{"diagnostics": [string]}`.
    public static let reloadFailed: RPCErrorCode = -32006
    /// `get` of an unknown id.
    public static let notFound: RPCErrorCode = -32007

    /// Every named code, in the order above.
    public static let allNamed: [RPCErrorCode] = [
        .parseError, .invalidRequest, .methodNotFound, .invalidParams, .internalError,
        .lineTooLong, .rateLimited, .permissionDenied, .busy, .shuttingDown, .reloadFailed, .notFound,
    ]

    /// The standard message for a named code ("Parse error", ...); "Server error" for other
    /// codes in -32099...-32000, "Error" otherwise.
    public var defaultMessage: String {
        switch self {
        case .parseError: return "Parse error"
        case .invalidRequest: return "Invalid Request"
        case .methodNotFound: return "Method not found"
        case .invalidParams: return "Invalid params"
        case .internalError: return "Internal error"
        case .lineTooLong: return "Line too long"
        case .rateLimited: return "Rate limited"
        case .permissionDenied: return "Permission denied"
        case .busy: return "Server busy"
        case .shuttingDown: return "Shutting down"
        case .reloadFailed: return "Reload failed"
        case .notFound: return "Not found"
        default: return (-32099 ... -32000).contains(rawValue) ? "Server error" : "Error"
        }
    }

    public var description: String { String(rawValue) }
}
