import Foundation
import Testing

/// How the daemon reads a connection (`PeekingReader`): the byte swift-nio reads and the
/// rest peeked, consumed after the replies. Only a real socket has the path under test.
@Suite(.serialized) struct PeekingReaderTests {
    static func request(_ id: Int, _ text: String) -> String {
        #"{"jsonrpc":"2.0","id":\#(id),"method":"ask","params":{"text":"\#(text)"}}"# + "\n"
    }

    /// A request that comes in pieces (each consumed as it comes, having no newline) is
    /// read whole; so are bursts far larger than one peek, written at once and answered
    /// in order; and a line split at every possible place.
    @Test func linesInPiecesAndBurstsLargerThanAPeekAreReadWhole() throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let s = try RawSocket(path: daemon.socket)
        let line = Self.request(1, "what skills does a data scientist need?")
        let bytes = Array(line.utf8)
        s.send(Array(bytes[..<7]))
        Thread.sleep(forTimeInterval: 0.05)
        s.send(Array(bytes[7..<40]))
        Thread.sleep(forTimeInterval: 0.05)
        s.send(Array(bytes[40...]))
        #expect(s.json()?["id"] as? Int == 1)

        var burst = ""
        for i in 0..<1_000 { burst += Self.request(100 + i, i % 2 == 0 ? "hello" : "data analyst salary") }
        #expect(burst.utf8.count > 4 * 16_384)
        s.send(burst)
        var ids: [Int] = []
        for _ in 0..<1_000 { ids.append(s.json()?["id"] as? Int ?? -1) }
        #expect(ids == Array(100..<1_100))

        for cut in stride(from: 1, to: bytes.count, by: 9) {
            s.send(Array(bytes[..<cut]))
            s.send(Array(bytes[cut...]))
            #expect(s.json()?["id"] as? Int == 1, "cut at \(cut)")
        }
    }

    /// The point of peeking: a client blocked in `read` for its reply is woken once per
    /// request, by the reply, not first by the daemon reading the request (which, read
    /// outright, frees the request's buffer and wakes the client's socket for nothing).
    /// Counted as this thread's voluntary context switches over sequential requests:
    /// about two per request when the read wakes it, about one when only the reply does.
    @Test func aClientWaitingForItsReplyIsWokenOnlyByIt() throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let s = try RawSocket(path: daemon.socket)
        for i in 0..<20 {
            s.send(Self.request(i, "hello"))
            _ = s.line()
        }
        let requests = 300
        let before = try Self.voluntarySwitches()
        for i in 0..<requests {
            s.send(Self.request(i, "data analyst salary"))
            #expect(s.json()?["id"] as? Int == i)
        }
        let perRequest = Double(try Self.voluntarySwitches() - before) / Double(requests)
        #expect(perRequest < 1.5, "\(perRequest) voluntary context switches per request")
    }

    /// This thread's `voluntary_ctxt_switches` (proc(5)): how often it blocked.
    static func voluntarySwitches() throws -> Int {
        let status = try String(contentsOfFile: "/proc/thread-self/status", encoding: .utf8)
        for line in status.split(separator: "\n") where line.hasPrefix("voluntary_ctxt_switches:") {
            if let n = Int(line.split(separator: "\t").last?.trimmingCharacters(in: .whitespaces) ?? "") { return n }
        }
        throw DaemonError("no voluntary_ctxt_switches in /proc/thread-self/status")
    }
}
