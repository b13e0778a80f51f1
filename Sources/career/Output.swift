#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CareerProtocol

/// Writing to the terminal. stdout goes through Swift's `print` (buffered, flushed at
/// exit); stderr is written directly and unbuffered.
enum Output {
    static let stdoutIsTerminal = isatty(1) == 1
    static let stdinIsTerminal = isatty(0) == 1

    /// ANSI styling only on a terminal, and not when NO_COLOR is set or TERM is dumb.
    static let styled: Bool = {
        guard stdoutIsTerminal, getenv("NO_COLOR") == nil else { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }()

    /// "career: message" on stderr.
    static func error(_ message: String) { errorLine("career: \(message)") }

    /// A line on stderr, as is.
    static func errorLine(_ line: String) {
        let bytes = Array("\(line)\n".utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
            offset += n
        }
    }

    /// JSON on stdout: indented on a terminal, one compact line otherwise.
    static func json(_ value: JSONValue) {
        print(stdoutIsTerminal ? value.prettyString() : value.jsonString)
    }

    static func dim(_ s: String) -> String { styled ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    static func bold(_ s: String) -> String { styled ? "\u{1B}[1m\(s)\u{1B}[0m" : s }

    /// "18 roles, 46 skills, ..." in catalog order.
    static func counts(_ counts: [String: Int]) -> String {
        guard let object = EntityType.countsJSON(counts).object, !object.isEmpty else { return "nothing" }
        return object.map { member in
            let n = member.value.int ?? 0
            return "\(n) \(member.key)\(n == 1 ? "" : "s")"
        }.joined(separator: ", ")
    }
}
