import Foundation
import Testing

/// How the daemon reads a connection, end to end (`PeekingReader`: the byte swift-nio
/// reads and the rest peeked, consumed after the replies; CareerServerTests has its own
/// tests): requests in pieces and in bursts come out whole and in order.
@Suite(.serialized) struct SocketReadingTests {
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
}
