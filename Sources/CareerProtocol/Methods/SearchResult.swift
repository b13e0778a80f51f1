/// Result of `search`: `{"hits": [{"type", "id", "name", "score"}]}`, best first.
public struct SearchResult: RPCMethodResult {
    public static let method = RPCMethodName.search

    public struct Hit: Sendable, Hashable {
        public var type: String
        public var id: String
        public var name: String
        public var score: Double
        public init(type: String, id: String, name: String, score: Double) {
            self.type = type
            self.id = id
            self.name = name
            self.score = score
        }
    }

    public var hits: [Hit]

    public init(hits: [Hit]) { self.hits = hits }

    public var json: JSONValue {
        ["hits": .array(hits.map {
            ["type": .string($0.type), "id": .string($0.id), "name": .string($0.name), "score": .double($0.score)]
        })]
    }

    public init(json: JSONValue) throws(RPCDecodingError) {
        let r = try FieldReader.result(json, method: Self.method)
        hits = []
        for h in try r.objects("hits") ?? [] {
            let id = try h.string("id")
            hits.append(Hit(type: try h.string("type"), id: id, name: try h.optionalString("name") ?? id,
                            score: try h.optionalDouble("score") ?? 0))
        }
    }
}
