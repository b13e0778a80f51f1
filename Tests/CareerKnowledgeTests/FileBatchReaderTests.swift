import Foundation
import Testing
@testable import CareerKnowledge

@Suite struct FileBatchReaderTests {
    /// A folder of `count` files of growing sizes (0 bytes to past a read's 64 KiB) and one
    /// larger than the reader reads in a group, with the entries a knowledge folder may
    /// also hold: a folder, a link to a file, a dangling link, and a name with no file.
    func folder(count: Int) throws -> (path: String, names: [String]) {
        let path = NSTemporaryDirectory() + "careerd-batch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        var names: [String] = []
        for n in 0..<count {
            let size = [0, 1, 480, 4095, 4096, 70_000][n % 6] + n / 6
            let name = "f\(n).yaml"
            try Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ n) }).write(to: URL(fileURLWithPath: path + "/" + name))
            names.append(name)
        }
        let large = (0..<(FileBatchReader.largest + 1)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try Data(large).write(to: URL(fileURLWithPath: path + "/large.yaml"))
        names.append("large.yaml")
        try FileManager.default.createDirectory(atPath: path + "/sub.yaml", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: path + "/link.yaml", withDestinationPath: path + "/f2.yaml")
        try FileManager.default.createSymbolicLink(atPath: path + "/dangling.yaml", withDestinationPath: path + "/none")
        names.insert(contentsOf: ["sub.yaml", "link.yaml", "missing.yaml"], at: min(3, names.count))
        names.append("dangling.yaml")
        return (path, names)
    }

    /// Whether this kernel lets this process have an io_uring (`kernel.io_uring_disabled`
    /// is 0 where the tests run; a seccomp filter would refuse it too).
    static let kernelOffersRing = (try? String(contentsOfFile: "/proc/sys/kernel/io_uring_disabled", encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines) == "0"

    /// Through the ring and with threads alike, every file reads as `Files.contents(of:)`
    /// reads it: its bytes whatever their size, nil for a folder, a missing file or a
    /// dangling link, in the order of the names asked for, over several of the ring's
    /// groups. Read twice: the ring is reused.
    @Test(arguments: [true, false])
    func everyFileReadsAsFilesContentsReadsIt(ring: Bool) throws {
        let (path, names) = try folder(count: FileBatchReader.group * 2 + 37)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = FileBatchReader(threads: 4, useRing: ring)
        if ring && Self.kernelOffersRing { #expect(reader.usesRing) }
        if !ring { #expect(!reader.usesRing) }
        let expected = names.map { Files.contents(of: path + "/" + $0) }
        #expect(expected[3] == nil && expected[4] == expected[names.firstIndex(of: "f2.yaml")!] && expected[5] == nil)
        for _ in 0..<2 {
            let got = reader.read(directory: path, names: names)
            #expect(got.count == names.count)
            for (name, (a, b)) in zip(names, zip(got, expected)) where a != b {
                Issue.record("\(name): \(a?.count ?? -1) bytes, expected \(b?.count ?? -1)")
            }
        }
        #expect(reader.read(directory: path + "/", names: Array(names.prefix(2))) == Array(expected.prefix(2)))
        #expect(reader.read(directory: path, names: []) == [])
        #expect(reader.read(directory: path + "/none", names: names).allSatisfy { $0 == nil })
    }

    /// The same names, in an order unlike the files' inodes: each result is still in the
    /// place of its name.
    @Test func resultsKeepTheOrderOfTheNames() throws {
        let (path, names) = try folder(count: 300)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let shuffled = Array(names.reversed() + names.prefix(50))
        let got = FileBatchReader(threads: 2).read(directory: path, names: shuffled)
        #expect(got == shuffled.map { Files.contents(of: path + "/" + $0) })
    }
}

/// `Pending`: a result computed on a thread of its own while the caller works.
@Suite struct PendingTests {
    @Test func theResultComesBackFromItsThread() {
        let caller = pthread_self()
        let pending = Pending { () -> (Int, Bool) in
            usleep(2_000)
            return ((1...1_000).reduce(0, +), pthread_equal(pthread_self(), caller) != 0)
        }
        let (sum, onCaller) = pending.wait()
        #expect(sum == 500_500)
        #expect(!onCaller)
        #expect(Pending { [String]() }.wait().isEmpty)
    }
}
