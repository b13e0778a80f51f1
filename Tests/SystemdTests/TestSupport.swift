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

