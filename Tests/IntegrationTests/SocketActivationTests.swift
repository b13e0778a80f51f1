import CareerClient
import Foundation
import Testing

/// careerd adopting an inherited listening socket, started by systemd's own
/// `systemd-socket-activate` (fd 3, LISTEN_PID, LISTEN_FDNAMES), as systemd does.
@Suite(.serialized) struct SocketActivationTests {
    static let tool = "/usr/bin/systemd-socket-activate"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: SocketActivationTests.tool)))
    func adoptsTheNamedSocketAndNeverUnlinksIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("careerd-sa-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let socket = dir.appendingPathComponent("activated.sock").path
        let unused = dir.appendingPathComponent("unused.sock").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.tool)
        // --socket names a path the daemon must NOT use when it inherits one.
        p.arguments = ["-l", socket, "--fdname=careerd", Daemon.binaries + "/careerd",
                       "--socket", unused, "--knowledge", Daemon.knowledge]
        let log = Pipe()
        p.standardOutput = log
        p.standardError = log
        try p.run()
        defer { if p.isRunning { p.interrupt(); p.waitUntilExit() } }

        var answer: String?
        let deadline = Date().addingTimeInterval(30)
        while answer == nil && Date() < deadline {
            if FileManager.default.fileExists(atPath: socket), let c = try? LineClient(path: socket, timeout: .seconds(20)) {
                answer = try? c.call(method: "ask", params: ["text": "data analyst salary"])["intent"]?.string
            }
            if answer == nil { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(answer == "role.salary")
        #expect(!FileManager.default.fileExists(atPath: unused), "an activated daemon binds nothing itself")
        kill(p.processIdentifier, SIGTERM)
        p.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: socket), "the inherited socket is not the daemon's to unlink")
    }
}
