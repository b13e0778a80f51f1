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
/// limit of 48 open files, on the shipped knowledge with 1,200 more resources (groups of
/// 256 files would need far more): the readers read smaller groups, and every file is
/// read.
@Suite struct KnowledgeUnderADescriptorLimitTests {
    @Test func everyFileIsReadWithFewDescriptors() throws {
        let folder = try copyOfKnowledge()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for n in 0..<1_200 {
            try """
                id: extra-course-\(n)
                name: Extra course \(n)
                provider: Somewhere
                format: course
                cost: free
                level: beginner
                topics: [python]
                description: Lesson \(n).
                sources: [jobcannon-2026]

                """.write(toFile: "\(folder)/resources/extra-course-\(n).yaml", atomically: false, encoding: .utf8)
        }
        try "id: broken\nname: [\n".write(toFile: "\(folder)/resources/broken.yaml", atomically: false, encoding: .utf8)
        let careerd = Daemon.binaries + "/careerd"
        for ring in ["1", "0"] {
            let limited = try run("/bin/sh", ["-c", "ulimit -n 48 && exec \"$0\" check \"$1\"", careerd, folder],
                                  environment: ["CAREERD_IO_URING": ring])
            let free = try run(careerd, ["check", folder], environment: ["CAREERD_IO_URING": ring])
            #expect(limited.status == 1 && free.status == 1, "\(limited.output)")
            #expect(limited.output == free.output, "CAREERD_IO_URING=\(ring)")
            #expect(limited.output.contains("broken.yaml:3:1") && !limited.output.contains("cannot read"), "\(limited.output)")
        }
    }
}
