#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Detects whether standard error is connected to the journal (`JOURNAL_STREAM`).
///
/// systemd sets `JOURNAL_STREAM=DEVICE:INODE` for the stream it connects to a service's
/// stdout/stderr. The variable is inherited by children whose stderr may point elsewhere,
/// so it only counts when it names the very file descriptor 2 has (fstat(2) `st_dev`
/// and `st_ino`), as systemd.exec(5) recommends.
public enum JournalStream {
    /// `true` only when `JOURNAL_STREAM` is set and matches file descriptor 2.
    public static func stderrIsJournal() -> Bool {
        let value = getenv("JOURNAL_STREAM").map { String(cString: $0) }
        return matches(value, fd: 2)
    }

    /// Whether `value` ("DEVICE:INODE", both decimal) names the file open on `fd`.
    /// `false` for `nil`, malformed values and closed descriptors.
    public static func matches(_ value: String?, fd: CInt) -> Bool {
        guard let value else { return false }
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return false }
        return UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode
    }
}
