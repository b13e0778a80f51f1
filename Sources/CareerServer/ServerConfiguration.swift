import CareerAdvisor
import NIOCore

/// Where the server listens. A struct over a private enum so that ways to bind can be
/// added without breaking callers.
public struct BindTarget: Sendable, CustomStringConvertible {
    enum Kind: Sendable {
        case path(String)
        case descriptor(Int32, path: String?)
    }
    let kind: Kind

    /// Bind a Unix socket at `path`. A stale socket file there is replaced; any other
    /// kind of file is refused. The file is removed at shutdown.
    public static func unixDomainSocket(path: String) -> BindTarget { BindTarget(kind: .path(path)) }

    /// Adopt an already listening socket (systemd socket activation). It is never
    /// unlinked: it belongs to whoever created it.
    public static func inheritedDescriptor(_ fd: Int32, path: String? = nil) -> BindTarget {
        BindTarget(kind: .descriptor(fd, path: path))
    }

    public var description: String {
        switch kind {
        case .path(let p): p
        case .descriptor(let fd, let p): "fd \(fd)" + (p.map { " (\($0))" } ?? "")
        }
    }
}

/// Limits and settings of one server. Defaults suit a shared machine: every limit
/// bounds memory or CPU one client, or one user, can take from the others. Each limit
/// is a setting of `careerd.conf` (`ConfigurationKey.all` names them); docs/RELIABILITY.md
/// says what each does when reached.
public struct ServerConfiguration: Sendable {
    public var bind: BindTarget
    /// Longest accepted line in bytes; longer ones get one -32001 error and are skipped.
    public var maximumLineBytes = 64 * 1024
    /// Longest `ask`/`search` text in characters (-32602 beyond).
    public var maximumTextCharacters = 2_000
    /// Open connections at once; further ones get one -32004 error and are closed.
    public var maximumConnections = 1_024
    /// Open connections of one uid; further ones get one -32004 error and are closed.
    public var maximumConnectionsPerUID = 64
    /// Requests a second of one uid over all its connections (token bucket, `burstPerUID`
    /// deep); excess gets -32002 with `retry_after_ms`.
    public var requestsPerSecondPerUID = 2_000.0
    public var burstPerUID = 4_000.0
    /// A connection with no traffic either way for this long is sent `closing` and closed.
    public var idleTimeoutSeconds = 600
    /// Replies queued for a client that does not read before its requests wait (the
    /// channel's high water mark; reading resumes at half).
    public var maximumQueuedOutputBytes = 1 << 20
    public var maximumSessions = 10_000
    public var maximumSessionsPerUID = 1_000
    public var sessionIdleSeconds = 3_600
    /// Root's and the daemon's own uid's per-uid limits are multiplied by this.
    public var privilegedFactor = 16
    /// How long shutdown waits for requests in flight.
    public var shutdownGraceSeconds = 10
    /// Event-loop threads; defaults to the number of cores.
    public var threads = System.coreCount
    /// Where sessions are saved across restarts (`$STATE_DIRECTORY`); nil keeps them in
    /// memory only.
    public var stateDirectory: String?
    /// Where a reload looks for and stores the trained intent model (`$CACHE_DIRECTORY`);
    /// nil trains at every load.
    public var modelCache: IntentModelCache?
    /// Enables `debug.hang` (tests of the watchdog). Never on in production.
    public var testHooks = false
    /// Socket file mode when binding a path.
    public var socketMode: UInt32 = 0o666
    public var version = "0.1.0"

    public init(bind: BindTarget) { self.bind = bind }
}
