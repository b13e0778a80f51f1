#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CEdit

/// Line editing and persistent history through libedit's readline interface.
/// Use only when stdin is a terminal. Not thread-safe (libedit has global state).
final class LineEditor {
    let historyPath: String?

    init(historyPath: String?) {
        self.historyPath = historyPath
        using_history()
        stifle_history(1000)
        if let historyPath { _ = read_history(historyPath) }
    }

    /// The next line without its newline; nil at end of input (Ctrl-D).
    /// Non-blank lines are added to the history.
    func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.allSatisfy(\.isWhitespace) { _ = add_history(line) }
        return line
    }

    /// Writes the history file (best effort).
    func save() {
        if let historyPath { _ = write_history(historyPath) }
    }

    /// `$XDG_STATE_HOME/career/history`, else `~/.local/state/career/history` (created
    /// as needed), else `~/.career_history`; nil without a home directory.
    static func defaultHistoryPath() -> String? {
        func env(_ name: String) -> String? {
            guard let v = getenv(name) else { return nil }
            let s = String(cString: v)
            return s.isEmpty ? nil : s
        }
        guard let home = env("HOME") else { return nil }
        let state = env("XDG_STATE_HOME") ?? home + "/.local/state"
        let directory = state + "/career"
        if makeDirectories(directory) { return directory + "/history" }
        return home + "/.career_history"
    }

    /// `mkdir -p` with mode 0700; true when the directory exists afterwards.
    private static func makeDirectories(_ path: String) -> Bool {
        var current = ""
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST { return false }
        }
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
