@testable import CareerServer
import CareerSearch
import Foundation
import NIOCore
import NIOEmbedded
import Testing

/// The line framer fuzzed: random streams (lines of random bytes, some over the limit,
/// some with "\r", an unterminated tail) cut into random chunks, through NIO's
/// `ByteToMessageHandler` as the daemon runs it, must give exactly the frames of a plain
/// reference split. 2,000 streams in `make test` (a fixed seed, so a failure repeats);
/// `FRAMER_FUZZ_SECONDS=N` runs new seeds for N seconds (`make fuzz`).
@Suite struct LineFramerFuzzTests {

    enum Expected: Equatable { case line([UInt8]), tooLong }

    /// What the framer must produce for `stream` with `limit`.
    static func reference(_ stream: [UInt8], limit: Int) -> [Expected] {
        var out: [Expected] = []
        var parts = stream.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let tail = parts.removeLast()
        for p in parts {
            if p.count > limit { out.append(.tooLong) } else { out.append(.line(p.last == 0x0D ? Array(p.dropLast()) : p)) }
        }
        if !tail.isEmpty { out.append(tail.count > limit ? .tooLong : .line(tail)) }
        return out
    }

    static func frames(_ stream: [UInt8], chunks: [Int], limit: Int) throws -> [Expected] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(LineFramer(maximumLineBytes: limit)))
        var at = 0
        for size in chunks where at < stream.count {
            let end = min(stream.count, at + size)
            try channel.writeInbound(channel.allocator.buffer(bytes: stream[at..<end]))
            at = end
        }
        if at < stream.count { try channel.writeInbound(channel.allocator.buffer(bytes: stream[at...])) }
        _ = try channel.finish(acceptAlreadyClosed: true)
        var out: [Expected] = []
        while let f = try channel.readInbound(as: Frame.self) {
            switch f {
            case .line(let b): out.append(.line(Array(b.readableBytesView)))
            case .tooLong: out.append(.tooLong)
            }
        }
        return out
    }

    static func run(seed: UInt64) throws -> (stream: [UInt8], chunks: [Int], limit: Int)? {
        var rng = SplitMix(seed: seed)
        let limit = 1 + rng.below(40)
        let alphabet: [UInt8] = [0x61, 0x7B, 0x22, 0x0D, 0x0A, 0x0A, 0xFF, 0x00, 0x20]
        var stream: [UInt8] = []
        for _ in 0..<rng.below(12) {
            for _ in 0..<rng.below(limit * 2 + 2) { stream.append(alphabet[rng.below(alphabet.count)]) }
            if rng.below(4) > 0 { stream.append(0x0A) }
        }
        var chunks: [Int] = []
        while chunks.reduce(0, +) < stream.count { chunks.append(1 + rng.below(limit + 8)) }
        let got = try frames(stream, chunks: chunks, limit: limit)
        return got == reference(stream, limit: limit) ? nil : (stream, chunks, limit)
    }

    @Test func randomStreamsInRandomChunksFrameLikeTheReference() throws {
        var failures: [String] = []
        let seconds = Double(ProcessInfo.processInfo.environment["FRAMER_FUZZ_SECONDS"] ?? "") ?? 0
        let start = Date()
        var seed: UInt64 = seconds > 0 ? UInt64(Date().timeIntervalSince1970 * 1000) : 1
        var runs = 0
        repeat {
            for _ in 0..<2_000 {
                if let bad = try Self.run(seed: seed), failures.count < 3 {
                    failures.append("seed \(seed): limit \(bad.limit), chunks \(bad.chunks), stream \(bad.stream)")
                }
                seed &+= 1
                runs += 1
            }
        } while Date().timeIntervalSince(start) < seconds
        if seconds > 0 { print("framer fuzz: \(runs) streams in \(Int(seconds)) s, \(failures.count) failing") }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}

private extension SplitMix {
    /// A number in 0..<n (0 for n below 1).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
}
