import Foundation
import Testing
@testable import Systemd

#if canImport(Glibc)
import Glibc
#endif

/// A bound `AF_UNIX` datagram socket standing in for systemd's notification socket.
final class NotifyReceiver {
    let path: String
    let fd: CInt

    init() throws {
        path = NSTemporaryDirectory() + "careerd-notify-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
        fd = socket(AF_UNIX, CInt(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { throw TestFailure("socket: errno \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw TestFailure("path too long") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else { throw TestFailure("bind: errno \(errno)") }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// The next datagram, or `nil` when none arrives within two seconds.
    func receive() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &buffer, buffer.count, 0)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }
}

@Suite struct SystemdNotifierTests {
    @Test func sendsExactPayloadsToTheNotifySocket() throws {
        let receiver = try NotifyReceiver()
        try TestEnvironment.with(["NOTIFY_SOCKET": receiver.path]) {
            let notifier = SystemdNotifier()
            #expect(notifier.isAvailable)

            #expect(notifier.ready())
            #expect(receiver.receive() == "READY=1")
            #expect(notifier.watchdog())
            #expect(receiver.receive() == "WATCHDOG=1")
            #expect(notifier.stopping())
            #expect(receiver.receive() == "STOPPING=1")
            #expect(notifier.status("loaded 42 roles\nand more"))
            #expect(receiver.receive() == "STATUS=loaded 42 roles and more")
            #expect(notifier.send(["STATUS": "x", "ERRNO": "2"]))
            #expect(receiver.receive() == "ERRNO=2\nSTATUS=x")
            #expect(notifier.send(state: "CUSTOM=1\nOTHER=2"))
            #expect(receiver.receive() == "CUSTOM=1\nOTHER=2")
            #expect(notifier.extendTimeout(by: .milliseconds(1500)))
            #expect(receiver.receive() == "EXTEND_TIMEOUT_USEC=1500000")

            let before = SystemdNotifier.monotonicMicroseconds()
            #expect(notifier.reloading())
            let after = SystemdNotifier.monotonicMicroseconds()
            let payload = try #require(receiver.receive())
            let lines = payload.split(separator: "\n")
            try #require(lines.count == 2)
            #expect(lines[0] == "RELOADING=1")
            #expect(lines[1].hasPrefix("MONOTONIC_USEC="))
            let stamp = try #require(UInt64(lines[1].dropFirst("MONOTONIC_USEC=".count)))
            #expect(stamp >= before && stamp <= after)
        }
    }

    @Test func isANoOpWithoutSystemd() {
        TestEnvironment.with(["NOTIFY_SOCKET": nil]) {
            let notifier = SystemdNotifier()
            #expect(!notifier.isAvailable)
            #expect(!notifier.ready())
            #expect(!notifier.reloading())
            #expect(!notifier.status("x"))
            #expect(!notifier.watchdog())
            #expect(!notifier.stopping())
            #expect(!notifier.send(["READY": "1"]))
        }
    }

    @Test func reportsFailureWhenNobodyListens() {
        TestEnvironment.with(["NOTIFY_SOCKET": "/nonexistent/careerd-notify.sock"]) {
            let notifier = SystemdNotifier()
            #expect(notifier.isAvailable)
            #expect(!notifier.ready())
        }
    }

    @Test func keepsTheEnvironment() throws {
        let receiver = try NotifyReceiver()
        TestEnvironment.with(["NOTIFY_SOCKET": receiver.path]) {
            SystemdNotifier().ready()
            #expect(getenv("NOTIFY_SOCKET").map { String(cString: $0) } == receiver.path)
        }
    }
}
