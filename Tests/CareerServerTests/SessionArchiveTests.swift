@testable import CareerServer
import CareerAdvisor
import Foundation
import Logging
import Testing

/// The session store on disk, in real SQLite files in a temporary folder.
@Suite struct SessionArchiveTests {
    static func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("careerd-archive-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func profile() -> SessionState {
        var s = SessionState()
        s.knownSkills = ["python", "sql"]
        s.targetRole = "data-engineer"
        s.interests = ["maths"]
        s.backgrounds = ["teaching"]
        s.constraints = ["no-phd"]
        s.level = .mid
        s.region = .uk
        s.lastIntent = "role.skills"
        s.lastEntities = [EntityRef(type: .role, id: "data-engineer", name: "Data Engineer")]
        s.recentEntities = [EntityRef(type: .role, id: "data-engineer", name: "Data Engineer"), EntityRef(type: .role, id: "data-analyst", name: "Data Analyst")]
        s.turns = 4
        return s
    }

    @Test func savedSessionsComeBack() throws {
        let dir = try Self.folder()
        let a = try #require(SessionArchive.open(directory: dir, logger: Logger(label: "t")))
        let now = Int64(Date().timeIntervalSince1970)
        #expect(a.saveAll([.init(key: .init(uid: 1000, name: "chat"), state: Self.profile(), lastUsed: now),
                           .init(key: .init(uid: 1001, name: "chat"), state: SessionState(), lastUsed: now - 10_000)]))
        a.close()
        let b = try #require(SessionArchive.open(directory: dir, logger: Logger(label: "t")))
        let rows = b.load(maxAgeSeconds: 3_600)
        #expect(rows.count == 1, "a session older than the TTL is not restored")
        #expect(rows.first?.key == .init(uid: 1000, name: "chat"))
        #expect(rows.first?.state == Self.profile())
        b.close()
    }

    @Test func aProfileWrittenLaterIsThereWithoutAStop() throws {
        let dir = try Self.folder()
        let a = try #require(SessionArchive.open(directory: dir, logger: Logger(label: "t")))
        a.saveLater(.init(key: .init(uid: 5, name: "s"), state: Self.profile(), lastUsed: Int64(Date().timeIntervalSince1970)))
        a.close()  // waits for the writer thread only; no saveAll
        let b = try #require(SessionArchive.open(directory: dir, logger: Logger(label: "t")))
        #expect(b.load(maxAgeSeconds: 60).first?.state.knownSkills == ["python", "sql"])
        b.close()
    }

    @Test func theStoreIsPrivate() throws {
        let dir = try Self.folder()
        let a = try #require(SessionArchive.open(directory: dir, logger: Logger(label: "t")))
        let mode = try FileManager.default.attributesOfItem(atPath: a.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        a.close()
    }

    @Test func anUnreadableStoreIsMovedAsideAndReplaced() throws {
        let dir = try Self.folder()
        try Data("this is not a database, it is garbage of some length ....................................".utf8)
            .write(to: URL(fileURLWithPath: dir + "/" + SessionArchive.fileName))
        let a = try #require(SessionArchive.open(directory: dir, logger: Logger(label: "t")))
        #expect(a.load(maxAgeSeconds: 60).isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(names.contains { $0.hasPrefix(SessionArchive.fileName + ".unreadable-") })
        #expect(a.saveAll([.init(key: .init(uid: 1, name: "x"), state: SessionState(), lastUsed: Int64(Date().timeIntervalSince1970))]))
        a.close()
    }

    @Test func anotherSchemaVersionIsReplaced() throws {
        let dir = try Self.folder()
        let db = try SQLiteDatabase(path: dir + "/" + SessionArchive.fileName)
        try db.run("CREATE TABLE sessions (x)")
        try db.run("PRAGMA user_version=99")
        let a = try #require(SessionArchive.open(directory: dir, logger: Logger(label: "t")))
        #expect(a.load(maxAgeSeconds: 60).isEmpty)
        a.close()
    }

    @Test func theCodecKeepsEveryField() {
        #expect(SessionCodec.decode(SessionCodec.encode(Self.profile())) == Self.profile())
        #expect(SessionCodec.decode("[1]") == nil)
        #expect(SessionCodec.decode("{\"turns\":2,\"future_field\":true}")?.turns == 2)
    }

    /// Only what the user says about themselves makes `ask` write a session at once.
    @Test func aProfileDiffersByWhatTheUserStated() {
        let base = Self.profile()
        #expect(!SessionCodec.profileDiffers(base, base))
        var talk = base
        talk.lastIntent = "role.compare"
        talk.turns += 1
        talk.recentEntities = []
        #expect(!SessionCodec.profileDiffers(base, talk))
        let changes: [(inout SessionState) -> Void] = [
            { $0.knownSkills.append("sql") }, { $0.targetRole = "data-scientist" }, { $0.level = .senior },
            { $0.region = .us }, { $0.interests.append("vision") }, { $0.backgrounds = [] }, { $0.constraints.append("remote") },
        ]
        for (i, change) in changes.enumerated() {
            var s = base
            change(&s)
            #expect(SessionCodec.profileDiffers(base, s), "change \(i)")
        }
    }
}
