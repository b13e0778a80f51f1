/// Result of `get`: `{"type", "id", "name", "record": the full record as JSON}`.
public struct GetResult: RPCMethodResult {
    public static let method = RPCMethodName.get

    public var type: String
    public var id: String
    public var name: String
    public var record: JSONValue

    public init(type: String, id: String, name: String, record: JSONValue) {
        self.type = type
        self.id = id
        self.name = name
        self.record = record
    }

    public var json: JSONValue {
        ["type": .string(type), "id": .string(id), "name": .string(name), "record": record]
    }

    public init(json: JSONValue) throws(RPCDecodingError) {
        let r = try FieldReader.result(json, method: Self.method)
        type = try r.string("type")
        id = try r.string("id")
        name = try r.optionalString("name") ?? id
        record = r.object["record"] ?? .null
    }
}
