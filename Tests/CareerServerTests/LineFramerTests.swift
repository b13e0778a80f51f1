@testable import CareerServer
import NIOCore
import NIOEmbedded
import Testing

@Suite struct LineFramerTests {
    func frames(_ chunks: [String], limit: Int = 16) throws -> [String] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(LineFramer(maximumLineBytes: limit)))
        for c in chunks { try channel.writeInbound(channel.allocator.buffer(string: c)) }
        var out: [String] = []
        while let f = try channel.readInbound(as: Frame.self) {
            switch f {
            case .line(let b): out.append(String(buffer: b))
            case .tooLong: out.append("<too long>")
            }
        }
        _ = try? channel.finish()
        return out
    }

    @Test func splitsLinesAcrossChunks() throws {
        #expect(try frames(["ab", "c\nde", "f\n\n"]) == ["abc", "def", ""])
    }

    @Test func stripsCarriageReturn() throws {
        #expect(try frames(["abc\r\n"]) == ["abc"])
    }

    @Test func overlongLineIsReportedOnceAndSkipped() throws {
        let long = String(repeating: "x", count: 40)
        #expect(try frames([long, long, "\nok\n"]) == ["<too long>", "ok"])
        #expect(try frames([long + "\nok\n"]) == ["<too long>", "ok"])
    }

    @Test func lineAtTheLimitIsKept() throws {
        let exact = String(repeating: "y", count: 16)
        #expect(try frames([exact + "\n"]) == [exact])
    }
}
