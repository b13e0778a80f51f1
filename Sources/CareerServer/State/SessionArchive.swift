#if canImport(Glibc)
import Glibc
#endif
import CareerAdvisor
import Dispatch
import Logging
import NIOConcurrencyHelpers
import NIOPosix

/// Sessions on disk, so that a restart (a package upgrade, a crash) keeps every
/// conversation: `sessions.sqlite` in the state directory (`$STATE_DIRECTORY` under
/// systemd), mode 0600.
///
/// Crash safety: SQLite in WAL mode; each write is one transaction, so a process killed
/// mid-write leaves the last committed state. `synchronous=NORMAL`: a committed write
/// survives the process being killed (it is in the OS), a power cut may lose the last
/// ones. A store that is unreadable, not SQLite, or of another schema version is
/// reported, moved aside (`.unreadable-<time>`) and replaced by an empty one: the daemon
/// starts with no sessions rather than not at all.
///
/// Threading: the whole store is written on graceful stop and read at start, both off
/// the event loops (start-up and shutdown run on the caller's thread). While serving,
/// the only writes are profile changes (what a user says about themselves, rare: a
/// handful per conversation), which the event loop hands to one writer thread
/// (`NIOThreadPool` of 1) without waiting: a slow disk never stalls a request. All
/// SQLite calls are serialised by `lock`.
final class SessionArchive: @unchecked Sendable {
    static let fileName = "sessions.sqlite"
    static let schemaVersion: Int64 = 1

    struct Row {
        var key: SessionStore.Key
        var state: SessionState
        /// Wall-clock seconds of the session's last use.
        var lastUsed: Int64
    }

    private let lock = NIOLock()
    private let database: SQLiteDatabase
    private let writer: NIOThreadPool
    private let logger: Logger
    let path: String
    /// Writes that failed since start (reported in the log, counted for tests).
    let failedWrites = NIOLockedValueBox(0)

    private init(database: SQLiteDatabase, logger: Logger) {
        self.database = database
        self.path = database.path
        self.logger = logger
        writer = NIOThreadPool(numberOfThreads: 1)
        writer.start()
    }

    /// Opens the store in `directory`, replacing one that cannot be used. nil (and a
    /// log line) when no store can be made there at all: sessions then live in memory.
    static func open(directory: String, logger: Logger) -> SessionArchive? {
        let path = directory + "/" + fileName
        do throws(SQLiteDatabase.Failure) {
            return SessionArchive(database: try prepare(path: path), logger: logger)
        } catch {
            let aside = path + ".unreadable-\(Int(wallClockSeconds()))"
            logger.error("session store unusable; moved aside, starting with no saved sessions",
                         metadata: ["store": "\(path)", "moved_to": "\(aside)", "error": "\(error)"])
            rename(path, aside)
            unlink(path + "-wal")
            unlink(path + "-shm")
            do throws(SQLiteDatabase.Failure) {
                return SessionArchive(database: try prepare(path: path), logger: logger)
            } catch {
                logger.error("cannot create the session store; sessions will not survive a restart",
                             metadata: ["store": "\(path)", "error": "\(error)"])
                return nil
            }
        }
    }

    private static func prepare(path: String) throws(SQLiteDatabase.Failure) -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: path)
        try db.run("PRAGMA journal_mode=WAL")
        try db.run("PRAGMA synchronous=NORMAL")
        let version = try db.run("PRAGMA user_version").first?.first?.int ?? 0
        let tables = try db.run("SELECT count(*) FROM sqlite_master WHERE type='table'").first?.first?.int ?? 0
        if version == 0 && tables == 0 {
            try db.transaction { () throws(SQLiteDatabase.Failure) in
                try db.run("CREATE TABLE sessions (uid INTEGER NOT NULL, name TEXT NOT NULL, state TEXT NOT NULL, last_used INTEGER NOT NULL, PRIMARY KEY (uid, name))")
                try db.run("PRAGMA user_version=\(schemaVersion)")
            }
        } else if version != schemaVersion {
            throw SQLiteDatabase.Failure(description: "\(path): schema version \(version), this daemon reads \(schemaVersion)")
        }
        return db
    }

    /// Every saved session used within `maxAgeSeconds`; rows that cannot be read are skipped.
    func load(maxAgeSeconds: Int) -> [Row] {
        let oldest = Int64(wallClockSeconds()) - Int64(maxAgeSeconds)
        return lock.withLock {
            do throws(SQLiteDatabase.Failure) {
                let rows = try database.run("SELECT uid, name, state, last_used FROM sessions WHERE last_used >= ?", [.int(oldest)])
                return rows.compactMap { r -> Row? in
                    guard r.count == 4, let uid = r[0].int, let name = r[1].text, let text = r[2].text, let used = r[3].int,
                          let state = SessionCodec.decode(text), let uid32 = UInt32(exactly: uid) else { return nil }
                    return Row(key: .init(uid: uid32, name: name), state: state, lastUsed: used)
                }
            } catch {
                logger.error("cannot read saved sessions; starting with none", metadata: ["error": "\(error)"])
                return []
            }
        }
    }

    /// Replaces the whole store with `rows`, in one transaction. Synchronous (shutdown).
    func saveAll(_ rows: [Row]) -> Bool {
        lock.withLock {
            do throws(SQLiteDatabase.Failure) {
                try database.transaction { () throws(SQLiteDatabase.Failure) in
                    try database.run("DELETE FROM sessions")
                    for row in rows { try upsert(row) }
                }
                try database.run("PRAGMA wal_checkpoint(TRUNCATE)")
                return true
            } catch {
                failedWrites.withLockedValue { $0 += 1 }
                logger.error("saving sessions failed", metadata: ["error": "\(error)"])
                return false
            }
        }
    }

    /// Writes one session on the writer thread; returns at once.
    func saveLater(_ row: Row) {
        writer.submit { [self] work in
            guard work == .active else { return }  // after close (shutdown): saveAll has it
            lock.withLock {
                do throws(SQLiteDatabase.Failure) { try upsert(row) } catch {
                    failedWrites.withLockedValue { $0 += 1 }
                    logger.error("saving a profile failed", metadata: ["uid": "\(row.key.uid)", "error": "\(error)"])
                }
            }
        }
    }

    /// Deletes one session on the writer thread; returns at once.
    func deleteLater(_ key: SessionStore.Key) {
        writer.submit { [self] work in
            guard work == .active else { return }
            lock.withLock { _ = try? database.run("DELETE FROM sessions WHERE uid = ? AND name = ?", [.int(Int64(key.uid)), .text(key.name)]) }
        }
    }

    /// Waits for the writes handed to the writer thread (one thread, in order: a last
    /// item marks the end), then stops it.
    func close() {
        let done = DispatchSemaphore(value: 0)
        writer.submit { _ in done.signal() }
        done.wait()
        try? writer.syncShutdownGracefully()
    }

    private func upsert(_ row: Row) throws(SQLiteDatabase.Failure) {
        try database.run("INSERT OR REPLACE INTO sessions (uid, name, state, last_used) VALUES (?, ?, ?, ?)",
                         [.int(Int64(row.key.uid)), .text(row.key.name), .text(SessionCodec.encode(row.state)), .int(row.lastUsed)])
    }
}
