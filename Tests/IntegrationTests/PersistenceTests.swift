import CareerClient
import CareerProtocol
import Foundation
import Testing

/// Sessions across restarts on the real daemon: a graceful stop saves them, SIGKILL
/// keeps what users said about themselves, and a broken store costs only the sessions.
@Suite(.serialized) struct PersistenceTests {
    static func stateDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("careerd-state-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func ask(_ c: LineClient, _ text: String, _ session: String) throws -> String {
        try c.call(method: "ask", params: ["text": .string(text), "session": .string(session)])["answer"]?.string ?? ""
    }

    /// The answer to "what roles fit me" in a session where the user said what they
    /// know, versus in a new one: a restored profile gives the first.
    static func reference(_ daemon: Daemon) throws -> (withProfile: String, without: String) {
        let c = try daemon.client()
        _ = try ask(c, "I know Python and SQL and want to become a data engineer", "ref")
        return (try ask(c, "which roles fit me?", "ref"), try ask(c, "which roles fit me?", "fresh-\(UUID())"))
    }

    @Test func aProfileSurvivesSIGKILL() throws {
        let state = try Self.stateDirectory()
        let first = try Daemon(environment: ["STATE_DIRECTORY": state]).waitUntilReady()
        _ = try Self.ask(try first.client(), "I know Python and SQL and want to become a data engineer", "mine")
        Thread.sleep(forTimeInterval: 0.3)  // the profile write is handed to the writer thread
        first.kill9()
        let second = try Daemon(socket: first.socket, environment: ["STATE_DIRECTORY": state]).waitUntilReady()
        defer { second.stop() }
        let (withProfile, without) = try Self.reference(second)
        #expect(withProfile != without, "the question depends on the profile")
        #expect(try Self.ask(try second.client(), "which roles fit me?", "mine") == withProfile)
        let mode = try FileManager.default.attributesOfItem(atPath: state + "/sessions.sqlite")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aGracefulRestartKeepsEverySession() throws {
        let state = try Self.stateDirectory()
        let first = try Daemon(environment: ["STATE_DIRECTORY": state]).waitUntilReady()
        let c = try first.client()
        _ = try Self.ask(c, "what does a data engineer do", "follow")
        #expect(first.stop() == 0)
        let second = try Daemon(socket: first.socket, environment: ["STATE_DIRECTORY": state]).waitUntilReady()
        defer { second.stop() }
        let after = try second.client().call(method: "ask", params: ["text": "how much do they make?", "session": "follow"])
        #expect(after["entities"]?[0]?["id"]?.string == "data-engineer", "the follow-up knows the role from before the restart")
        #expect(try second.client().call(method: "info")["usage"]?["sessions"]?.int == 1)
    }

    @Test func aBrokenStoreIsReportedAndTheDaemonStarts() throws {
        let state = try Self.stateDirectory()
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: state + "/sessions.sqlite"))
        let daemon = try Daemon(environment: ["STATE_DIRECTORY": state]).waitUntilReady()
        defer { daemon.stop() }
        #expect(try daemon.client().call(method: "info")["sessions"]?.int == 0)
        #expect(daemon.output.contains("session store unusable"))
    }
}
