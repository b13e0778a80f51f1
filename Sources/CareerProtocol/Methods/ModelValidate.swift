/// Params of `model.validate`: `{"folds": int}` (optional, 2...20, default 5).
public struct ModelValidateParams: RPCMethodParams {
    public static let method = RPCMethodName.modelValidate
    public static let defaultFolds = 5

    public var folds: Int

    public init(folds: Int = ModelValidateParams.defaultFolds) { self.folds = folds }

    public init(params: JSONValue?) throws(RPCError) {
        guard let params, !params.isNull else { folds = Self.defaultFolds; return }
        let reader = try FieldReader.params(params, method: Self.method)
        folds = try reader.optionalInt("folds") ?? Self.defaultFolds
        if !(2...20).contains(folds) { throw reader.failure("folds", "must be between 2 and 20") }
    }

    public var json: JSONValue? { ["folds": JSONValue(folds)] }
}

/// Result of `model.validate`: k-fold cross-validation of the intent model on the
/// knowledge's example utterances. `{"folds", "examples", "accuracy",
/// "per_intent": {intent: {"right", "total"}}}`; `examples` is 0 and `accuracy` null
/// when the knowledge has no learned model (not every intent has examples).
public struct ModelValidateResult: RPCMethodResult {
    public static let method = RPCMethodName.modelValidate

    public var folds: Int
    public var examples: Int
    public var accuracy: Double?
    public var perIntent: [String: (right: Int, total: Int)]

    public init(folds: Int, examples: Int, accuracy: Double?, perIntent: [String: (right: Int, total: Int)]) {
        self.folds = folds; self.examples = examples; self.accuracy = accuracy; self.perIntent = perIntent
    }

    public var json: JSONValue {
        let per = JSONObject(perIntent.sorted { $0.key < $1.key }.map {
            ($0.key, JSONValue.object(["right": JSONValue($0.value.right), "total": JSONValue($0.value.total)]))
        })
        return ["folds": JSONValue(folds), "examples": JSONValue(examples),
                "accuracy": accuracy.map { JSONValue($0) } ?? .null, "per_intent": .object(per)]
    }

    public init(json: JSONValue) throws(RPCDecodingError) {
        let r = try FieldReader.result(json, method: Self.method)
        folds = try r.optionalInt("folds") ?? 0
        examples = try r.optionalInt("examples") ?? 0
        accuracy = try r.optionalDouble("accuracy")
        var per: [String: (right: Int, total: Int)] = [:]
        for (intent, value) in json["per_intent"]?.object ?? JSONObject() {
            if case .int(let right)? = value["right"], case .int(let total)? = value["total"] {
                per[intent] = (Int(right), Int(total))
            }
        }
        perIntent = per
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.folds == b.folds && a.examples == b.examples && a.accuracy == b.accuracy
            && a.perIntent.mapValues { [$0.right, $0.total] } == b.perIntent.mapValues { [$0.right, $0.total] }
    }

    public func hash(into h: inout Hasher) { h.combine(folds); h.combine(examples); h.combine(accuracy) }
}
