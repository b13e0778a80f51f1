/// A JSON-RPC 2.0 request id: a string, an integer or null.
///
/// A request whose `id` member is `null` carries `.null` and gets a response with
/// `"id":null`; a request with no `id` member at all is a notification and is modelled as
/// `RPCRequest.id == nil`. Numbers with a fraction are not accepted as ids (JSON-RPC says
/// they SHOULD NOT be used); an integral number such as `1.0` reads as `.int(1)`.
public enum RPCID: Sendable, Hashable, CustomStringConvertible, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    case int(Int64)
    case string(String)
    case null

    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(stringLiteral value: String) { self = .string(value) }

    /// The id a JSON value stands for, or nil when the value cannot be an id.
    public init?(json: JSONValue) {
        switch json {
        case .null: self = .null
        case .string(let s): self = .string(s)
        case .int(let i): self = .int(i)
        case .double(let d):
            guard let i = Int64(exactly: d) else { return nil }
            self = .int(i)
        default: return nil
        }
    }

    /// The id as it appears on the wire.
    public var json: JSONValue {
        switch self {
        case .int(let i): return .int(i)
        case .string(let s): return .string(s)
        case .null: return .null
        }
    }

    public var description: String { json.jsonString }
}
