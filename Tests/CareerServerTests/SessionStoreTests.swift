@testable import CareerServer
import CareerAdvisor
import Testing

@Suite struct SessionStoreTests {
    @Test func sessionsArePrivateToTheirUser() {
        let store = SessionStore(capacity: 10, idleSeconds: 60)
        var s = SessionState()
        s.lastIntent = "role.salary"
        store.store(s, for: .init(uid: 1000, name: "a"), now: 1)
        #expect(store.state(for: .init(uid: 1000, name: "a"), now: 2).lastIntent == "role.salary")
        #expect(store.state(for: .init(uid: 1001, name: "a"), now: 2).lastIntent == nil)
    }

    @Test func idleSessionsExpire() {
        let store = SessionStore(capacity: 10, idleSeconds: 1)
        var s = SessionState()
        s.turns = 3
        store.store(s, for: .init(uid: 1, name: "x"), now: 0)
        #expect(store.state(for: .init(uid: 1, name: "x"), now: 2_000_000_000).turns == 0)
    }

    @Test func capacityIsBoundedLeastRecentFirst() {
        let store = SessionStore(capacity: 10, idleSeconds: 3600)
        for i in 0..<11 { store.store(SessionState(), for: .init(uid: 1, name: "\(i)"), now: UInt64(i)) }
        #expect(store.count <= 10)
        #expect(store.reset(.init(uid: 1, name: "10")))
        #expect(!store.reset(.init(uid: 1, name: "0")))
    }
}

@Suite struct SessionStorePerUIDTests {
    @Test func oneUsersChurnNeverEvictsAnothersSessions() {
        let store = SessionStore(capacity: 100, idleSeconds: 3600, perUID: { _ in 3 })
        store.store(SessionState(), for: .init(uid: 2, name: "keep"), now: 0)
        for i in 0..<50 { store.store(SessionState(), for: .init(uid: 1, name: "\(i)"), now: UInt64(i + 1)) }
        #expect(store.count(uid: 1) == 3)
        #expect(store.count == 4)
        #expect(store.reset(.init(uid: 2, name: "keep")))
        #expect(store.reset(.init(uid: 1, name: "49")), "the most recent of uid 1 stays")
        #expect(!store.reset(.init(uid: 1, name: "0")))
    }

    @Test func storingAgainReplacesTheStateAndCountsOnce() {
        let store = SessionStore(capacity: 10, idleSeconds: 3600, perUID: { _ in 2 })
        var s = SessionState()
        for turn in 1...5 {
            s.turns = turn
            store.store(s, for: .init(uid: 1, name: "a"), now: UInt64(turn))
        }
        #expect(store.count == 1 && store.count(uid: 1) == 1)
        #expect(store.state(for: .init(uid: 1, name: "a"), now: 6).turns == 5)
    }

    @Test func aStoreRefreshesTheSessionsPlaceInTheLeastRecentOrder() {
        let store = SessionStore(capacity: 10, idleSeconds: 3600, perUID: { _ in 2 })
        store.store(SessionState(), for: .init(uid: 1, name: "a"), now: 1)
        store.store(SessionState(), for: .init(uid: 1, name: "b"), now: 2)
        store.store(SessionState(), for: .init(uid: 1, name: "a"), now: 3)
        store.store(SessionState(), for: .init(uid: 1, name: "c"), now: 4)
        #expect(store.count(uid: 1) == 2 && store.count == 2)
        #expect(store.reset(.init(uid: 1, name: "a")))
        #expect(!store.reset(.init(uid: 1, name: "b")), "b was the least recently used")
    }

    @Test func aSnapshotRestoresWithItsAge() {
        let a = SessionStore(capacity: 10, idleSeconds: 100)
        var s = SessionState()
        s.knownSkills = ["python"]
        a.store(s, for: .init(uid: 1, name: "x"), now: 10_000_000_000)
        let snap = a.snapshot(now: 30_000_000_000)
        #expect(snap.count == 1 && snap[0].age == 20_000_000_000)
        let b = SessionStore(capacity: 10, idleSeconds: 100)
        b.restore(snap, now: 50_000_000_000)
        #expect(b.state(for: .init(uid: 1, name: "x"), now: 50_000_000_000).knownSkills == ["python"])
        #expect(b.state(for: .init(uid: 1, name: "x"), now: 131_000_000_000).knownSkills == [], "the age counts toward the TTL")
    }
}
