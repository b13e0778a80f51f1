import CFileBatch
#if canImport(Glibc)
import Glibc
#endif

/// Reads many small files of one folder at once: an entity folder at 100k entities is
/// 100k files of about 500 bytes, and from a cold page cache the disk's requests, not
/// the bytes, are the cost.
///
/// Through io_uring (liburing, in `CFileBatch`), the reads of a group of files go to the
/// kernel in one system call, in the order of the files' inodes: the block layer then
/// merges the reads of neighbouring files (files written one after another, as by
/// `git checkout`, lie next to each other on disk) into a few large requests. On this
/// machine's virtio disk that took a cold start of a 100k folder from 101,649 read
/// requests to 2,335 (docs/PERFORMANCE.md, "Twenty-fourth round"). Where io_uring is not
/// available (an old kernel, a container's seccomp filter, `io_uring_disabled`), each
/// file is read with `Files.contents(of:)` on `threads` threads.
///
/// Results are exactly what `Files.contents(of:)` gives for each file: its bytes, or nil
/// when it cannot be opened or read. A file that is not a regular file, is larger than
/// `largest`, or grew while it was read, is read on its own with `Files.contents(of:)`.
///
/// Not thread-safe: one `read` at a time, from any one thread at a time (the loader reads
/// each batch ahead on a thread of its own while it decodes an earlier one).
final class FileBatchReader: @unchecked Sendable {
    /// The ring; nil when the kernel refused one, or after one failed (then threads read).
    private var ring: OpaquePointer?
    /// Threads for the fallback.
    private let threads: Int

    /// Files opened, read and closed together, at most: under the usual limit of 1,024
    /// open files, and enough for the merged requests to reach the disk's request size.
    /// Fewer when the process runs out of descriptors (`readGroup`).
    static let group = 256
    /// Files larger than this are read on their own (a knowledge file is a few KB): one
    /// group's buffer stays small, and a read's length fits the ring's 32 bits.
    static let largest = 1 << 20
    /// Milliseconds a group waits, with no descriptor of its own, for one to be free.
    static let descriptorWaits = 200

    /// `useRing: false` reads with threads only (tests compare both ways).
    init(threads: Int, useRing: Bool = true) {
        self.threads = threads
        if useRing { ring = careerd_ring_open(UInt32(Self.group)) }
    }

    deinit { careerd_ring_close(ring) }

    /// Whether reads go through io_uring.
    var usesRing: Bool { ring != nil }

    /// The bytes of each of `names` in `directory`, in the order of `names`.
    func read(directory: String, names: [String]) -> [[UInt8]?] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        guard ring != nil, names.count > 1 else {
            return names.parallelMap(chunk: 16, threads: threads) { Files.contents(of: prefix + $0) }
        }
        let dir = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { return names.map { Files.contents(of: prefix + $0) } }
        defer { close(dir) }
        var results = [[UInt8]?](repeating: nil, count: names.count)
        var again: [Int] = []  // files read on their own with `Files.contents(of:)`
        var start = 0
        while start < names.count {
            start = readGroup(dir, names, start..<min(names.count, start + Self.group), into: &results, again: &again)
        }
        for i in again { results[i] = Files.contents(of: prefix + names[i]) }
        return results
    }

    /// One group: open its files, read them all at once in the order of their inodes,
    /// close them. Returns where the next group starts: the group's end, or, when the
    /// process ran out of file descriptors, the first file it could not open (the group
    /// then reads what it opened, and gives its descriptors back). Out of descriptors with
    /// none of its own open, it waits for a millisecond at a time (another reader or the
    /// server holds them) before it leaves a file to `Files.contents(of:)`: a daemon
    /// reloading with every connection taken must still read its files.
    private func readGroup(_ dir: Int32, _ names: [String], _ range: Range<Int>,
                           into results: inout [[UInt8]?], again: inout [Int]) -> Int {
        struct Open { var index: Int; var fd: Int32; var inode: UInt64; var size: Int }
        var opened: [Open] = []
        opened.reserveCapacity(range.count)
        defer { for file in opened { close(file.fd) } }
        var i = range.lowerBound
        var waits = 0
        while i < range.upperBound {
            let fd = openat(dir, names[i], O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                // Any failure but running out of descriptors is the file's own (missing,
                // not readable): nil.
                if errno == EMFILE || errno == ENFILE {
                    if !opened.isEmpty { break }
                    if waits < Self.descriptorWaits {
                        waits += 1
                        usleep(1_000)
                        continue
                    }
                    again.append(i)
                }
                i += 1
                continue
            }
            waits = 0
            var info = stat()
            if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= Self.largest {
                opened.append(Open(index: i, fd: fd, inode: UInt64(info.st_ino), size: max(Int(info.st_size), 0)))
            } else {
                close(fd)
                again.append(i)
            }
            i += 1
        }
        guard let ring, !opened.isEmpty else {
            again += opened.map(\.index)
            return i
        }
        opened.sort { $0.inode < $1.inode }
        // One buffer for the group; each file's slot is one byte longer than the file, so
        // that a read that fills it says the file grew.
        let lengths = opened.map { UInt32($0.size + 1) }
        let total = lengths.reduce(0) { $0 + Int($1) }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: total, alignment: 16)
        var offsets: [Int] = []
        offsets.reserveCapacity(opened.count)
        var offset = 0
        for length in lengths {
            offsets.append(offset)
            offset += Int(length)
        }
        let fds = opened.map(\.fd)
        let buffers: [UnsafeMutableRawPointer?] = offsets.map { buffer + $0 }
        var got = [Int32](repeating: 0, count: opened.count)
        let status = careerd_ring_read(ring, UInt32(opened.count), fds, buffers, lengths, &got)
        for (k, file) in opened.enumerated() {
            if got[k] < 0 || Int(got[k]) > file.size {
                again.append(file.index)  // an error (read on its own for its errno), or it grew
            } else {
                results[file.index] = Array(UnsafeRawBufferPointer(start: buffer + offsets[k], count: Int(got[k])))
            }
        }
        if status == 0 {
            buffer.deallocate()
        } else {
            // The ring failed as a whole (not seen; its documented errors are for bad
            // arguments): reads may still be in flight into `buffer`, which stays
            // allocated, a leak of one group's bytes, once; the ring is given up, and the
            // rest is read with threads.
            self.ring = nil  // left open, as careerd_ring_read asks
        }
        return i
    }
}
