/// An intent and how sure the advisor is of it (0...1).
public struct IntentScore: Sendable, Hashable {
    public var intent: String
    public var confidence: Double
    public init(intent: String, confidence: Double) { self.intent = intent; self.confidence = confidence }
}
