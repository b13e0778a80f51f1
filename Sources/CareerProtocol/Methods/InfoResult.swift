/// Result of `info`.
///
/// Wire form: `{"version", "protocol": 1, "counts": {type: n}, "methods": [name],
/// "uptime_seconds", "knowledge": {"directory", "loaded_at"?}, "sessions"?,
/// "connections"?}`. Counts are written in catalog type order (see
/// `EntityType.countsJSON`).
public struct InfoResult: RPCMethodResult {
    public static let method = RPCMethodName.info
    /// The protocol version this module speaks.
    public static let protocolVersion = 1

    public var version: String
    public var protocolVersion: Int
    public var counts: [String: Int]
    public var methods: [String]
    public var uptimeSeconds: Double
    public var knowledgeDirectory: String
    /// When the knowledge base was (re)loaded, as the server formats it (ISO 8601).
    public var loadedAt: String?
    public var sessions: Int?
    public var connections: Int?

    public init(version: String, protocolVersion: Int = InfoResult.protocolVersion, counts: [String: Int],
                methods: [String] = RPCMethodName.allNames, uptimeSeconds: Double, knowledgeDirectory: String,
                loadedAt: String? = nil, sessions: Int? = nil, connections: Int? = nil) {
        self.version = version
        self.protocolVersion = protocolVersion
        self.counts = counts
        self.methods = methods
        self.uptimeSeconds = uptimeSeconds
        self.knowledgeDirectory = knowledgeDirectory
        self.loadedAt = loadedAt
        self.sessions = sessions
        self.connections = connections
    }

    public var json: JSONValue {
        var knowledge: JSONObject = ["directory": .string(knowledgeDirectory)]
        if let loadedAt { knowledge["loaded_at"] = .string(loadedAt) }
        var object: JSONObject = [
            "version": .string(version),
            "protocol": JSONValue(protocolVersion),
            "counts": EntityType.countsJSON(counts),
            "methods": JSONValue(methods),
            "uptime_seconds": .double(uptimeSeconds),
            "knowledge": .object(knowledge),
        ]
        if let sessions { object["sessions"] = JSONValue(sessions) }
        if let connections { object["connections"] = JSONValue(connections) }
        return .object(object)
    }

    public init(json: JSONValue) throws(RPCDecodingError) {
        let r = try FieldReader.result(json, method: Self.method)
        version = try r.string("version")
        protocolVersion = try r.int("protocol")
        counts = try readCounts(r, "counts")
        methods = try r.strings("methods") ?? []
        uptimeSeconds = try r.optionalDouble("uptime_seconds") ?? 0
        let knowledge = try r.nested("knowledge")
        knowledgeDirectory = try knowledge?.optionalString("directory") ?? ""
        loadedAt = try knowledge?.optionalString("loaded_at")
        sessions = try r.optionalInt("sessions")
        connections = try r.optionalInt("connections")
    }
}

/// `{type: int}` into a dictionary.
func readCounts(_ r: FieldReader<RPCDecodingError>, _ key: String) throws(RPCDecodingError) -> [String: Int] {
    guard let counts = try r.nested(key) else { return [:] }
    var out: [String: Int] = [:]
    for member in counts.object { out[member.key] = try counts.int(member.key) }
    return out
}
