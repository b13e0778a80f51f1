import CareerProtocol
import NIOCore

extension Connection {
    /// Installs the pipeline of a new connection from `peer` (nil when the kernel could
    /// not say), or answers one -32004 naming the limit and closes it when the server or
    /// that uid is full.
    static func install(on channel: Channel, state: ServerState, peer: PeerCredentials?) throws {
        let uid = peer?.uid ?? UInt32.max
        if let refusal = state.users.admit(uid: uid) {
            state.logger.notice("connection refused", metadata: [
                "uid": "\(peer.map { String($0.uid) } ?? "unknown")", "limit": "\(refusal.limit)", "value": "\(refusal.value)"])
            let what = refusal.limit == "connections" ? "the server has \(refusal.value) connections open"
                : "uid \(uid) has \(refusal.value) connections open, its limit"
            var out: [UInt8] = []
            RPCResponse(id: .null, error: RPCError(.busy, "server busy: \(what); close one or try again later",
                                                   data: ["limit": .string(refusal.limit), "value": JSONValue(refusal.value)])).write(to: &out)
            channel.writeAndFlush(channel.allocator.buffer(bytes: out)).whenComplete { _ in channel.close(promise: nil) }
            return
        }
        channel.closeFuture.whenComplete { _ in state.users.release(uid: uid) }
        let idle = TimeAmount.seconds(Int64(state.configuration.idleTimeoutSeconds))
        try channel.pipeline.syncOperations.addHandler(PeekingReader())
        try channel.pipeline.syncOperations.addHandler(IdleTimer(timeout: idle))
        try channel.pipeline.syncOperations.addHandler(
            ByteToMessageHandler(LineFramer(maximumLineBytes: state.configuration.maximumLineBytes)))
        try channel.pipeline.syncOperations.addHandler(Connection(state: state, peer: peer))
    }
}
