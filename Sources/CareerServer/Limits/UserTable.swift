import NIOConcurrencyHelpers
import NIOCore

/// What each uid is using now: open connections, its request budget (one token bucket
/// shared by all its connections, so opening more connections buys no more requests),
/// and counters for `info`.
///
/// Thread-safe: one short lock per connection open/close and per request; nothing is
/// allocated per request. An entry is dropped when its uid's last connection closes and
/// its bucket is full again, so the table holds only users with connections or recent
/// traffic.
final class UserTable: Sendable {
    /// One uid's usage.
    struct Usage: Sendable {
        var connections = 0
        var bucket: TokenBucket
        var requests: UInt64 = 0
        var rateLimited: UInt64 = 0
    }

    /// Why a connection was turned away: the limit's name and value for the error's data.
    struct Refusal: Sendable, Equatable {
        var limit: String
        var value: Int
    }

    private let users = NIOLockedValueBox<[UInt32: Usage]>([:])
    private let total = NIOLockedValueBox(0)
    private let configuration: ServerConfiguration
    let ownUID: UInt32

    init(configuration: ServerConfiguration, ownUID: UInt32) {
        self.configuration = configuration
        self.ownUID = ownUID
    }

    func limits(for uid: UInt32) -> UserLimits { UserLimits.of(uid: uid, configuration, ownUID: ownUID) }

    /// Counts a new connection of `uid`, or refuses it (and counts nothing) when the
    /// total or the uid's own limit is reached.
    func admit(uid: UInt32) -> Refusal? {
        let open = total.withLockedValue { n -> Int in n += 1; return n }
        if open > configuration.maximumConnections {
            total.withLockedValue { $0 -= 1 }
            return Refusal(limit: "connections", value: configuration.maximumConnections)
        }
        let limit = limits(for: uid)
        let admitted = users.withLockedValue { map -> Bool in
            var usage = map[uid] ?? Usage(bucket: TokenBucket(rate: limit.requestsPerSecond, burst: limit.burst))
            guard usage.connections < limit.connections else { return false }
            usage.connections += 1
            map[uid] = usage
            return true
        }
        if !admitted {
            total.withLockedValue { $0 -= 1 }
            return Refusal(limit: "connections_per_uid", value: limit.connections)
        }
        return nil
    }

    /// Uncounts a connection `admit` accepted.
    func release(uid: UInt32) {
        total.withLockedValue { $0 -= 1 }
        users.withLockedValue { map in
            guard var usage = map[uid] else { return }
            usage.connections -= 1
            if usage.connections <= 0, usage.bucket.isFull(now: .now()) {
                map[uid] = nil
            } else {
                map[uid] = usage
            }
        }
    }

    /// Takes one request from `uid`'s budget: nil when allowed, else the milliseconds
    /// until one token is there again.
    func take(uid: UInt32) -> Int? {
        let now = NIODeadline.now()
        return users.withLockedValue { map -> Int? in
            guard var usage = map[uid] else { return nil }
            defer { map[uid] = usage }
            if usage.bucket.take(now: now) {
                usage.requests &+= 1
                return nil
            }
            usage.rateLimited &+= 1
            return usage.bucket.millisecondsUntilNextToken()
        }
    }

    func usage(of uid: UInt32) -> Usage? { users.withLockedValue { $0[uid] } }

    /// Open connections in all.
    var connections: Int { total.withLockedValue { $0 } }
}
