/// A message from the peer that is JSON but not of the expected shape: a response that is
/// not a JSON-RPC response, or a result missing a field. Clients see this, never servers.
public struct RPCDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
