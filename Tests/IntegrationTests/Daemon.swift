import CareerClient
import CareerProtocol
import Foundation

/// A real `careerd` process on a private socket, for tests. Started from the package's
/// build folder (or `$CAREERD_BIN`); stopped with SIGTERM.
final class Daemon: @unchecked Sendable {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
    static let binaries = ProcessInfo.processInfo.environment["CAREERD_BIN_DIR"] ?? root + "/.build/debug"
    static let knowledge = root + "/Knowledge"

    let socket: String
    let process = Process()
    let log: URL

    init(knowledge: String = Daemon.knowledge, socket: String? = nil, environment: [String: String] = [:],
         arguments: [String] = []) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("careerd-it-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        self.socket = socket ?? dir.appendingPathComponent("careerd.sock").path
        log = dir.appendingPathComponent("careerd.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: Daemon.binaries + "/careerd")
        process.arguments = ["--socket", self.socket, "--knowledge", knowledge] + arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "LISTEN_FDS")
        env.removeValue(forKey: "JOURNAL_STREAM")
        // SwiftNIO's strict mode: a task scheduled on an event loop that has shut down
        // crashes the daemon instead of printing an error, so a stop that does so fails.
        env["SWIFTNIO_STRICT"] = "1"
        // Its own model cache (trained and stored at the first start), never the user's.
        env["CACHE_DIRECTORY"] = dir.appendingPathComponent("cache").path
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    /// Waits until the daemon answers `info`, or it exits.
    @discardableResult
    func waitUntilReady(seconds: Double = 30) throws -> Daemon {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if !process.isRunning { throw DaemonError("careerd exited early (\(process.terminationStatus)): \(output)") }
            if let c = try? LineClient(path: socket, timeout: .seconds(5)), (try? c.call(method: "info")) != nil { return self }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw DaemonError("careerd did not answer within \(seconds)s: \(output)")
    }

    func client() throws -> LineClient { try LineClient(path: socket, timeout: .seconds(30)) }

    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

    /// SIGKILL, then waits for the process to be gone.
    func kill9() {
        signal(SIGKILL)
        process.waitUntilExit()
    }

    /// The daemon's resident memory in KiB and open descriptors, from /proc.
    var residentKiB: Int {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }

    var openDescriptors: Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.processIdentifier)/fd").count) ?? 0
    }

    /// SIGTERM, then waits for the exit; returns the exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning {
            signal(SIGTERM)
            process.waitUntilExit()
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
    }
}

struct DaemonError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// Runs a command to completion; returns exit status and combined output.
func run(_ path: String, _ args: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// A copy of the shipped knowledge in a temporary folder, to break or change.
func copyOfKnowledge() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("careerd-kb-\(UUID().uuidString.prefix(8))")
    try FileManager.default.copyItem(atPath: Daemon.knowledge, toPath: dir.path)
    return dir.path
}
