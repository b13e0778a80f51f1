import CareerAdvisor
import Logging
import NIOConcurrencyHelpers
import NIOCore

/// What every connection shares: the serving advisor, sessions, limits, counters.
/// Thread-safe; each field documents its own locking.
final class ServerState: Sendable {
    let configuration: ServerConfiguration
    let advisors: AdvisorStore
    let sessions: SessionStore
    let events: ServerEvents
    let logger: Logger
    let startedAt = NIODeadline.now()
    /// Open connections (locked counter).
    let connections = NIOLockedValueBox(0)
    let requestsServed = NIOLockedValueBox(UInt64(0))
    /// The daemon's own uid, allowed to call `reload` besides root.
    let ownUID = getuid()

    init(configuration: ServerConfiguration, advisors: AdvisorStore, events: ServerEvents, logger: Logger) {
        self.configuration = configuration
        self.advisors = advisors
        self.sessions = SessionStore(capacity: configuration.maximumSessions, idleSeconds: configuration.sessionIdleSeconds)
        self.events = events
        self.logger = logger
    }

    var uptimeSeconds: Double { Double((NIODeadline.now() - startedAt).nanoseconds) / 1e9 }

    /// One line for `STATUS=` and logs.
    var summary: String {
        let loaded = advisors.loaded
        let counts = loaded.advisor.catalog.counts
        let entities = counts.values.reduce(0, +)
        return "serving \(entities) entities (\(counts[.role] ?? 0) roles) from \(loaded.directory); "
            + "\(connections.withLockedValue { $0 }) connections, \(sessions.count) sessions"
    }
}

#if canImport(Glibc)
import Glibc
#endif
