import Testing
@testable import Systemd

#if canImport(Glibc)
import Glibc
#endif

/// Outside a socket-activated process the module finds nothing. Adoption of real
/// inherited sockets (fd 3, LISTEN_PID, names) is tested on the real daemon:
/// `IntegrationTests/SocketActivationTests` starts careerd through systemd's own
/// `systemd-socket-activate`, and `Tests/systemd/run.sh` under a real systemd. (Forking
/// the multi-threaded test runner to own fd 3 could deadlock the child.)
@Suite struct SocketActivationTests {
    @Test func notActivatedGivesNothing() {
        TestEnvironment.with(["LISTEN_PID": nil, "LISTEN_FDS": nil, "LISTEN_FDNAMES": nil]) {
            #expect(SocketActivation.listeningSockets().isEmpty)
            #expect(SocketActivation.socket(named: "careerd") == nil)
        }
    }

    @Test func socketsForAnotherProcessAreIgnored() {
        TestEnvironment.with(["LISTEN_PID": "1", "LISTEN_FDS": "1", "LISTEN_FDNAMES": "careerd"]) {
            #expect(SocketActivation.listeningSockets().isEmpty)
        }
    }
}
