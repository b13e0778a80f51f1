#if canImport(Glibc)
import Glibc
#endif
import CareerAdvisor
import NIOConcurrencyHelpers

/// Conversation state for every open session, keyed by the peer's user id and the
/// client's session name, so that one user can never read or change another's session.
///
/// Bounded twice: at most `limit(uid)` sessions per uid (a new one replaces that uid's
/// least recently used, so one user's churn never evicts another's conversations) and
/// `capacity` in all (expired ones go first, then the least recently used); each expires
/// after `idleSeconds` without use. Thread-safe: one short lock around a dictionary
/// access per request; the advisor runs outside the lock. A per-uid eviction scans only
/// that uid's sessions; the global one is amortised over the 10% of capacity it frees.
final class SessionStore: Sendable {
    struct Key: Hashable, Sendable {
        var uid: UInt32
        var name: String
    }

    struct Entry: Sendable {
        var state: SessionState
        /// Uptime nanoseconds of the last use.
        var lastUsed: UInt64
    }

    private struct Table {
        var users: [UInt32: [String: Entry]] = [:]
        var count = 0
    }

    private let table = NIOLockedValueBox(Table())
    let capacity: Int
    let idleNanoseconds: UInt64
    private let limit: @Sendable (UInt32) -> Int

    init(capacity: Int, idleSeconds: Int, perUID limit: @escaping @Sendable (UInt32) -> Int = { _ in Int.max }) {
        self.capacity = capacity
        self.idleNanoseconds = UInt64(idleSeconds) * 1_000_000_000
        self.limit = limit
    }

    /// The session's state, or a new one (an expired session starts afresh).
    func state(for key: Key, now: UInt64) -> SessionState {
        table.withLockedValue { t in
            guard let e = t.users[key.uid]?[key.name], now &- e.lastUsed < idleNanoseconds else { return SessionState() }
            return e.state
        }
    }

    func store(_ state: SessionState, for key: Key, now: UInt64) {
        let perUID = limit(key.uid)
        let idle = idleNanoseconds
        table.withLockedValue { t in
            // The uid's sessions are changed in place: a copy of them (`var own =
            // t.users[uid]`) would copy the whole dictionary on every request.
            let added = Self.put(Entry(state: state, lastUsed: now), named: key.name, in: &t.users[key.uid, default: [:]],
                                 perUID: perUID, now: now, idle: idle)
            t.count += added
            if t.count > capacity { Self.evictAll(&t, keep: capacity * 9 / 10, now: now, idle: idle) }
        }
    }

    /// Stores `entry` under `name` in one uid's sessions, first making room when it is new
    /// and the uid is at its limit; returns the change in their number.
    private static func put(_ entry: Entry, named name: String, in own: inout [String: Entry],
                            perUID: Int, now: UInt64, idle: UInt64) -> Int {
        if let i = own.index(forKey: name) {
            own.values[i] = entry
            return 0
        }
        let evicted = own.count >= perUID ? evict(&own, keep: perUID - 1, now: now, idle: idle) : 0
        own[name] = entry
        return 1 - evicted
    }

    /// Forgets a session; true when there was one.
    @discardableResult
    func reset(_ key: Key) -> Bool {
        table.withLockedValue { t in
            guard t.users[key.uid]?.removeValue(forKey: key.name) != nil else { return false }
            if t.users[key.uid]?.isEmpty == true { t.users[key.uid] = nil }
            t.count -= 1
            return true
        }
    }

    var count: Int { table.withLockedValue { $0.count } }

    func count(uid: UInt32) -> Int { table.withLockedValue { $0.users[uid]?.count ?? 0 } }

    /// Every live session with its age in nanoseconds (for saving at shutdown).
    func snapshot(now: UInt64) -> [(key: Key, state: SessionState, age: UInt64)] {
        table.withLockedValue { t in
            t.users.flatMap { uid, own in
                own.compactMap { name, e in
                    let age = now &- e.lastUsed
                    return age < idleNanoseconds ? (Key(uid: uid, name: name), e.state, age) : nil
                }
            }
        }
    }

    /// Puts back saved sessions, `age` nanoseconds old each (at start, before serving).
    func restore(_ sessions: [(key: Key, state: SessionState, age: UInt64)], now: UInt64) {
        for s in sessions where s.age < idleNanoseconds {
            store(s.state, for: s.key, now: now >= s.age ? now - s.age : 0)
        }
    }

    /// Drops `own`'s expired sessions, then its least recently used down to `keep`;
    /// returns how many went.
    private static func evict(_ own: inout [String: Entry], keep: Int, now: UInt64, idle: UInt64) -> Int {
        let before = own.count
        own = own.filter { now &- $0.value.lastUsed < idle }
        if own.count > keep {
            for (name, _) in own.sorted(by: { $0.value.lastUsed < $1.value.lastUsed }).prefix(own.count - max(0, keep)) {
                own.removeValue(forKey: name)
            }
        }
        return before - own.count
    }

    private static func evictAll(_ t: inout Table, keep: Int, now: UInt64, idle: UInt64) {
        var all: [(uid: UInt32, name: String, used: UInt64)] = []
        for (uid, own) in t.users {
            for (name, e) in own where now &- e.lastUsed < idle { all.append((uid, name, e.lastUsed)) }
        }
        all.sort { $0.used > $1.used }
        var kept: [UInt32: [String: Entry]] = [:]
        for item in all.prefix(keep) { kept[item.uid, default: [:]][item.name] = t.users[item.uid]?[item.name] }
        t.users = kept
        t.count = min(all.count, keep)
    }
}
