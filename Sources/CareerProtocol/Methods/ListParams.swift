/// Params of `list`: `{"type": entity type}` (required; `-32602` naming the field).
public struct ListParams: RPCMethodParams {
    public static let method = RPCMethodName.list

    public var type: EntityType

    public init(type: EntityType) { self.type = type }

    public init(params: JSONValue?) throws(RPCError) {
        let reader = try FieldReader.params(params, method: Self.method)
        guard let type = try reader.entityType("type") else {
            throw reader.failure("type", "is required (one of \(EntityType.choices))")
        }
        self.type = type
    }

    public var json: JSONValue? { ["type": .string(type.rawValue)] }
}
