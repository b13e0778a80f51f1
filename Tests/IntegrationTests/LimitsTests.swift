import CareerClient
import CareerProtocol
import Foundation
import Testing

/// The limits of a shared server on the real daemon, configured small through a real
/// configuration file. The test runner is one uid, so `privileged_factor: 1` gives it the
/// limits of any other user (Tests/soak/limits.py runs clients as several uids).
@Suite(.serialized) struct LimitsTests {
    static func configFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("careerd-\(UUID().uuidString.prefix(8)).conf").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let small = """
        connections_per_uid: 3
        requests_per_second_per_uid: 5
        burst_per_uid: 10
        idle_timeout_seconds: 2
        privileged_factor: 1
        """

    @Test func connectionsPastTheUIDsLimitAreRefusedNamingIt() throws {
        let daemon = try Daemon(arguments: ["--config", try Self.configFile(Self.small)]).waitUntilReady()
        defer { daemon.stop() }
        let held = try (0..<3).map { _ in try RawSocket(path: daemon.socket) }
        let fourth = try RawSocket(path: daemon.socket)
        let reply = fourth.json()
        #expect(errorCode(reply) == -32004)
        let data = (reply?["error"] as? [String: Any])?["data"] as? [String: Any]
        #expect(data?["limit"] as? String == "connections_per_uid")
        #expect(data?["value"] as? Int == 3)
        #expect(fourth.line() == nil, "then closed")
        held[0].send(#"{"jsonrpc":"2.0","id":1,"method":"info"}"# + "\n")
        #expect(held[0].json()?["result"] != nil, "the connections it holds are served")
    }

    @Test func theRateIsPerUIDAcrossConnectionsWithRetryAfter() throws {
        let daemon = try Daemon(arguments: ["--config", try Self.configFile(Self.small)]).waitUntilReady()
        defer { daemon.stop() }
        Thread.sleep(forTimeInterval: 2.5)  // the readiness probe's requests are paid back
        let a = try RawSocket(path: daemon.socket), b = try RawSocket(path: daemon.socket)
        var limited: [String: Any]?
        for i in 0..<40 {
            let s = i % 2 == 0 ? a : b
            s.send(#"{"jsonrpc":"2.0","id":\#(i),"method":"info"}"# + "\n")
            let r = s.json()
            if errorCode(r) == -32002 { limited = r; break }
        }
        let error = try #require(limited?["error"] as? [String: Any], "40 requests over 2 connections at once exceed a burst of 10")
        let data = error["data"] as? [String: Any]
        #expect(data?["limit"] as? String == "requests_per_second_per_uid")
        #expect((data?["retry_after_ms"] as? Int ?? 0) > 0)
        Thread.sleep(forTimeInterval: Double(data?["retry_after_ms"] as? Int ?? 1000) / 1000 + 0.05)
        a.send(#"{"jsonrpc":"2.0","id":99,"method":"info"}"# + "\n")
        #expect(a.json()?["id"] as? Int == 99, "served again after retry_after_ms")
    }

    @Test func anIdleConnectionIsToldAndClosed() throws {
        let daemon = try Daemon(arguments: ["--config", try Self.configFile(Self.small)]).waitUntilReady()
        defer { daemon.stop() }
        let s = try RawSocket(path: daemon.socket)
        let notice = s.json()
        #expect(notice?["method"] as? String == "closing")
        let params = notice?["params"] as? [String: Any]
        #expect(params?["limit"] as? String == "idle_timeout_seconds")
        #expect(params?["value"] as? Int == 2)
        #expect(s.line() == nil)
    }

    @Test func infoShowsTheLimitsAndTheCallersUsage() throws {
        let daemon = try Daemon(arguments: ["--config", try Self.configFile(Self.small), "--set", "connections_per_uid=4"]).waitUntilReady()
        defer { daemon.stop() }
        let info = try daemon.client().call(method: "info")
        #expect(info["limits"]?["connections_per_uid"]?.int == 4, "--set overrides the file")
        #expect(info["limits"]?["idle_timeout_seconds"]?.int == 2)
        #expect(info["limits"]?["output_buffer_bytes"]?.int == 1 << 20)
        #expect(info["usage"]?["uid"]?.int == Int(getuid()))
        #expect((1...2).contains(info["usage"]?["connections"]?.int ?? 0), "this one (and the readiness probe's, if not closed yet)")
        #expect(info["usage"]?["limits"]?["connections"]?.int == 4)
    }

    @Test func aBadConfigurationIsRefusedAtStartWithFileAndLine() throws {
        let path = try Self.configFile("connections: 10\nconnections_per_uid: lots\n")
        let (status, output) = try run(Daemon.binaries + "/careerd", ["--config", path, "--socket", "/tmp/careerd-never.sock"])
        #expect(status == 1)
        let lines = output.split(separator: "\n").filter { !$0.contains("critical") && !$0.contains("configuration refused") }
        #expect(lines == ["careerd: \(path):2: connections_per_uid must be a whole number, not 'lots'"])
        let (status2, output2) = try run(Daemon.binaries + "/careerd", ["--set", "idle_timeout_seconds=-1", "--socket", "/tmp/careerd-never.sock"])
        #expect(status2 == 1)
        #expect(output2.contains("--set idle_timeout_seconds=-1: idle_timeout_seconds must be between 1 and"))
    }

    /// A client that sends and never reads: the daemon stops reading it once 64 KiB of
    /// replies wait, keeps serving others, and loses nothing: when the client finally
    /// reads, every reply is there, in order.
    @Test func aClientThatDoesNotReadIsHeldBackAndLosesNothing() throws {
        let daemon = try Daemon(arguments: ["--set", "output_buffer_bytes=65536"]).waitUntilReady()
        defer { daemon.stop() }
        let slow = try RawSocket(path: daemon.socket)
        var flags = fcntl(slow.fd, F_GETFL)
        flags |= O_NONBLOCK
        _ = fcntl(slow.fd, F_SETFL, flags)
        var batch = [UInt8]()
        for i in 0..<20_000 {
            batch += Array((#"{"jsonrpc":"2.0","id":\#(i),"method":"info"}"# + "\n").utf8)
        }
        var sent = 0
        let deadline = Date().addingTimeInterval(5)
        while sent < batch.count && Date() < deadline {
            let n = batch[sent...].withUnsafeBytes { write(slow.fd, $0.baseAddress, $0.count) }
            if n > 0 { sent += n } else { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(sent < batch.count, "the daemon stopped reading: the client's writes block")
        let other = try daemon.client()
        #expect(try other.call(method: "info")["version"] != nil, "others are served meanwhile")
        flags &= ~O_NONBLOCK
        _ = fcntl(slow.fd, F_SETFL, flags)
        let complete = batch[..<sent].filter { $0 == 0x0A }.count
        var ids: [Int] = []
        for _ in 0..<complete { if let id = slow.json()?["id"] as? Int { ids.append(id) } }
        #expect(ids.count == complete, "every reply")
        #expect(ids == Array(0..<ids.count), "in order")
    }

    /// A client that fills its output and then neither reads nor writes is idle too: it
    /// is closed after the timeout even though the notice cannot reach it.
    @Test func aStuckClientIsClosedWhenIdle() throws {
        let daemon = try Daemon(arguments: ["--config", try Self.configFile(Self.small), "--set", "output_buffer_bytes=4096",
                                            "--set", "requests_per_second_per_uid=100000", "--set", "burst_per_uid=100000"]).waitUntilReady()
        defer { daemon.stop() }
        let before = daemon.openDescriptors
        let stuck = try RawSocket(path: daemon.socket)
        _ = fcntl(stuck.fd, F_SETFL, fcntl(stuck.fd, F_GETFL) | O_NONBLOCK)
        let line = Array((#"{"jsonrpc":"2.0","id":1,"method":"list","params":{"type":"role"}}"# + "\n").utf8)
        var batch: [UInt8] = []
        for _ in 0..<20_000 { batch += line }
        var sent = 0
        for _ in 0..<100 {
            let n = batch[sent...].withUnsafeBytes { write(stuck.fd, $0.baseAddress, $0.count) }
            if n > 0 { sent += n } else { break }
        }
        #expect(sent < batch.count, "the daemon stopped reading")
        let deadline = Date().addingTimeInterval(20)
        while daemon.openDescriptors > before && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        #expect(daemon.openDescriptors <= before, "closed after idle_timeout_seconds (2) without the client reading")
        _ = stuck
    }
}
