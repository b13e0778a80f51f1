/// The per-uid limits in force for one user: the configured ones, multiplied by
/// `privilegedFactor` for root and the daemon's own uid (operators and tests running as
/// them are trusted not to starve others; every other uid gets the same share).
public struct UserLimits: Sendable, Hashable {
    public var connections: Int
    public var requestsPerSecond: Double
    public var burst: Double
    public var sessions: Int

    /// The limits for `uid` under `configuration`, with `ownUID` the daemon's own.
    public static func of(uid: UInt32, _ configuration: ServerConfiguration, ownUID: UInt32) -> UserLimits {
        let base = UserLimits(connections: configuration.maximumConnectionsPerUID,
                              requestsPerSecond: configuration.requestsPerSecondPerUID,
                              burst: configuration.burstPerUID, sessions: configuration.maximumSessionsPerUID)
        guard uid == 0 || uid == ownUID, configuration.privilegedFactor > 1 else { return base }
        let f = configuration.privilegedFactor
        return UserLimits(connections: base.connections * f, requestsPerSecond: base.requestsPerSecond * Double(f),
                          burst: base.burst * Double(f), sessions: base.sessions * f)
    }
}
