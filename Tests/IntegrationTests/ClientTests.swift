import Foundation
import Testing

/// The `career` command against a real daemon, and without one.
@Suite(.serialized) struct ClientTests {
    static let career = Daemon.binaries + "/career"

    @Test func askPrintsTheAnswerWithItsSource() throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let r = try run(Self.career, ["ask", "--socket", daemon.socket, "how much does a data analyst make?"])
        #expect(r.status == 0)
        #expect(r.output.contains("$55,000"))
        #expect(r.output.contains("Unnamed career guide"))
    }

    @Test func promptKeepsTheSessionForFollowUps() throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.career)
        p.arguments = ["--socket", daemon.socket]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = output
        try p.run()
        input.fileHandleForWriting.write(Data("how much does a data analyst make?\nwhat skills do they need?\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text.contains("$55,000"))
        #expect(text.contains("Skills a Data Analyst needs"), "\(text)")
    }

    @Test func optionsGoBeforeOrAfterTheSubcommand() throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let before = try run(Self.career, ["--socket", daemon.socket, "ask", "how much does a data analyst make?"])
        let after = try run(Self.career, ["ask", "--socket", daemon.socket, "how much does a data analyst make?"])
        #expect(before.status == 0, "\(before.output)")
        #expect(before.output == after.output)
        let info = try run(Self.career, ["--json", "--socket", daemon.socket, "--timeout", "10", "info"])
        #expect(info.status == 0 && info.output.hasPrefix("{"), "\(info.output)")
        let reload = try run(Self.career, ["reload", "--socket", daemon.socket])
        #expect(reload.status == 0, "\(reload.output)")
    }

    @Test func askWithAWidthWrapsAndDrawsTheSalaryBars() throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let r = try run(Self.career, ["--socket", daemon.socket, "--width", "60", "ask", "ML engineer pay in the UK"])
        #expect(r.status == 0, "\(r.output)")
        let lines = r.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("Ranges in GBP") }, "\(r.output)")
        #expect(lines.contains { $0.contains("█") && $0.contains("£") })
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(r.output)")
        // Piped without --width: the daemon's text as sent, no bars.
        let plain = try run(Self.career, ["--socket", daemon.socket, "ask", "ML engineer pay in the UK"])
        #expect(!plain.output.contains("█"))
        let json = try run(Self.career, ["--socket", daemon.socket, "--json", "ask", "ML engineer pay in the UK"])
        #expect(json.output.contains("\"salaries\":[{\"role\":\"machine-learning-engineer\""), "\(json.output)")
    }

    @Test func noDaemonIsOneClearLineAndNonZeroExit() throws {
        let r = try run(Self.career, ["ask", "--socket", "/tmp/careerd-nobody-\(UUID().uuidString.prefix(6)).sock", "hi"])
        #expect(r.status != 0)
        let lines = r.output.split(separator: "\n")
        #expect(lines.count == 1, "\(r.output)")
        #expect(r.output.contains("make run") || r.output.contains("careerd"))
    }

    @Test func evalScoresAFile() throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let r = try run(Self.career, ["eval", "--socket", daemon.socket, Daemon.root + "/Tests/Eval/questions.jsonl", "--min-score", "0.95"])
        #expect(r.status == 0, "\(r.output.suffix(2000))")
        #expect(r.output.contains("role.salary"))
    }
}
