import CSystemd

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Tells the service manager about the daemon's state with `sd_notify(3)`.
///
/// Guarantees:
/// - Every method is a no-op that returns `false` when the process is not run by
///   systemd (no `NOTIFY_SOCKET` in the environment); none of them ever traps.
/// - The environment is never modified (`unset_environment` is 0), so `NOTIFY_SOCKET`
///   stays available for later messages: watchdog pings, reload and stop notices.
/// - A message is one datagram; `send` returns `true` only when it was handed to the
///   notification socket.
/// - Values are made single-line (a newline would start a new field), except in
///   ``send(state:)`` which passes its text through unchanged.
///
/// The type holds no state, so it is safe to copy and to use from any thread.
public struct SystemdNotifier: Sendable {
    public init() {}

    /// Whether a notification socket is configured (`NOTIFY_SOCKET` is set and not empty).
    public var isAvailable: Bool {
        guard let value = getenv("NOTIFY_SOCKET") else { return false }
        return value.pointee != 0
    }

    /// `READY=1`: start-up (or a reload) has finished and the daemon serves requests.
    @discardableResult
    public func ready() -> Bool { send(state: "READY=1") }

    /// `RELOADING=1` with `MONOTONIC_USEC=` set to `CLOCK_MONOTONIC` now, in microseconds.
    ///
    /// systemd 253+ (`Type=notify-reload`) requires the timestamp; 252 ignores it. Follow
    /// with ``ready()`` once the reload is over, whether it succeeded or not.
    @discardableResult
    public func reloading() -> Bool {
        send(state: "RELOADING=1\nMONOTONIC_USEC=\(Self.monotonicMicroseconds())")
    }

    /// `STATUS=`: a one-line, human-readable status shown by `systemctl status`.
    @discardableResult
    public func status(_ text: String) -> Bool { send(state: "STATUS=" + Self.singleLine(text)) }

    /// `WATCHDOG=1`: the keep-alive ping; send it every ``Watchdog/interval()``.
    @discardableResult
    public func watchdog() -> Bool { send(state: "WATCHDOG=1") }

    /// `STOPPING=1`: the daemon has begun shutting down.
    @discardableResult
    public func stopping() -> Bool { send(state: "STOPPING=1") }

    /// `EXTEND_TIMEOUT_USEC=`: asks for more time for the current start, reload or stop.
    @discardableResult
    public func extendTimeout(by duration: Duration) -> Bool {
        send(state: "EXTEND_TIMEOUT_USEC=\(Self.microseconds(duration))")
    }

    /// Sends `KEY=value` lines, sorted by key so that the datagram is deterministic.
    /// Newlines in values are replaced by spaces.
    @discardableResult
    public func send(_ fields: [String: String]) -> Bool {
        guard !fields.isEmpty else { return false }
        let lines = fields.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.singleLine($0.value))" }
        return send(state: lines.joined(separator: "\n"))
    }

    /// Sends `state` as it is: newline-separated `KEY=value` assignments.
    @discardableResult
    public func send(state: String) -> Bool {
        guard isAvailable else { return false }
        return sd_notify(0, state) > 0
    }

    /// `CLOCK_MONOTONIC` now, in microseconds (the clock `MONOTONIC_USEC=` is read against).
    public static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
    }

    static func microseconds(_ duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0 else { return 0 }
        return UInt64(seconds) * 1_000_000 + UInt64(attoseconds / 1_000_000_000_000)
    }

    static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
