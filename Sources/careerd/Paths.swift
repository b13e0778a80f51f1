#if canImport(Glibc)
import Glibc
#endif
import CareerKnowledge

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

    /// The first path of a directory systemd passes in `variable` (`$STATE_DIRECTORY`,
    /// `$CACHE_DIRECTORY`: a colon-separated list when the unit names several).
    static func systemdDirectory(_ variable: String) -> String? {
        env(variable).map { String($0.split(separator: ":").first ?? "") }
    }

    /// Where the trained intent model is cached: `$CACHE_DIRECTORY` (systemd's
    /// `CacheDirectory=`), else `$XDG_CACHE_HOME/careerd`, else `~/.cache/careerd`; nil
    /// when none of them is set.
    static func defaultCache() -> String? {
        if let d = systemdDirectory("CACHE_DIRECTORY") { return d }
        if let d = env("XDG_CACHE_HOME") { return d + "/careerd" }
        if let h = env("HOME") { return h + "/.cache/careerd" }
        return nil
    }

    /// What identifies this build of the daemon for caches: the executable's device,
    /// inode, size and modification time. Any rebuild or reinstall changes it; nil when
    /// the executable cannot be examined.
    static func executableIdentity() -> UInt64? {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return nil }
        var digest = ContentDigest()
        for part in [UInt64(st.st_dev), UInt64(st.st_ino), UInt64(st.st_size),
                     UInt64(bitPattern: Int64(st.st_mtim.tv_sec)), UInt64(bitPattern: Int64(st.st_mtim.tv_nsec))] {
            digest.add(part)
        }
        return digest.value
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
