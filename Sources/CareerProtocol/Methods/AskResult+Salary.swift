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

        /// Appends the compact JSON of ``json`` without building it: the same bytes, in
        /// the same member order (`AskResult.write(to:)`; through the value, the figures of
        /// an answer were a sixth of writing it).
        func write(to out: inout [UInt8]) {
            func key(_ name: StaticString) { AskResult.writeKey(name, to: &out) }
            func int(_ name: StaticString, _ value: Int?) {
                if let value { key(name); JSONValue.writeInteger(Int64(value), to: &out) }
            }
            out.append(UInt8(ascii: "{"))
            AskResult.writeKey("role", first: true, to: &out)
            JSONValue.writeString(role, to: &out)
            key("role_name"); JSONValue.writeString(roleName, to: &out)
            if let level { key("level"); JSONValue.writeString(level, to: &out) }
            if let region { key("region"); JSONValue.writeString(region, to: &out) }
            key("currency"); JSONValue.writeString(currency, to: &out)
            int("min", min)
            int("max", max)
            if plus { key("plus"); out.append(contentsOf: "true".utf8) }
            int("median", median)
            int("average", average)
            if let label { key("label"); JSONValue.writeString(label, to: &out) }
            key("source"); JSONValue.writeString(source, to: &out)
            out.append(UInt8(ascii: "}"))
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
