import CareerProtocol
import Foundation
import Testing

/// How the daemon reads its knowledge files: through io_uring where the kernel gives a
/// ring, with threads when `CAREERD_IO_URING=0` asks so; the same knowledge either way,
/// and the `knowledge loaded` line says which.
@Suite struct KnowledgeReadingTests {
    /// Whether this kernel lets a process have an io_uring (`kernel.io_uring_disabled`).
    static let kernelOffersRing = (try? String(contentsOfFile: "/proc/sys/kernel/io_uring_disabled", encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines) == "0"

    static func loaded(_ daemon: Daemon) -> String {
        daemon.output.split(separator: "\n").first { $0.contains("knowledge loaded") }.map(String.init) ?? ""
    }

    @Test func theSwitchChoosesThreadsAndTheKnowledgeIsTheSame() throws {
        let ring = try Daemon().waitUntilReady()
        defer { ring.stop() }
        let threads = try Daemon(environment: ["CAREERD_IO_URING": "0"]).waitUntilReady()
        defer { threads.stop() }
        if Self.kernelOffersRing { #expect(Self.loaded(ring).contains("files=io_uring"), "\(ring.output)") }
        #expect(Self.loaded(threads).contains("files=threads"), "\(threads.output)")
        let a = try ring.client().call(method: "info"), b = try threads.client().call(method: "info")
        #expect(a["counts"] != nil && a["counts"] == b["counts"], "\(a) \(b)")
        let question: JSONValue = ["text": "how much does an mlops engineer make?"]
        #expect(try ring.client().call(method: "ask", params: question) == threads.client().call(method: "ask", params: question))
    }
}
