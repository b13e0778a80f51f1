/// Result of a successful `reload`: `{"reloaded": true, "counts": {type: n}, "took_ms"}`.
/// A failed reload is not a result but the error `RPCError.reloadFailed(diagnostics:)`
/// (`-32006`, data `{"diagnostics": [string]}`); the old knowledge stays in service.
public struct ReloadResult: RPCMethodResult {
    public static let method = RPCMethodName.reload

    public var counts: [String: Int]
    public var tookMilliseconds: Double

    public init(counts: [String: Int], tookMilliseconds: Double) {
        self.counts = counts
        self.tookMilliseconds = tookMilliseconds
    }

    public var json: JSONValue {
        ["reloaded": true, "counts": EntityType.countsJSON(counts), "took_ms": .double(tookMilliseconds)]
    }

    public init(json: JSONValue) throws(RPCDecodingError) {
        let r = try FieldReader.result(json, method: Self.method)
        guard try r.optionalBool("reloaded") == true else { throw r.failure("reloaded", "must be true") }
        counts = try readCounts(r, "counts")
        tookMilliseconds = try r.optionalDouble("took_ms") ?? 0
    }
}
