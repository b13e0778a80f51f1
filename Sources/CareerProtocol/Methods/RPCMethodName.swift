/// Every method careerd answers, by wire name.
public enum RPCMethodName: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case ask
    case search
    case info
    case get
    case list
    case sessionReset = "session.reset"
    case reload
    case modelValidate = "model.validate"

    public var description: String { rawValue }

    /// Wire names of all methods, in declaration order (what `info` lists).
    public static var allNames: [String] { allCases.map(\.rawValue) }
}

/// Params of one method: validated from the wire on the server, encoded on the client.
public protocol RPCMethodParams: Sendable, Hashable {
    /// The method these params belong to.
    static var method: RPCMethodName { get }
    /// Validates wire params (nil when the request had none). Throws `-32602` with a
    /// message naming the field, and data `{"field": name}`, on any violation.
    init(params: JSONValue?) throws(RPCError)
    /// The params as sent on the wire (nil for methods without params).
    var json: JSONValue? { get }
}

/// The result of one method: encoded on the server, decoded on the client.
public protocol RPCMethodResult: Sendable, Hashable {
    static var method: RPCMethodName { get }
    /// The result as sent on the wire.
    var json: JSONValue { get }
    /// Decodes a result received from the server; extra members are ignored.
    init(json: JSONValue) throws(RPCDecodingError)
}
