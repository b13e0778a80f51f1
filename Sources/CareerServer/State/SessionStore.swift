import CareerAdvisor
import NIOConcurrencyHelpers

/// Conversation state for every open session, keyed by the peer's user id and the
/// client's session name, so that one user can never read or change another's session.
///
/// Bounded: at most `capacity` sessions (the least recently used is dropped first) and
/// each expires after `idleSeconds` without use. Thread-safe: one short lock around a
/// dictionary access per request; the advisor runs outside the lock.
final class SessionStore: Sendable {
    struct Key: Hashable, Sendable {
        var uid: UInt32
        var name: String
    }

    private struct Entry {
        var state: SessionState
        var lastUsed: UInt64
    }

    private let entries = NIOLockedValueBox([Key: Entry]())
    let capacity: Int
    let idleNanoseconds: UInt64

    init(capacity: Int, idleSeconds: Int) {
        self.capacity = capacity
        self.idleNanoseconds = UInt64(idleSeconds) * 1_000_000_000
    }

    /// The session's state, or a new one (an expired session starts afresh).
    func state(for key: Key, now: UInt64) -> SessionState {
        entries.withLockedValue { map in
            guard let e = map[key], now &- e.lastUsed < idleNanoseconds else { return SessionState() }
            return e.state
        }
    }

    func store(_ state: SessionState, for key: Key, now: UInt64) {
        entries.withLockedValue { map in
            map[key] = Entry(state: state, lastUsed: now)
            if map.count > capacity { Self.evict(&map, keep: capacity * 9 / 10, now: now, idle: idleNanoseconds) }
        }
    }

    /// Forgets a session; true when there was one.
    @discardableResult
    func reset(_ key: Key) -> Bool {
        entries.withLockedValue { $0.removeValue(forKey: key) != nil }
    }

    var count: Int { entries.withLockedValue { $0.count } }

    /// Drops expired sessions, then the least recently used down to `keep`. O(n log n),
    /// amortised over the 10% of capacity it frees.
    private static func evict(_ map: inout [Key: Entry], keep: Int, now: UInt64, idle: UInt64) {
        map = map.filter { now &- $0.value.lastUsed < idle }
        if map.count > keep {
            let oldest = map.sorted { $0.value.lastUsed < $1.value.lastUsed }.prefix(map.count - keep)
            for (k, _) in oldest { map.removeValue(forKey: k) }
        }
    }
}
