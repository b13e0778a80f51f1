#if canImport(Glibc)
import Glibc
#endif
import CareerAdvisor
import Logging
import NIOConcurrencyHelpers
import NIOCore

/// What every connection shares: the serving advisor, sessions (and their archive on
/// disk), each uid's usage and limits, counters. Thread-safe; each field documents its
/// own locking.
final class ServerState: Sendable {
    let configuration: ServerConfiguration
    let advisors: AdvisorStore
    let sessions: SessionStore
    let users: UserTable
    /// nil when sessions live in memory only (no state directory, or it is unusable).
    let archive: SessionArchive?
    let events: ServerEvents
    let logger: Logger
    let startedAt = NIODeadline.now()
    let requestsServed = NIOLockedValueBox(UInt64(0))
    /// The daemon's own uid, allowed to call `reload` besides root.
    let ownUID = getuid()

    init(configuration: ServerConfiguration, advisors: AdvisorStore, events: ServerEvents, logger: Logger,
         archive: SessionArchive? = nil) {
        self.configuration = configuration
        self.advisors = advisors
        let own = getuid()
        let users = UserTable(configuration: configuration, ownUID: own)
        self.users = users
        self.sessions = SessionStore(capacity: configuration.maximumSessions, idleSeconds: configuration.sessionIdleSeconds,
                                     perUID: { users.limits(for: $0).sessions })
        self.archive = archive
        self.events = events
        self.logger = logger
    }

    /// Open connections in all.
    var connections: Int { users.connections }

    var uptimeSeconds: Double { Double((NIODeadline.now() - startedAt).nanoseconds) / 1e9 }

    /// One line for `STATUS=` and logs.
    var summary: String {
        let loaded = advisors.loaded
        let counts = loaded.advisor.catalog.counts
        let entities = counts.values.reduce(0, +)
        return "serving \(entities) entities (\(counts[.role] ?? 0) roles) from \(loaded.directory); "
            + "\(connections) connections, \(sessions.count) sessions"
    }
}
