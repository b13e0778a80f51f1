import Foundation
import Testing
@testable import Systemd

#if canImport(Glibc)
import Glibc
#endif

@Suite struct JournalStreamTests {
    private func identity(of fd: CInt) throws -> (device: UInt64, inode: UInt64) {
        var info = stat()
        try #require(fstat(fd, &info) == 0)
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    @Test func matchesOnlyTheSameFile() throws {
        let path = NSTemporaryDirectory() + "careerd-stream-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(path, O_CREAT | O_RDWR, 0o600)
        try #require(fd >= 0)
        defer { close(fd); unlink(path) }
        let (device, inode) = try identity(of: fd)
        #expect(JournalStream.matches("\(device):\(inode)", fd: fd))
        #expect(!JournalStream.matches("\(device):\(inode + 1)", fd: fd))
        #expect(!JournalStream.matches("\(device + 1):\(inode)", fd: fd))
        #expect(!JournalStream.matches(nil, fd: fd))
        #expect(!JournalStream.matches("", fd: fd))
        #expect(!JournalStream.matches("\(device)", fd: fd))
        #expect(!JournalStream.matches("\(device):\(inode):1", fd: fd))
        #expect(!JournalStream.matches("x:\(inode)", fd: fd))
        #expect(!JournalStream.matches("\(device):\(inode)", fd: -1))
    }

    @Test func stderrIsJournalFollowsTheEnvironment() throws {
        let (device, inode) = try identity(of: 2)
        TestEnvironment.with(["JOURNAL_STREAM": "\(device):\(inode)"]) {
            #expect(JournalStream.stderrIsJournal())
            #expect(LoggingSetup.preferredDestination() == .journal)
        }
        TestEnvironment.with(["JOURNAL_STREAM": "\(device):\(inode &+ 1)"]) {
            #expect(!JournalStream.stderrIsJournal())
            #expect(LoggingSetup.preferredDestination() == .stderr)
        }
        TestEnvironment.with(["JOURNAL_STREAM": nil]) {
            #expect(!JournalStream.stderrIsJournal())
        }
    }
}
