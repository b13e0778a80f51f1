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
