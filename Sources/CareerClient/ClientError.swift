#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Why the client could not talk to a daemon. Every case names the socket path.
///
/// The connect-stage cases (`isUnreachable`) mean no daemon answered at that path; the
/// others mean one answered and then failed us. Server-side errors are not here: those
/// are thrown as `RPCError`.
public enum ClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing exists at the path (ENOENT/ENOTDIR).
    case noSuchSocket(path: String)
    /// The socket exists but nobody listens (ECONNREFUSED): a stale socket file.
    case connectionRefused(path: String)
    /// The socket or a directory above it is not accessible to this user (EACCES/EPERM).
    case permissionDenied(path: String)
    /// The path is empty or longer than a Unix socket address allows.
    case invalidPath(path: String, reason: String)
    /// Another connect failure, with its errno.
    case connectFailed(path: String, errno: Int32)
    /// No reply (or no accepted connection) within the timeout.
    case timedOut(path: String, seconds: Double)
    /// The daemon closed the connection before answering.
    case connectionClosed(path: String)
    /// A read or write failed, with its errno.
    case ioFailed(path: String, errno: Int32)
    /// The daemon sent something that is not a JSON-RPC response we can use.
    case malformedResponse(path: String, message: String)

    /// The socket path involved.
    public var path: String {
        switch self {
        case .noSuchSocket(let p), .connectionRefused(let p), .permissionDenied(let p),
             .invalidPath(let p, _), .connectFailed(let p, _), .timedOut(let p, _),
             .connectionClosed(let p), .ioFailed(let p, _), .malformedResponse(let p, _):
            return p
        }
    }

    /// True when no daemon could be reached at all (connect stage).
    public var isUnreachable: Bool {
        switch self {
        case .noSuchSocket, .connectionRefused, .permissionDenied, .invalidPath, .connectFailed: return true
        default: return false
        }
    }

    /// Short lower-case reason: "no such socket", "connection refused", ...
    public var reason: String {
        switch self {
        case .noSuchSocket: return "no such socket"
        case .connectionRefused: return "connection refused"
        case .permissionDenied: return "permission denied"
        case .invalidPath(_, let reason): return reason
        case .connectFailed(_, let e), .ioFailed(_, let e): return ClientError.errnoText(e)
        case .timedOut(_, let s): return "no answer within \(ClientError.seconds(s))"
        case .connectionClosed: return "connection closed by the daemon"
        case .malformedResponse(_, let m): return "malformed response: \(m)"
        }
    }

    /// "no careerd answers at PATH (REASON)" for connect failures, "careerd at PATH: REASON"
    /// otherwise.
    public var description: String {
        isUnreachable ? "no careerd answers at \(path) (\(reason))" : "careerd at \(path): \(reason)"
    }

    static func errnoText(_ e: Int32) -> String {
        guard let s = strerror(e) else { return "errno \(e)" }
        return String(cString: s).lowercased()
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }

    /// The connect error for an errno.
    static func connect(path: String, errno e: Int32) -> ClientError {
        switch e {
        case ENOENT, ENOTDIR: return .noSuchSocket(path: path)
        case ECONNREFUSED: return .connectionRefused(path: path)
        case EACCES, EPERM: return .permissionDenied(path: path)
        default: return .connectFailed(path: path, errno: e)
        }
    }
}
