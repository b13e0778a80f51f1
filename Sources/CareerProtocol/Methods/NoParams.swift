/// Params of the methods that take none (`info`, `reload`): absent, null, `{}` or `[]`.
/// Members of an object are ignored; any other value is `-32602`.
public struct NoParams: Sendable, Hashable {
    public init() {}

    public init(params: JSONValue?, method: RPCMethodName) throws(RPCError) {
        _ = try FieldReader.params(params, method: method)
    }
}

/// Params of `info`.
public struct InfoParams: RPCMethodParams {
    public static let method = RPCMethodName.info
    public init() {}
    public init(params: JSONValue?) throws(RPCError) { _ = try NoParams(params: params, method: Self.method) }
    public var json: JSONValue? { nil }
}

/// Params of `reload`.
public struct ReloadParams: RPCMethodParams {
    public static let method = RPCMethodName.reload
    public init() {}
    public init(params: JSONValue?) throws(RPCError) { _ = try NoParams(params: params, method: Self.method) }
    public var json: JSONValue? { nil }
}
