/// Params of `search`: `{"query": string, "type"?: entity type, "limit"?: int}`.
///
/// Validation (`-32602`, naming the field): `query` required, non-empty after trimming,
/// at most `maxQueryLength` characters; `type` one of role|skill|resource|certification|
/// trend; `limit` an integer in `limitRange`, `defaultLimit` when absent.
public struct SearchParams: RPCMethodParams {
    public static let method = RPCMethodName.search
    public static let defaultLimit = 10
    public static let limitRange = 1...100
    public static let defaultMaxQueryLength = 2000

    public var query: String
    public var type: EntityType?
    public var limit: Int

    public init(query: String, type: EntityType? = nil, limit: Int = SearchParams.defaultLimit) {
        self.query = query
        self.type = type
        self.limit = limit
    }

    public init(params: JSONValue?) throws(RPCError) {
        try self.init(params: params, maxQueryLength: SearchParams.defaultMaxQueryLength)
    }

    public init(params: JSONValue?, maxQueryLength: Int) throws(RPCError) {
        let reader = try FieldReader.params(params, method: Self.method)
        query = try reader.text("query", maxLength: maxQueryLength)
        type = try reader.entityType("type")
        limit = try reader.optionalInt("limit") ?? SearchParams.defaultLimit
        guard SearchParams.limitRange.contains(limit) else {
            throw reader.failure("limit", "must be between \(SearchParams.limitRange.lowerBound) and \(SearchParams.limitRange.upperBound)")
        }
    }

    public var json: JSONValue? {
        var object: JSONObject = ["query": .string(query)]
        if let type { object["type"] = .string(type.rawValue) }
        object["limit"] = JSONValue(limit)
        return .object(object)
    }
}
