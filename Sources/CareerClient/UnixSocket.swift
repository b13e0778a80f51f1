#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A non-blocking `AF_UNIX` stream socket used with `poll`, so every operation honours a
/// deadline. Writes use `MSG_NOSIGNAL` (a closed peer is an error, never SIGPIPE). Not
/// thread-safe; owned by one `LineClient`.
final class UnixSocket {
    let path: String
    private(set) var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { close() }

    func close() {
        if fd >= 0 {
            _ = Glibc.close(fd)
            fd = -1
        }
    }

    /// Connects before `deadline`. A full listen backlog (EAGAIN) is retried until then.
    static func connect(path: String, deadline: ContinuousClock.Instant) throws(ClientError) -> UnixSocket {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty else { throw .invalidPath(path: path, reason: "empty socket path") }
        guard bytes.count < capacity else {
            throw .invalidPath(path: path, reason: "path longer than \(capacity - 1) bytes")
        }
        guard !bytes.contains(0) else { throw .invalidPath(path: path, reason: "path contains a NUL byte") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }

        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue)
        let fd = socket(AF_UNIX, type, 0)
        guard fd >= 0 else { throw .connectFailed(path: path, errno: errno) }
        let sock = UnixSocket(path: path, fd: fd)

        while true {
            let rc = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            if rc == 0 { return sock }
            let e = errno
            switch e {
            case EINTR:
                continue
            case EAGAIN:
                // Backlog full: the daemon exists but is not accepting yet.
                guard ContinuousClock.now < deadline else {
                    throw .timedOut(path: path, seconds: 0)
                }
                _ = poll(nil, 0, 10)
            case EINPROGRESS:
                try sock.wait(for: Int16(POLLOUT), deadline: deadline)
                var soError: Int32 = 0
                var length = socklen_t(MemoryLayout<Int32>.size)
                _ = getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length)
                if soError == 0 { return sock }
                throw ClientError.connect(path: path, errno: soError)
            default:
                throw ClientError.connect(path: path, errno: e)
            }
        }
    }

    /// Milliseconds left until `deadline`, rounded up; 0 when it has passed.
    private static func millisecondsLeft(_ deadline: ContinuousClock.Instant) -> Int32 {
        let left = ContinuousClock.now.duration(to: deadline)
        guard left > .zero else { return 0 }
        let (seconds, atto) = left.components
        let ms = seconds * 1000 + (atto + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: ms)
    }

    /// Waits until the socket is ready for `events`, or throws `timedOut`.
    func wait(for events: Int16, deadline: ContinuousClock.Instant) throws(ClientError) {
        while true {
            let ms = UnixSocket.millisecondsLeft(deadline)
            guard ms > 0 else { throw .timedOut(path: path, seconds: 0) }
            var pfd = pollfd(fd: fd, events: events, revents: 0)
            let rc = poll(&pfd, 1, ms)
            if rc > 0 { return }  // ready, or HUP/ERR which the next call reports
            if rc < 0 && errno != EINTR { throw .ioFailed(path: path, errno: errno) }
        }
    }

    /// Writes all bytes before `deadline`.
    func sendAll(_ bytes: [UInt8], deadline: ContinuousClock.Instant) throws(ClientError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if n >= 0 {
                offset += n
                continue
            }
            let e = errno
            switch e {
            case EINTR: continue
            case EAGAIN: try wait(for: Int16(POLLOUT), deadline: deadline)
            case EPIPE, ECONNRESET: throw .connectionClosed(path: path)
            default: throw .ioFailed(path: path, errno: e)
            }
        }
    }

    /// Reads what is available (waiting until `deadline` for something) and appends it.
    /// Returns false when the peer closed the connection.
    func receive(into buffer: inout [UInt8], deadline: ContinuousClock.Instant) throws(ClientError) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
                return true
            }
            if n == 0 { return false }
            let e = errno
            switch e {
            case EINTR: continue
            case EAGAIN: try wait(for: Int16(POLLIN), deadline: deadline)
            case ECONNRESET: return false
            default: throw .ioFailed(path: path, errno: e)
            }
        }
    }
}
