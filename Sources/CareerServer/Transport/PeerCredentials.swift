#if canImport(Glibc)
import Glibc
#endif
import NIOCore

/// Who is at the other end of a Unix socket, from `SO_PEERCRED`: the kernel's word for
/// the process that connected, which the client cannot forge.
struct PeerCredentials: Sendable, Hashable {
    var pid: Int32
    var uid: UInt32
    var gid: UInt32

    /// Reads the credentials of a connected Unix socket channel. Completes on the
    /// channel's event loop; fails for channels that are not sockets.
    static func of(_ channel: Channel) -> EventLoopFuture<PeerCredentials> {
        guard let provider = channel as? SocketOptionProvider else {
            return channel.eventLoop.makeFailedFuture(ChannelError.operationUnsupported)
        }
        return provider.unsafeGetSocketOption(level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
            .map { (cred: UCred) in PeerCredentials(pid: cred.pid, uid: cred.uid, gid: cred.gid) }
    }

    /// Linux's `struct ucred` (pid_t, uid_t, gid_t), which Glibc's module map hides
    /// behind _GNU_SOURCE.
    private struct UCred {
        var pid: Int32 = 0
        var uid: UInt32 = 0
        var gid: UInt32 = 0
    }
}
