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
        // A regular file's read comes back short only at its end: one `read` call then,
        // not a second one to see the end (100k syscalls in a 100k-entity folder).
        let regular = (info.st_mode & S_IFMT) == S_IFREG
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
            let short = got.count < chunk
            if bytes.isEmpty { bytes = got } else { bytes += got }
            if short && regular { return bytes }
            chunk = 64 * 1024
        }
    }

    /// One entry of a directory: its name and whether it is a directory.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var isDirectory: Bool
    }

    /// The entries of a directory (without `.` and `..`), in no particular order; nil when
    /// it cannot be listed. Kinds come from `readdir`'s `d_type`, with a `stat` only where
    /// the file system does not say or the entry is a symbolic link (followed, as
    /// `FileManager` does): one `stat` per entry cost 0.2 s for 100k entity files.
    public static func entries(of path: String) -> [Entry]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var out: [Entry] = []
        while let entry = readdir(dir) {
            let (name, type) = withUnsafePointer(to: &entry.pointee.d_name) { raw in
                raw.withMemoryRebound(to: CChar.self, capacity: 256) { (String(cString: $0), entry.pointee.d_type) }
            }
            if name == "." || name == ".." { continue }
            var isDirectory = Int32(type) == DT_DIR
            if Int32(type) == DT_UNKNOWN || Int32(type) == DT_LNK {
                var info = stat()
                let full = path.hasSuffix("/") ? path + name : path + "/" + name
                isDirectory = stat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            out.append(Entry(name: name, isDirectory: isDirectory))
        }
        return out
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
