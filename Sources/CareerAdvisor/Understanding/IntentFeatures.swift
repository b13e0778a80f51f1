import CareerKnowledge

/// Turns a read `Question` into the sparse features the intent model scores.
///
/// The features are what a reader of the question would weigh, all derived from the
/// same `QuestionReader` output for training examples and for live questions:
/// - word and stem unigrams and bigrams, with every entity name replaced by its type
///   (`[role]`) and every slot word by its slot (`[level]`), so "how much does a
///   [role] make" is learnt once for all roles;
/// - which entity types are named, and whether two roles are;
/// - the question's shape: length, leading word, first person;
/// - the hand-written keyword lists of `intents.yaml` as one prior feature per intent
///   (their evidence, capped), so the lists inform the model instead of deciding;
/// - how much of the question the advisor knows at all (out-of-domain evidence).
///
/// Pure and thread-safe; the names are stable strings so `explain` can show them.
struct IntentFeatures: Sendable {
    let classifier: IntentClassifier

    func extract(_ q: Question) -> [(String, Float)] {
        var units: [String] = []
        var i = 0
        var mentionAt: [Int: Mention] = [:]
        for m in q.mentions { mentionAt[m.span.lowerBound] = m }
        while i < q.stems.count {
            if let m = mentionAt[i] {
                units.append("[" + m.types.map(\.rawValue).sorted().joined(separator: "|") + "]")
                i = m.span.upperBound
                continue
            }
            if q.inEntity[i] { i += 1; continue }
            if q.slotPositions.contains(i) {
                units.append(q.level != nil && q.region == nil ? "[level]" : q.region != nil && q.level == nil ? "[region]" : "[slot]")
            } else {
                units.append(q.stems[i])
            }
            i += 1
        }
        var out: [(String, Float)] = []
        var seen = Set<String>()
        func add(_ name: String, _ value: Float = 1) {
            if seen.insert(name).inserted { out.append((name, value)) }
        }
        let gramWeight: Float = 1 / Float(max(1, units.count)).squareRoot()
        for (k, u) in units.enumerated() {
            add("w:" + u, gramWeight)
            add("b:" + (k == 0 ? "^" : units[k - 1]) + "_" + u, gramWeight)
        }
        if let last = units.last { add("b:" + last + "_$", gramWeight) }

        var types: [EntityType: Int] = [:]
        for m in q.mentions { for t in m.types { types[t, default: 0] += 1 } }
        for (t, n) in types.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            add("e:" + t.rawValue)
            if n > 1 { add("e:" + t.rawValue + "+") }
        }
        if q.level != nil { add("s:level") }
        if q.region != nil { add("s:region") }
        if q.statesProfile { add("profile") }

        let words = q.tokens.count
        add(words <= 2 ? "len:1-2" : words <= 5 ? "len:3-5" : words <= 12 ? "len:6-12" : "len:13+")
        if let first = units.first { add("first:" + first) }
        if q.tokens.contains(where: { ["i", "im", "my", "me", "i'm"].contains($0.text) }) { add("person:first") }
        if !q.inDomain && q.mentions.isEmpty { add("domain:none") }
        if q.coverage < 0.5 { add("coverage:low") } else if q.coverage < 0.8 { add("coverage:mid") }

        let (evidence, _) = classifier.keywordEvidence(q)
        for (intent, value) in evidence.sorted(by: { $0.key < $1.key }) where value > 0 {
            add("kw:" + intent, Float(min(value, 8)) / 4)
        }
        return out
    }
}
