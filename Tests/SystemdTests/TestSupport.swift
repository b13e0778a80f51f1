import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Serializes every test that changes the process environment, across suites, and
/// restores the previous values afterwards. Environment variables are process-wide, so
/// tests that set them must not overlap.
enum TestEnvironment {
    private static let lock = NSLock()

    static func with<T>(_ values: [String: String?], _ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        var saved: [String: String?] = [:]
        for (key, value) in values {
            saved[key] = getenv(key).map { String(cString: $0) }
            if let value { setenv(key, value, 1) } else { unsetenv(key) }
        }
        defer {
            for (key, value) in saved {
                if let value { setenv(key, value, 1) } else { unsetenv(key) }
            }
        }
        return try body()
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs `body` in a forked child and returns what it printed to the pipe (its result).
///
/// Used where a test must own fixed file descriptors (fd 3, `SD_LISTEN_FDS_START`) or the
/// environment without disturbing the test runner's threads. The child runs only `body`
/// then `_exit`s; the parent waits at most `timeout` seconds and kills it after that.
enum ChildProcess {
    static func run(timeout: Int32 = 20, _ body: @escaping () -> String) throws -> String {
        var pipeFDs: [CInt] = [-1, -1]
        guard pipe(&pipeFDs) == 0 else { throw TestFailure("pipe: errno \(errno)") }
        // Keep the result pipe far above the descriptors the child rearranges.
        let reader = fcntl(pipeFDs[0], F_DUPFD_CLOEXEC, 200)
        let writer = fcntl(pipeFDs[1], F_DUPFD_CLOEXEC, 200)
        close(pipeFDs[0]); close(pipeFDs[1])
        guard reader >= 0, writer >= 0 else { throw TestFailure("dup: errno \(errno)") }
        defer { close(reader) }

        let pid = fork()
        if pid == 0 {
            close(reader)
            let bytes = Array(body().utf8)
            _ = bytes.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
            _exit(0)
        }
        close(writer)
        guard pid > 0 else { throw TestFailure("fork: errno \(errno)") }

        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = Date().addingTimeInterval(TimeInterval(timeout))
        while Date() < deadline {
            var poller = pollfd(fd: reader, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 200)
            if ready <= 0 { continue }
            let count = read(reader, &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        var status: CInt = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                throw TestFailure("child \(pid) did not finish within \(timeout)s")
            }
            usleep(10_000)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
