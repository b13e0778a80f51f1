#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the terminal a program writes to.
public enum Terminal {
    /// The width in columns of the terminal on `fileDescriptor` (ioctl `TIOCGWINSZ`), else
    /// `$COLUMNS` when it is a positive number; nil when neither says. Asked anew on each
    /// call, so a resized window is followed.
    public static func columns(fileDescriptor: Int32 = 1, environment: (String) -> String? = Terminal.environment) -> Int? {
        var size = winsize()
        if ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = environment("COLUMNS"), let n = Int(text), n > 0 { return n }
        return nil
    }

    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
