/// Result of `ask`.
///
/// Wire form (members in this order; `session` only when the request named one):
/// `{"intent", "confidence", "alternatives": [{intent, confidence}], "entities":
/// [{type, id, name}], "slots": {"level"?, "region"?}, "answer", "sources": [{id, title,
/// publisher, date}], "suggestions": [string], "salaries"?: [Salary], "session"?}`.
/// `salaries` (added within protocol 1) is present only when the answer shows salary
/// figures. `confidence` is in 0...1
/// (the encoder clamps it). Decoding requires `intent` and `answer`; absent lists read as
/// empty, an absent confidence as 0, a source's absent publisher or date as "".
public struct AskResult: RPCMethodResult {
    public static let method = RPCMethodName.ask

    public struct Alternative: Sendable, Hashable {
        public var intent: String
        public var confidence: Double
        public init(intent: String, confidence: Double) {
            self.intent = intent
            self.confidence = confidence
        }
    }

    /// An entity the question named (or inherited): `type` is an entity type or a slot
    /// (`level`, `region`); `"type:id"` is what the evaluation compares.
    public struct Entity: Sendable, Hashable {
        public var type: String
        public var id: String
        public var name: String
        public init(type: String, id: String, name: String) {
            self.type = type
            self.id = id
            self.name = name
        }
        public var key: String { "\(type):\(id)" }
    }

    public struct Source: Sendable, Hashable {
        public var id: String
        public var title: String
        public var publisher: String
        public var date: String
        public init(id: String, title: String, publisher: String, date: String) {
            self.id = id
            self.title = title
            self.publisher = publisher
            self.date = date
        }
    }

    public var intent: String
    public var confidence: Double
    public var alternatives: [Alternative]
    public var entities: [Entity]
    /// Slot values by ids, e.g. level "entry", region "uk".
    public var level: String?
    public var region: String?
    public var answer: String
    public var sources: [Source]
    public var suggestions: [String]
    public var session: String?
    /// The salary figures the answer shows, as data (empty for most intents).
    public var salaries: [Salary]

    public init(intent: String, confidence: Double, alternatives: [Alternative] = [], entities: [Entity] = [],
                level: String? = nil, region: String? = nil, answer: String, sources: [Source] = [],
                suggestions: [String] = [], session: String? = nil, salaries: [Salary] = []) {
        self.intent = intent
        self.confidence = confidence
        self.alternatives = alternatives
        self.entities = entities
        self.level = level
        self.region = region
        self.answer = answer
        self.sources = sources
        self.suggestions = suggestions
        self.session = session
        self.salaries = salaries
    }

    static func clamp(_ x: Double) -> Double { x.isNaN ? 0 : min(1, max(0, x)) }

    public var json: JSONValue {
        var slots = JSONObject()
        if let level { slots["level"] = .string(level) }
        if let region { slots["region"] = .string(region) }
        var object: JSONObject = [
            "intent": .string(intent),
            "confidence": .double(Self.clamp(confidence)),
            "alternatives": .array(alternatives.map {
                ["intent": .string($0.intent), "confidence": .double(Self.clamp($0.confidence))]
            }),
            "entities": .array(entities.map {
                ["type": .string($0.type), "id": .string($0.id), "name": .string($0.name)]
            }),
            "slots": .object(slots),
            "answer": .string(answer),
            "sources": .array(sources.map {
                ["id": .string($0.id), "title": .string($0.title), "publisher": .string($0.publisher), "date": .string($0.date)]
            }),
            "suggestions": JSONValue(suggestions),
        ]
        if !salaries.isEmpty { object["salaries"] = .array(salaries.map(\.json)) }
        if let session { object["session"] = .string(session) }
        return .object(object)
    }

    public init(json: JSONValue) throws(RPCDecodingError) {
        let r = try FieldReader.result(json, method: Self.method)
        intent = try r.string("intent")
        confidence = try r.optionalDouble("confidence") ?? 0
        alternatives = []
        for a in try r.objects("alternatives") ?? [] {
            alternatives.append(Alternative(intent: try a.string("intent"), confidence: try a.optionalDouble("confidence") ?? 0))
        }
        entities = []
        for e in try r.objects("entities") ?? [] {
            let id = try e.string("id")
            entities.append(Entity(type: try e.string("type"), id: id, name: try e.optionalString("name") ?? id))
        }
        let slots = try r.nested("slots")
        level = try slots?.optionalString("level")
        region = try slots?.optionalString("region")
        answer = try r.string("answer")
        sources = []
        for s in try r.objects("sources") ?? [] {
            let id = try s.string("id")
            sources.append(Source(id: id, title: try s.optionalString("title") ?? id,
                                  publisher: try s.optionalString("publisher") ?? "", date: try s.optionalString("date") ?? ""))
        }
        suggestions = try r.strings("suggestions") ?? []
        salaries = []
        for s in try r.objects("salaries") ?? [] { salaries.append(try Salary(s)) }
        session = try r.optionalString("session")
    }
}
