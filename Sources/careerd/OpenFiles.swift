#if canImport(Glibc)
import Glibc
#endif
import Logging

/// The descriptor limit: each connection is one descriptor, and the soft limit (often
/// 1,024, also under systemd) would refuse connections with EMFILE before the server's
/// own `connections` limit could answer them with a clear error. Raised to what the
/// limits need, within the hard limit, at start.
enum OpenFiles {
    static func raiseLimit(toAtLeast wanted: Int, logger: Logger) {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return }
        let want = rlim_t(wanted)
        guard limit.rlim_cur < want else { return }
        let old = limit.rlim_cur
        limit.rlim_cur = min(want, limit.rlim_max)
        if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) != 0 || limit.rlim_cur < want {
            logger.warning("the descriptor limit is below what the connection limits need",
                           metadata: ["soft_limit": "\(limit.rlim_cur)", "wanted": "\(wanted)", "was": "\(old)"])
        }
    }
}
