import CSystemd

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The listening sockets systemd passed to this process (`sd_listen_fds_with_names(3)`).
///
/// Guarantees:
/// - Returns an empty list when the process was not socket-activated (`LISTEN_PID` is
///   not this process, `LISTEN_FDS` unset) or when libsystemd reports an error.
/// - Descriptors start at 3 (`SD_LISTEN_FDS_START`) in the order systemd passed them and
///   have `FD_CLOEXEC` set; ownership passes to the caller.
/// - The environment is left as it is (`unset_environment` is 0): asking again gives the
///   same answer. The name list libsystemd allocates is always freed.
/// - A socket without a name (no `FileDescriptorName=`, no `LISTEN_FDNAMES`) is named
///   `"unknown"`, as libsystemd does.
public enum SocketActivation {
    /// Every passed descriptor with its `FileDescriptorName=`.
    public static func listeningSockets() -> [(fd: CInt, name: String)] {
        var names: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        let count = sd_listen_fds_with_names(0, &names)
        defer {
            if let names {
                var index = 0
                while let name = names[index] {
                    free(name)
                    index += 1
                }
                free(names)
            }
        }
        guard count > 0 else { return [] }
        return (0..<Int(count)).map { index in
            let fd = SD_LISTEN_FDS_START + CInt(index)
            let name = names?[index].map { String(cString: $0) } ?? "unknown"
            return (fd: fd, name: name)
        }
    }

    /// The descriptor a daemon should adopt: the one named `name`, or else the only one.
    /// `nil` when not activated, or when several were passed and none carries `name`.
    public static func socket(named name: String) -> CInt? {
        let sockets = listeningSockets()
        if let match = sockets.first(where: { $0.name == name }) { return match.fd }
        return sockets.count == 1 ? sockets[0].fd : nil
    }
}
