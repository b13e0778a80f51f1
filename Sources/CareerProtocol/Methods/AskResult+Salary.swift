extension AskResult {
    /// One salary figure an answer shows (`role.salary`, `role.compare`), as data, so that
    /// a client can draw it (`career` draws bars) without reading the answer's text.
    ///
    /// Wire form: `{"role", "role_name", "level"?, "region"?, "currency", "min"?, "max"?,
    /// "plus"?, "median"?, "average"?, "label"?, "source"}`; the figure fields are named as
    /// in the knowledge files (docs/KNOWLEDGE.md). `level` and `region` are absent when the
    /// source gives none; `plus` (only when true) means the source writes the upper end, or the lone
    /// `min`, with a "+". `source` is a source id, one of the result's `sources`. Amounts
    /// are whole units of `currency` (ISO 4217) per year.
    public struct Salary: Sendable, Hashable {
        public var role: String
        public var roleName: String
        public var level: String?
        public var region: String?
        public var currency: String
        public var min: Int?
        public var max: Int?
        public var plus: Bool
        public var median: Int?
        public var average: Int?
        public var label: String?
        public var source: String

        public init(role: String, roleName: String, level: String? = nil, region: String?, currency: String,
                    min: Int? = nil, max: Int? = nil, plus: Bool = false, median: Int? = nil, average: Int? = nil,
                    label: String? = nil, source: String) {
            self.role = role; self.roleName = roleName; self.level = level; self.region = region
            self.currency = currency; self.min = min; self.max = max; self.plus = plus
            self.median = median; self.average = average; self.label = label; self.source = source
        }

        /// The smallest and largest amounts the figure names; nil when it names none.
        public var bounds: ClosedRange<Int>? {
            let amounts = [min, max, median, average].compactMap { $0 }
            guard let lo = amounts.min(), let hi = amounts.max() else { return nil }
            return lo...hi
        }

        var json: JSONValue {
            var o: JSONObject = ["role": .string(role), "role_name": .string(roleName)]
            if let level { o["level"] = .string(level) }
            if let region { o["region"] = .string(region) }
            o["currency"] = .string(currency)
            if let min { o["min"] = .int(Int64(min)) }
            if let max { o["max"] = .int(Int64(max)) }
            if plus { o["plus"] = .bool(true) }
            if let median { o["median"] = .int(Int64(median)) }
            if let average { o["average"] = .int(Int64(average)) }
            if let label { o["label"] = .string(label) }
            o["source"] = .string(source)
            return .object(o)
        }

        /// The compact JSON of ``json`` without building it: the same bytes, in the same
        /// member order (`AskResult.writeJSON(_:)`; through the value, the figures of an
        /// answer were a sixth of writing it).
        func writeJSON(_ out: inout JSONPointerWriter) {
            func int(_ name: StaticString, _ value: Int?) {
                if let value { out.key(name); out.int(Int64(value)) }
            }
            out.byte(UInt8(ascii: "{"))
            out.key("role", first: true); out.string(role)
            out.key("role_name"); out.string(roleName)
            if let level { out.key("level"); out.string(level) }
            if let region { out.key("region"); out.string(region) }
            out.key("currency"); out.string(currency)
            int("min", min)
            int("max", max)
            if plus { out.key("plus"); out.ascii("true") }
            int("median", median)
            int("average", average)
            if let label { out.key("label"); out.string(label) }
            out.key("source"); out.string(source)
            out.byte(UInt8(ascii: "}"))
        }

        /// The most ``writeJSON(_:)`` writes (as `AskResult.maximumJSONSize` counts).
        var maximumJSONSize: Int {
            typealias W = JSONPointerWriter
            let key = 20
            var size = 2 + 12 * key + 4 * W.intSize + 4
            size += W.size(of: role) + W.size(of: roleName) + W.size(of: currency) + W.size(of: source)
            if let level { size += W.size(of: level) }
            if let region { size += W.size(of: region) }
            if let label { size += W.size(of: label) }
            return size
        }

        init(_ r: FieldReader<RPCDecodingError>) throws(RPCDecodingError) {
            role = try r.string("role")
            roleName = try r.optionalString("role_name") ?? role
            level = try r.optionalString("level")
            region = try r.optionalString("region")
            currency = try r.string("currency")
            min = try r.optionalInt("min")
            max = try r.optionalInt("max")
            plus = try r.optionalBool("plus") ?? false
            median = try r.optionalInt("median")
            average = try r.optionalInt("average")
            label = try r.optionalString("label")
            source = try r.optionalString("source") ?? ""
        }
    }
}
