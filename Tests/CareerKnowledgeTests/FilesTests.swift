import Foundation
import Testing
@testable import CareerKnowledge

@Suite struct FilesTests {
    func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "careerd-files-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }

    /// Names and kinds from `readdir`: files, folders, and symbolic links followed to what
    /// they point at; `.` and `..` left out; nil for a folder that cannot be listed.
    @Test func entriesNameEachEntryAndItsKind() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "a".write(toFile: root + "/a.yaml", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: root + "/to-sub", withDestinationPath: root + "/sub")
        try FileManager.default.createSymbolicLink(atPath: root + "/to-a", withDestinationPath: root + "/a.yaml")
        try FileManager.default.createSymbolicLink(atPath: root + "/dangling", withDestinationPath: root + "/none")
        let entries = try #require(Files.entries(of: root)).sorted { $0.name < $1.name }
        #expect(entries == [Files.Entry(name: "a.yaml", isDirectory: false), Files.Entry(name: "dangling", isDirectory: false),
                            Files.Entry(name: "sub", isDirectory: true), Files.Entry(name: "to-a", isDirectory: false),
                            Files.Entry(name: "to-sub", isDirectory: true)])
        #expect(Files.entries(of: root + "/")?.count == 5)
        #expect(Files.entries(of: root + "/none") == nil)
        #expect(Files.entries(of: root + "/a.yaml") == nil)
    }

    /// A file's bytes whatever its size: empty, smaller and larger than a read's chunk.
    @Test(arguments: [0, 1, 4096, 65_536, 65_537, 300_000])
    func contentsReadsTheWholeFile(size: Int) throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: root + "/f"))
        #expect(Files.contents(of: root + "/f") == bytes)
        #expect(Files.contents(of: root + "/missing") == nil)
    }
}
