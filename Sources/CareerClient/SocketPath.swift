#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Where to look for careerd's socket.
public enum SocketPath {
    /// The system service's socket (systemd `RuntimeDirectory=careerd`).
    public static let system = "/run/careerd/careerd.sock"
    /// The socket's file name inside `$XDG_RUNTIME_DIR`.
    public static let fileName = "careerd.sock"

    /// Candidate paths, in the order a client should try them.
    ///
    /// An explicit path (`--socket`) is the only candidate when given: a user who names a
    /// socket wants that daemon or an error, never a different one. Otherwise:
    /// `$CAREERD_SOCKET`, `$XDG_RUNTIME_DIR/careerd.sock`, `/run/careerd/careerd.sock`.
    /// Unset or empty variables are skipped; duplicates are removed. Never empty.
    public static func resolve(explicit: String?) -> [String] {
        resolve(explicit: explicit, environment: { name in getenv(name).map { String(cString: $0) } })
    }

    /// As `resolve(explicit:)`, reading variables through `environment` (for tests).
    public static func resolve(explicit: String?, environment: (String) -> String?) -> [String] {
        if let explicit, !explicit.isEmpty { return [explicit] }
        var out: [String] = []
        func add(_ path: String?) {
            guard let path, !path.isEmpty, !out.contains(path) else { return }
            out.append(path)
        }
        add(environment("CAREERD_SOCKET"))
        if let runtime = environment("XDG_RUNTIME_DIR"), !runtime.isEmpty {
            add(runtime.hasSuffix("/") ? runtime + fileName : runtime + "/" + fileName)
        }
        add(system)
        return out
    }
}
