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

/// The knowledge read by a process short of file descriptors: `careerd check` under a
/// limit of 48 open files, on a folder of the scale benchmark's generator (the shipped
/// knowledge and 1,500 synthetic entities; groups of 256 files would need far more):
/// the readers read smaller groups, and every file is read.
@Suite struct KnowledgeUnderADescriptorLimitTests {
    @Test func everyFileIsReadWithFewDescriptors() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("careerd-fd-\(UUID().uuidString.prefix(8))").path
        defer { for suffix in ["", ".docs.jsonl", ".queries.jsonl"] { try? FileManager.default.removeItem(atPath: root + suffix) } }
        let generated = try run("/usr/bin/env", ["python3", Daemon.root + "/Benchmarks/gen-knowledge.py", "1500", root,
                                                 "--knowledge", Daemon.knowledge])
        try #require(generated.status == 0, "\(generated.output)")
        try "id: broken\nname: [\n".write(toFile: "\(root)/resources/broken.yaml", atomically: false, encoding: .utf8)
        let careerd = Daemon.binaries + "/careerd"
        for ring in ["1", "0"] {
            let limited = try run("/bin/sh", ["-c", "ulimit -n 48 && exec \"$0\" check \"$1\"", careerd, root],
                                  environment: ["CAREERD_IO_URING": ring])
            let free = try run(careerd, ["check", root], environment: ["CAREERD_IO_URING": ring])
            #expect(limited.status == 1 && free.status == 1, "\(limited.output)")
            #expect(limited.output == free.output, "CAREERD_IO_URING=\(ring)")
            #expect(limited.output.contains("broken.yaml:3:1") && !limited.output.contains("cannot read"), "\(limited.output)")
        }
    }
}
