#if canImport(Glibc)
import Glibc
#endif
import CSQLite

/// A thin wrapper over one SQLite connection (Debian's libsqlite3 through its C API):
/// run a statement, bind text and integers, step through rows. Errors carry SQLite's
/// message. Not thread-safe: its owner (`SessionArchive`) serialises every call.
final class SQLiteDatabase {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A value to bind or read.
    enum Value {
        case int(Int64)
        case text(String)
    }

    private let handle: OpaquePointer
    let path: String

    /// Opens (creating) the database at `path`. The file is created with mode 0600 first,
    /// so no other user can ever read it, whatever the umask.
    init(path: String) throws(Failure) {
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        if fd >= 0 { close(fd) }
        chmod(path, 0o600)
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let db { sqlite3_close_v2(db) }
            throw Failure(description: "\(path): \(message)")
        }
        handle = db
        self.path = path
        sqlite3_busy_timeout(db, 2_000)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs `sql` with `bindings`; returns every row (as column values).
    @discardableResult
    func run(_ sql: String, _ bindings: [Value] = []) throws(Failure) -> [[Value]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw failure(sql) }
        defer { sqlite3_finalize(statement) }
        for (i, value) in bindings.enumerated() {
            let index = Int32(i + 1)
            switch value {
            case .int(let n): sqlite3_bind_int64(statement, index, n)
            case .text(let s): sqlite3_bind_text(statement, index, s, -1, sqliteTransient)
            }
        }
        var rows: [[Value]] = []
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw failure(sql) }
            var row: [Value] = []
            for c in 0 ..< sqlite3_column_count(statement) {
                if sqlite3_column_type(statement, c) == SQLITE_INTEGER {
                    row.append(.int(sqlite3_column_int64(statement, c)))
                } else if let text = sqlite3_column_text(statement, c) {
                    row.append(.text(String(cString: text)))
                } else {
                    row.append(.text(""))
                }
            }
            rows.append(row)
        }
        return rows
    }

    /// Runs `body` in one transaction: all of it is written, or none.
    func transaction(_ body: () throws(Failure) -> Void) throws(Failure) {
        try run("BEGIN IMMEDIATE")
        do {
            try body()
            try run("COMMIT")
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }

    private func failure(_ sql: String) -> Failure {
        Failure(description: "\(path): \(String(cString: sqlite3_errmsg(handle))) (in: \(sql.prefix(60)))")
    }
}

/// SQLite's SQLITE_TRANSIENT (copy the bound text now), which Swift cannot import.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension SQLiteDatabase.Value {
    var int: Int64? { if case .int(let n) = self { n } else { nil } }
    var text: String? { if case .text(let s) = self { s } else { nil } }
}
