import CareerKnowledge
import CareerSearch

/// What the classifier reads off a question besides the model: the keyword evidence of
/// `intents.yaml`, whether an intent's entity requirement is met, and the small tests
/// its dialogue rules use (how bare a question is, whether any word is known, which
/// intents use an entity type). Pure and thread-safe.
extension IntentClassifier {
    /// Keyword and phrase weight per intent (indexed as `intents`), from words outside
    /// entity names: all words, and without the slot words. One pass; each keyword and
    /// phrase counts once.
    func keywordEvidence(_ q: Question) -> (all: [Double], withoutSlots: [Double]) {
        var all = [Double].filled(0, count: lexicon.intentNames.count)
        // Shared until the first evidence is added: a question with none allocates once.
        var noSlots = all
        // Few words of a question are keywords: a short list beats a set.
        var seen: [String] = []
        seen.reserveCapacity(q.stems.count) // once, where growing from empty took two or three
        for (i, stem) in q.stems.enumerated() where !q.inEntity[i] && q.starts[i].contains(.keywords) {
            // A known word's weights were worked out at load (`Lexicon.wordKeywords`).
            let facts = lexicon.facts(q.tokens[i])
            if let facts, facts.keyword < 0 { continue }
            guard !seen.contains(stem) else { continue }
            let weights: [(intent: Int, weight: Double)]
            if let facts {
                weights = lexicon.wordKeywords[Int(facts.keyword)]
            } else {
                guard let found = lexicon.keywordWeights(q.tokens[i].text, stem: stem) else { continue }
                weights = found
            }
            seen.append(stem)
            for (intent, w) in weights {
                all[intent] += w
                if !q.slotPositions.contains(i) { noSlots[intent] += w }
            }
        }
        // A question matches few phrases: the ones counted are kept by number in a list.
        var seenPhrases: [Int] = []
        seenPhrases.reserveCapacity(8)
        for start in q.stems.indices where !q.inEntity[start] && q.starts[start].contains(.phrases) {
            lexicon.phrases.phrases(in: q.stems, at: start, allowed: { !q.inEntity[$0] }) { length, phrase, hits in
                guard !seenPhrases.contains(phrase) else { return }
                seenPhrases.append(phrase)
                let touchesSlot = (start..<start + length).contains { q.slotPositions.contains($0) }
                for (intent, weight) in hits {
                    all[intent] += weight
                    if !touchesSlot { noSlots[intent] += weight }
                }
            }
        }
        return (all, noSlots)
    }

    func satisfied(_ def: IntentDefinition, present: TypeCounts, session: TypeCounts) -> Bool {
        Needs(def).satisfied(present: present, session: session)
    }

    /// The part of an intent's definition that says which entities it needs.
    struct Needs: Sendable {
        let requires: [EntityType]
        let requiresCount: Int
        let missingPenalty: Double

        init(_ def: IntentDefinition) {
            (requires, requiresCount, missingPenalty) = (def.requires, def.requiresCount, def.missingPenalty)
        }

        /// Whether the question (`present`) or the session lends what the intent needs:
        /// always, when it needs nothing.
        func satisfied(present: TypeCounts, session: TypeCounts) -> Bool {
            guard let first = requires.first else { return true }
            if requiresCount > 1 {
                let here = present[first]
                return here >= requiresCount || (here >= 1 && session[first] >= 1)
            }
            return requires.contains { present[$0] > 0 || session[$0] > 0 }
        }
    }

    /// How many entities of each type, one field per type: ranking asks every class's
    /// needs of the same two counts, and a dictionary keyed by the type hashed it each time
    /// (and was allocated for every question that names something).
    struct TypeCounts: Sendable, Equatable {
        private var role = 0, skill = 0, resource = 0, certification = 0, trend = 0

        init() {}

        /// The types the question names: each mention counts once for each of its
        /// candidates' types (the classifier and the features count them alike).
        init(of mentions: [Mention]) {
            for m in mentions { for t in m.types { self[t] += 1 } }
        }

        var isEmpty: Bool { self == TypeCounts() }

        /// The types with a count.
        var present: EntityTypes {
            var types = EntityTypes()
            for t in EntityTypes.order where self[t] > 0 { types.insert(t) }
            return types
        }

        /// Whether some type with a count satisfies `predicate`.
        func contains(where predicate: (EntityType) -> Bool) -> Bool {
            EntityType.allCases.contains { self[$0] > 0 && predicate($0) }
        }

        subscript(type: EntityType) -> Int {
            get {
                switch type {
                case .role: role
                case .skill: skill
                case .resource: resource
                case .certification: certification
                case .trend: trend
                }
            }
            set {
                switch type {
                case .role: role = newValue
                case .skill: skill = newValue
                case .resource: resource = newValue
                case .certification: certification = newValue
                case .trend: trend = newValue
                }
            }
        }
    }

    /// Content words outside entity names, slots and reference words.
    /// Counted in place: a question has few references and slots, and the sets and the
    /// filtered array this made cost more than the count.
    func wordsBesideNames(_ q: Question) -> Int {
        var count = 0
        for i in q.tokens.indices where !q.tokens[i].isStopword && !q.inEntity[i] {
            if q.slotPositions.contains(i) || q.references.contains(where: { $0.contains(i) }) { continue }
            count += 1
        }
        return count
    }

    /// Whether some word of `q` is a stopword or one the knowledge or the examples know.
    func hasKnownWord(_ q: Question) -> Bool {
        q.tokens.indices.contains { i in
            q.tokens[i].isStopword || lexicon.knownStems.contains(q.stems[i]) || repeatedExampleStems.contains(q.stems[i])
                || lexicon.exampleWords.contains(q.tokens[i].text)
        }
    }

    /// Whether `intent` needs or welcomes an entity of `type`.
    func uses(_ intent: String, _ type: EntityType) -> Bool {
        guard let def = definitions[intent] else { return false }
        return def.requires.contains(type) || def.entityBonus[type] != nil
    }

    func compatible(_ intent: String, with types: TypeCounts) -> Bool {
        guard let def = definitions[intent] else { return false }
        return types.contains { def.requires.contains($0) || def.entityBonus[$0] != nil }
    }
}
