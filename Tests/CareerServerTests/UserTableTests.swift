@testable import CareerServer
import NIOCore
import Testing

@Suite struct UserTableTests {
    static func table(_ configure: (inout ServerConfiguration) -> Void = { _ in }) -> UserTable {
        var c = ServerConfiguration(bind: .unixDomainSocket(path: "/x"))
        configure(&c)
        return UserTable(configuration: c, ownUID: 999)
    }

    @Test func oneUIDAtItsLimitLeavesOthersServed() {
        let t = Self.table { $0.maximumConnectionsPerUID = 2; $0.maximumConnections = 10 }
        #expect(t.admit(uid: 1000) == nil)
        #expect(t.admit(uid: 1000) == nil)
        #expect(t.admit(uid: 1000) == .init(limit: "connections_per_uid", value: 2))
        #expect(t.admit(uid: 1001) == nil)
        #expect(t.connections == 3)
        t.release(uid: 1000)
        #expect(t.admit(uid: 1000) == nil)
    }

    @Test func theTotalIsCheckedFirst() {
        let t = Self.table { $0.maximumConnectionsPerUID = 5; $0.maximumConnections = 2 }
        #expect(t.admit(uid: 1) == nil)
        #expect(t.admit(uid: 2) == nil)
        #expect(t.admit(uid: 3) == .init(limit: "connections", value: 2))
        #expect(t.connections == 2)
    }

    @Test func rootAndTheDaemonsUIDGetTheFactor() {
        let t = Self.table { $0.maximumConnectionsPerUID = 2; $0.privilegedFactor = 3 }
        #expect(t.limits(for: 0).connections == 6)
        #expect(t.limits(for: 999).connections == 6)
        #expect(t.limits(for: 1000).connections == 2)
    }

    @Test func theRateIsSharedByAUIDsConnections() {
        let t = Self.table { $0.requestsPerSecondPerUID = 1; $0.burstPerUID = 3 }
        #expect(t.admit(uid: 1000) == nil)
        #expect(t.admit(uid: 1000) == nil)
        #expect(t.admit(uid: 1001) == nil)
        #expect(t.take(uid: 1000) == nil)
        #expect(t.take(uid: 1000) == nil)
        #expect(t.take(uid: 1000) == nil)
        let retry = t.take(uid: 1000)
        #expect(retry != nil && retry! > 0 && retry! <= 1000)
        #expect(t.take(uid: 1001) == nil, "another uid has its own budget")
        #expect(t.usage(of: 1000)?.rateLimited == 1)
        #expect(t.usage(of: 1000)?.requests == 3)
    }

    @Test func anIdleUIDIsForgotten() {
        let t = Self.table()
        #expect(t.admit(uid: 7) == nil)
        t.release(uid: 7)
        #expect(t.usage(of: 7) == nil)
    }
}
