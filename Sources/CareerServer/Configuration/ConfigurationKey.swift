/// One setting of `careerd.conf` (and of `careerd --set NAME=VALUE`): its name, the
/// range it accepts, and the field of `ServerConfiguration` it sets. The table `all` is
/// the whole format; docs/OPERATIONS.md lists the same names with their defaults.
public struct ConfigurationKey: Sendable {
    public enum Kind: Sendable { case integer, number }

    public let name: String
    public let kind: Kind
    public let range: ClosedRange<Double>
    public let help: String
    let get: @Sendable (ServerConfiguration) -> Double
    let set: @Sendable (inout ServerConfiguration, Double) -> Void

    static func int(_ name: String, _ range: ClosedRange<Int>, _ path: WritableKeyPath<ServerConfiguration, Int> & Sendable,
                    _ help: String) -> ConfigurationKey {
        ConfigurationKey(name: name, kind: .integer, range: Double(range.lowerBound) ... Double(range.upperBound), help: help,
                         get: { Double($0[keyPath: path]) }, set: { $0[keyPath: path] = Int($1) })
    }

    static func number(_ name: String, _ range: ClosedRange<Double>, _ path: WritableKeyPath<ServerConfiguration, Double> & Sendable,
                       _ help: String) -> ConfigurationKey {
        ConfigurationKey(name: name, kind: .number, range: range, help: help,
                         get: { $0[keyPath: path] }, set: { $0[keyPath: path] = $1 })
    }

    /// Every setting, in the order docs list them.
    public static let all: [ConfigurationKey] = [
        .int("connections", 1 ... 1_000_000, \.maximumConnections, "open connections in all"),
        .int("connections_per_uid", 1 ... 1_000_000, \.maximumConnectionsPerUID, "open connections of one uid"),
        .number("requests_per_second_per_uid", 0.001 ... 1e9, \.requestsPerSecondPerUID, "requests a second of one uid, all its connections together"),
        .number("burst_per_uid", 1 ... 1e9, \.burstPerUID, "requests one uid may send at once before the rate applies"),
        .int("idle_timeout_seconds", 1 ... 31_536_000, \.idleTimeoutSeconds, "a connection with no traffic this long is closed"),
        .int("output_buffer_bytes", 4_096 ... 1 << 30, \.maximumQueuedOutputBytes, "replies queued for a client that does not read, before its requests wait"),
        .int("line_bytes", 256 ... 1 << 30, \.maximumLineBytes, "longest request line"),
        .int("text_characters", 1 ... 1_000_000, \.maximumTextCharacters, "longest ask/search text"),
        .int("sessions", 1 ... 10_000_000, \.maximumSessions, "sessions kept in all"),
        .int("sessions_per_uid", 1 ... 10_000_000, \.maximumSessionsPerUID, "sessions kept for one uid"),
        .int("session_ttl_seconds", 1 ... 315_360_000, \.sessionIdleSeconds, "a session unused this long is forgotten"),
        .int("privileged_factor", 1 ... 1_000, \.privilegedFactor, "root's and the daemon's own uid's per-uid limits are multiplied by this"),
        .int("shutdown_grace_seconds", 0 ... 3_600, \.shutdownGraceSeconds, "how long a stop waits for requests in flight"),
        .int("threads", 1 ... 256, \.threads, "event-loop threads"),
    ]

    public static func named(_ name: String) -> ConfigurationKey? { all.first { $0.name == name } }

    /// Reads `text` as this key's value, or says why not in one line.
    public func parse(_ text: String) -> Result<Double, ConfigurationError.Reason> {
        let clean = text.replacingUnderscores()
        let value: Double
        switch kind {
        case .integer:
            guard let n = Int(clean) else { return .failure(.init("\(name) must be a whole number, not '\(text)'")) }
            value = Double(n)
        case .number:
            guard let d = Double(clean), d.isFinite else { return .failure(.init("\(name) must be a number, not '\(text)'")) }
            value = d
        }
        guard range.contains(value) else {
            return .failure(.init("\(name) must be between \(Self.show(range.lowerBound)) and \(Self.show(range.upperBound)), not \(text)"))
        }
        return .success(value)
    }

    /// The value in `configuration`, as JSON-friendly text-free number.
    public func value(in configuration: ServerConfiguration) -> Double { get(configuration) }

    public func apply(_ value: Double, to configuration: inout ServerConfiguration) { set(&configuration, value) }

    static func show(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }
}

extension String {
    /// "1_048_576" reads as 1048576, as in YAML 1.1 and TOML.
    fileprivate func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
