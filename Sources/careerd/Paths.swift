#if canImport(Glibc)
import Glibc
#endif

/// Default locations, resolved the same way by the daemon and `career`.
enum Paths {
    static func env(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }

    /// `$CAREERD_SOCKET`, else `$XDG_RUNTIME_DIR/careerd.sock`, else `/run/careerd/careerd.sock`.
    static func defaultSocket() -> String {
        if let s = env("CAREERD_SOCKET") { return s }
        if let d = env("XDG_RUNTIME_DIR") { return d + "/careerd.sock" }
        return "/run/careerd/careerd.sock"
    }

    /// The installed knowledge (next to the binary, then the system locations), else
    /// `Knowledge/` of the checkout the binary was built in, else `./Knowledge`.
    static func defaultKnowledge() -> String {
        if let d = env("CAREERD_KNOWLEDGE") { return d }
        let exe = executableDirectory()
        var candidates: [String] = []
        if let exe {
            candidates.append(exe + "/../share/careerd/knowledge")
        }
        candidates += ["/usr/share/careerd/knowledge", "/usr/local/share/careerd/knowledge"]
        if let exe { candidates += [exe + "/../../Knowledge", exe + "/../../../Knowledge"] }
        candidates.append("Knowledge")
        return candidates.first { isDirectory($0 + "/language") } ?? "Knowledge"
    }

    static func executableDirectory() -> String? {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        guard n > 0 else { return nil }
        let path = String(decoding: buf[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }
}

/// Writes one line to standard error (unbuffered, safe from any thread).
func printError(_ s: String) {
    let line = Array((s + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
