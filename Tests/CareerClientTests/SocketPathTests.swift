import Testing
@testable import CareerClient

@Suite struct SocketPathTests {
    @Test func explicitPathIsTheOnlyCandidate() {
        #expect(SocketPath.resolve(explicit: "/tmp/x.sock", environment: { _ in "/ignored" }) == ["/tmp/x.sock"])
    }

    @Test func defaultsInOrder() {
        let env = ["CAREERD_SOCKET": "/srv/c.sock", "XDG_RUNTIME_DIR": "/run/user/1000"]
        #expect(SocketPath.resolve(explicit: nil, environment: { env[$0] }) ==
                ["/srv/c.sock", "/run/user/1000/careerd.sock", "/run/careerd/careerd.sock"])
    }

    @Test func unsetAndEmptyVariablesAreSkipped() {
        #expect(SocketPath.resolve(explicit: nil, environment: { _ in nil }) == ["/run/careerd/careerd.sock"])
        #expect(SocketPath.resolve(explicit: "", environment: { _ in "" }) == ["/run/careerd/careerd.sock"])
    }

    @Test func duplicatesAreRemoved() {
        let env = ["CAREERD_SOCKET": "/run/user/0/careerd.sock", "XDG_RUNTIME_DIR": "/run/user/0/"]
        #expect(SocketPath.resolve(explicit: nil, environment: { env[$0] }) == ["/run/user/0/careerd.sock", "/run/careerd/careerd.sock"])
    }
}
