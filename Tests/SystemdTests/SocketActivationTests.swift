import Testing
@testable import Systemd

#if canImport(Glibc)
import Glibc
#endif

/// Socket activation needs descriptors at 3, 4, ... and `LISTEN_PID` equal to the
/// process's own pid. The test runner may be using fd 3, so these run in a forked child
/// that moves real sockets onto 3 and 4 and reports what the module saw.
@Suite(.serialized) struct SocketActivationTests {
    /// In a child: puts `count` fresh sockets on fds 3..., sets the environment, and
    /// returns `"fd:name,fd:name"` from ``SocketActivation/listeningSockets()``, then
    /// `|` and the fd ``SocketActivation/socket(named:)`` picked for `pick`.
    private func activated(count: Int, names: String?, listenPID: String? = nil, pick: String = "careerd") throws -> String {
        var sockets: [CInt] = []
        for _ in 0..<count {
            let fd = socket(AF_UNIX, CInt(SOCK_STREAM.rawValue), 0)
            sockets.append(fcntl(fd, F_DUPFD_CLOEXEC, 300))
            close(fd)
        }
        defer { sockets.forEach { close($0) } }
        return try ChildProcess.run {
            for (index, fd) in sockets.enumerated() {
                guard dup2(fd, 3 + CInt(index)) == 3 + CInt(index) else { return "dup2 failed" }
            }
            setenv("LISTEN_PID", listenPID ?? String(getpid()), 1)
            setenv("LISTEN_FDS", String(count), 1)
            if let names { setenv("LISTEN_FDNAMES", names, 1) } else { unsetenv("LISTEN_FDNAMES") }
            let found = SocketActivation.listeningSockets().map { "\($0.fd):\($0.name)" }.joined(separator: ",")
            let chosen = SocketActivation.socket(named: pick).map(String.init) ?? "nil"
            let kept = getenv("LISTEN_FDS") != nil
            return found + "|" + chosen + (kept ? "" : "|environment was cleared")
        }
    }

    @Test func namedSocketIsFound() throws {
        #expect(try activated(count: 1, names: "careerd") == "3:careerd|3")
    }

    @Test func severalSocketsKeepTheirOrderAndNames() throws {
        #expect(try activated(count: 2, names: "admin:careerd") == "3:admin,4:careerd|4")
        #expect(try activated(count: 2, names: "admin:other") == "3:admin,4:other|nil")
    }

    @Test func theOnlyUnnamedSocketIsAdopted() throws {
        #expect(try activated(count: 1, names: nil) == "3:unknown|3")
    }

    @Test func socketsForAnotherProcessAreIgnored() throws {
        #expect(try activated(count: 1, names: "careerd", listenPID: "1") == "|nil")
    }

    @Test func notActivatedGivesNothing() {
        TestEnvironment.with(["LISTEN_PID": nil, "LISTEN_FDS": nil, "LISTEN_FDNAMES": nil]) {
            #expect(SocketActivation.listeningSockets().isEmpty)
            #expect(SocketActivation.socket(named: "careerd") == nil)
        }
    }
}
