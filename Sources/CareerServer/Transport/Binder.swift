#if canImport(Glibc)
import Glibc
#endif
import NIOCore
import NIOExtras
import NIOPosix

/// Errors that stop the server from starting, with what to do about them.
public struct BindError: Error, CustomStringConvertible {
    public var description: String
}

extension CareerServer {
    /// Binds the configured target with the connection pipeline installed.
    func bind(quiesce: ServerQuiescingHelper) async throws -> Channel {
        let state = self.state
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiesce.makeServerChannelHandler(channel: channel))
                }
            }
            // One read burst is at most 4 x 16 KiB (`PeekingReader` makes it one byte and a
            // peek of at most 16 KiB): the input a connection can hold while its replies
            // are not read is bounded by that (plus one line).
            .childChannelOption(.maxMessagesPerRead, value: 4)
            .childChannelOption(.recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 2_048, maximum: 16_384))
            // A client that shuts down its side still gets its replies (Connection).
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .childChannelOption(.writeBufferWaterMark, value: .init(low: state.configuration.maximumQueuedOutputBytes / 2,
                                                                     high: state.configuration.maximumQueuedOutputBytes))
            .childChannelInitializer { channel in
                // Who is asking decides which limits apply: SO_PEERCRED before anything is read.
                PeerCredentials.of(channel).map(Optional.some).recover { _ in nil }.flatMapThrowing { peer in
                    try Connection.install(on: channel, state: state, peer: peer)
                }
            }
        switch state.configuration.bind.kind {
        case .descriptor(let fd, _):
            return try await bootstrap.withBoundSocket(fd).get()
        case .path(let path):
            try Self.prepare(path: path)
            let channel = try await bootstrap.bind(unixDomainSocketPath: path).get()
            chmod(path, mode_t(state.configuration.socketMode))
            return channel
        }
    }

    /// Makes way for a socket at `path`: a stale socket file is removed; a live one (a
    /// daemon answers) or any other kind of file is refused.
    static func prepare(path: String) throws {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        guard (st.st_mode & S_IFMT) == S_IFSOCK else {
            throw BindError(description: "\(path) exists and is not a socket; refusing to replace it")
        }
        if socketAnswers(path) {
            throw BindError(description: "another daemon is already listening on \(path)")
        }
        unlink(path)
    }

    private static func socketAnswers(_ path: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8.prefix(MemoryLayout.size(ofValue: addr.sun_path) - 1))
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0
            }
        }
    }
}
