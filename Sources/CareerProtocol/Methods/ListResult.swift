/// Result of `list`: `{"type", "items": [{"id", "name"}]}`, in the server's order (by id).
public struct ListResult: RPCMethodResult {
    public static let method = RPCMethodName.list

    public struct Item: Sendable, Hashable {
        public var id: String
        public var name: String
        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public var type: String
    public var items: [Item]

    public init(type: String, items: [Item]) {
        self.type = type
        self.items = items
    }

    public var json: JSONValue {
        ["type": .string(type), "items": .array(items.map { ["id": .string($0.id), "name": .string($0.name)] })]
    }

    public init(json: JSONValue) throws(RPCDecodingError) {
        let r = try FieldReader.result(json, method: Self.method)
        type = try r.string("type")
        items = []
        for item in try r.objects("items") ?? [] {
            let id = try item.string("id")
            items.append(Item(id: id, name: try item.optionalString("name") ?? id))
        }
    }
}
