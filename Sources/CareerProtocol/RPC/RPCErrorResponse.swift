/// An error response for a line that could not be turned into a request: what
/// `RPCRequest.parse` fails with. `id` is `.null` unless the request's id was readable.
public struct RPCErrorResponse: Error, Sendable, Hashable, CustomStringConvertible {
    public var id: RPCID
    public var error: RPCError

    public init(id: RPCID, error: RPCError) {
        self.id = id
        self.error = error
    }

    /// The response to send.
    public var response: RPCResponse { RPCResponse(id: id, error: error) }

    /// The response as one line ending in `\n`.
    public func encodedLine() -> [UInt8] { response.encodedLine() }

    public var description: String { "\(error) for id \(id)" }
}
