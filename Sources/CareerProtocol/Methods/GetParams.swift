/// Params of `get`: `{"type": entity type, "id": string}`. Both required (`-32602`
/// naming the field); `id` non-empty. An unknown id is the server's `-32007` (notFound).
public struct GetParams: RPCMethodParams {
    public static let method = RPCMethodName.get

    public var type: EntityType
    public var id: String

    public init(type: EntityType, id: String) {
        self.type = type
        self.id = id
    }

    public init(params: JSONValue?) throws(RPCError) {
        let reader = try FieldReader.params(params, method: Self.method)
        guard let type = try reader.entityType("type") else {
            throw reader.failure("type", "is required (one of \(EntityType.choices))")
        }
        self.type = type
        id = try reader.string("id")
        if id.isEmpty { throw reader.failure("id", "must not be empty") }
        if id.utf8.count > 256 { throw reader.failure("id", "is too long") }
    }

    public var json: JSONValue? { ["type": .string(type.rawValue), "id": .string(id)] }
}
