#if canImport(Glibc)
import Glibc
#endif

/// Plain POSIX file helpers for the daemon's own files (knowledge files, its caches),
/// without Foundation. Thread-safe; each call blocks on its I/O.
public enum Files {
    /// The bytes of a file, read with one `read` call for a small file; nil when it cannot
    /// be opened or read. Plain POSIX: `String(contentsOfFile:)` costs about as much again
    /// through Foundation, for 100k files at 100k entities.
    public static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var bytes: [UInt8] = []
        var chunk = max(Int(info.st_size), 0) + 1  // + 1: a file that grew is read on
        while true {
            var failed = false
            let got = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, count in
                var n: Int
                repeat { n = Glibc.read(fd, buffer.baseAddress, chunk) } while n < 0 && errno == EINTR
                if n < 0 { failed = true; n = 0 }
                count = n
            }
            if failed { return nil }
            if got.isEmpty { return bytes }
            if bytes.isEmpty { bytes = got } else { bytes += got }
            chunk = 64 * 1024
        }
    }

    /// `mkdir -p` with mode 0700 for the directories it creates; true when `path` is a
    /// directory afterwards.
    @discardableResult
    public static func makeDirectories(_ path: String) -> Bool {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST { return false }
        }
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
