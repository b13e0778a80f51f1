import CareerKnowledge

/// Scores every intent of `language/intents.yaml` against a question.
///
/// An intent's score is its keyword and phrase evidence (words outside entity names,
/// each counted once), plus a bonus per entity type present, scaled by
/// `missing_penalty` when an entity it requires is neither in the question nor in the
/// session, and by the question's coverage (the share of its content words the advisor
/// knows at all), so that one shared word in an unrelated question cannot decide.
/// Questions with almost no evidence but an entity take the session's last intent (a
/// follow-up) or the entity type's default intent. Below `fallbackThreshold` the answer
/// is `fallback`. Pure and thread-safe.
struct IntentClassifier: Sendable {
    static let fallback = "fallback"
    /// Below this much keyword evidence a question is read as a bare entity or follow-up.
    static let weakEvidence = 1.5
    static let fallbackThreshold = 2.0

    let intents: [IntentDefinition]
    let lexicon: Lexicon
    /// The learned model, when the knowledge has examples; without them the hand
    /// weights of `intents.yaml` score alone (small fixture folders).
    var model: IntentModel?
    /// Words the knowledge does not know but the examples use more than once ("lol",
    /// "tbh"): the model keeps them as words; any other unknown word reads as `[unk]`.
    var exampleWords: Set<String> = []
    /// Below this probability the best intent is not trusted and the answer is `fallback`.
    static let modelThreshold = 0.3

    /// Each intent by name, looked up per question.
    let definitions: [String: IntentDefinition]
    /// Intents a model reading cannot override the bare-name rule with: those a bare
    /// name means (`default_for`) and the open-domain ones (smalltalk, help).
    let weakIntents: Set<String>

    init(intents: [IntentDefinition], lexicon: Lexicon) {
        self.intents = intents
        self.lexicon = lexicon
        definitions = Dictionary(intents.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        weakIntents = Set(intents.filter { !$0.defaultFor.isEmpty || $0.openDomain }.map(\.name))
    }

    func classify(_ q: Question, context: Context) -> Result {
        let (evidence, withoutSlots) = keywordEvidence(q)
        // Slot words ("remote") are evidence for some intents, but a question made of a
        // slot alone ("and remote?") is a follow-up.
        let strongest = withoutSlots.values.max() ?? 0
        let presentTypes = q.mentions.reduce(into: [EntityType: Int]()) { counts, m in
            for t in m.types { counts[t, default: 0] += 1 }
        }

        var learned = model.map { m in (m, m.probabilities(IntentFeatures(classifier: self).extract(q, evidence: evidence))) }
        // A question that names nothing, in a conversation about something, is read
        // again with the last entity in place of its reference words ("how much do they
        // make?"); that reading is taken when it lands on an intent that uses the entity.
        // Without a reference word, that reading must be surer than the plain one
        // ("skills?" is about the role; "thanks!" stays smalltalk).
        if let (m, plain) = learned, q.mentions.isEmpty, let lent = context.lastTypes.first {
            let p = m.probabilities(IntentFeatures(classifier: self).extract(q, lent: lent, evidence: evidence))
            if let best = p.indices.max(by: { p[$0] < p[$1] }), uses(m.classes[best], lent),
               !q.references.isEmpty || p[best] > (plain.max() ?? 0) {
                learned = (m, p)
            }
        }
        // The model is sure of an intent that is not what a bare name would mean, nor
        // smalltalk or help (which a bare "and senior?" can look like).
        var modelSure = false
        if let (m, p) = learned, let best = p.indices.max(by: { p[$0] < p[$1] }), Double(p[best]) >= 0.6 {
            let name = m.classes[best]
            modelSure = name != Self.fallback && !weakIntents.contains(name)
        }
        // A bare name means its default intent only when the rest of the question is
        // words the advisor knows ("excel formula shows #REF!" is not about Excel jobs).
        // With the model, "bare" means at most one content word besides names and slots
        // ("and data analysts?", "docker?"); anything longer the model reads.
        let bare = learned == nil || wordsBesideNames(q) <= 1
        if strongest < Self.weakEvidence && q.coverage >= 0.5 && !modelSure && bare {
            if let last = context.lastIntent, last != Self.fallback,
               (!q.mentions.isEmpty && compatible(last, with: presentTypes.keys))
                || (q.mentions.isEmpty && (q.level != nil || q.region != nil) && context.sessionTypes[.role] != nil) {
                return Result(ranked: [IntentScore(intent: last, confidence: 0.7)], inherited: true)
            }
            // A bare mention means its type's default intent; of several defaults, the one
            // that needs as many entities as were named ("X or Y?" compares).
            if let first = q.mentions.first {
                for ref in first.candidates {
                    let named = presentTypes[ref.type] ?? 0
                    let defaults = intents.filter { $0.defaultFor.contains(ref.type) && $0.requiresCount <= max(1, named) }
                    if let def = defaults.max(by: { $0.requiresCount < $1.requiresCount }) {
                        return Result(ranked: [IntentScore(intent: def.name, confidence: 0.6)], inherited: false)
                    }
                }
            }
        }

        if let (m, p) = learned {
            // No word the advisor or its examples know, no name, no slot: the model would
            // only be guessing from the question's shape ("qwerty zxcv").
            if q.mentions.isEmpty && q.slotPositions.isEmpty && q.smalltalkKind == nil && !hasKnownWord(q) {
                return Result(ranked: [IntentScore(intent: Self.fallback, confidence: 1)], inherited: false)
            }
            return scored(m, p, q, context: context, present: presentTypes)
        }
        let spokenSlot = q.slotPositions.contains { !q.inEntity[$0] }
        var typeShare: [EntityType: Double] = [:]
        for m in q.mentions {
            for t in m.types { typeShare[t] = max(typeShare[t] ?? 0, m.candidates.count == 1 ? 1 : 0.5) }
        }
        var scores: [(String, Double)] = []
        for def in intents {
            var s = evidence[def.name] ?? 0
            for (type, bonus) in def.entityBonus {
                guard let n = presentTypes[type], let share = typeShare[type] else { continue }
                // Two roles are evidence for an intent that needs two; a name that could
                // be several types ("prompt engineer") is only partly evidence for each.
                s += bonus * share * Double(type == def.requires.first ? min(n, def.requiresCount) : 1)
            }
            // A slot said in its own words ("remotely"), not inside a name ("Chief AI Officer").
            if q.level != nil && spokenSlot { s += def.slotBonus["level"] ?? 0 }
            if q.region != nil && spokenSlot { s += def.slotBonus["region"] ?? 0 }
            if !def.requires.isEmpty && !satisfied(def, present: presentTypes, session: context.sessionTypes) {
                s *= def.missingPenalty
            }
            // Without AI/ML words, entities or context, a question is probably about something
            // else; more so when it also has words the advisor does not know.
            if !def.openDomain && !q.inDomain && context.sessionTypes.isEmpty { s *= q.coverage < 1 ? 0.5 : 0.8 }
            s *= 0.3 + 0.7 * q.coverage
            if s > 0 { scores.append((def.name, s)) }
        }
        scores.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let total = scores.reduce(0) { $0 + $1.1 }
        var ranked = scores.map { IntentScore(intent: $0.0, confidence: min(1, $0.1 / (total + 1))) }
        if (scores.first?.1 ?? 0) < Self.fallbackThreshold {
            let top = scores.first?.1 ?? 0
            ranked.insert(IntentScore(intent: Self.fallback, confidence: 0.5 + 0.5 * (1 - top / Self.fallbackThreshold)), at: 0)
        }
        return Result(ranked: ranked, scores: scores, inherited: false)
    }

    /// Keyword and phrase weight per intent, from words outside entity names: all words,
    /// and without the slot words. One pass; each keyword and phrase counts once.
    func keywordEvidence(_ q: Question) -> (all: [String: Double], withoutSlots: [String: Double]) {
        var all = [Double](repeating: 0, count: lexicon.intentNames.count)
        var noSlots = all
        var seen = Set<String>()
        for (i, stem) in q.stems.enumerated() where !q.inEntity[i] {
            guard let hits = lexicon.keywordIndex[stem], seen.insert(stem).inserted else { continue }
            let text = q.tokens[i].text
            let derived = text.count < (lexicon.keywordLength[stem] ?? 0) - 3
            // Where the word itself is some intent's keyword, a match by stem alone
            // ("projection" for "projects") counts half.
            let someExact = hits.contains { $0.words.contains(text) }
            for (intent, weight, words) in hits {
                var w = derived ? weight / 4 : weight
                if someExact && !words.contains(text) { w /= 2 }
                all[intent] += w
                if !q.slotPositions.contains(i) { noSlots[intent] += w }
            }
        }
        var seenPhrases = Set<[String]>()
        for start in q.stems.indices where !q.inEntity[start] {
            lexicon.phrases.matches(in: q.stems, at: start, allowed: { !q.inEntity[$0] }) { length, hits in
                guard seenPhrases.insert(Array(q.stems[start..<start + length])).inserted else { return }
                let touchesSlot = (start..<start + length).contains { q.slotPositions.contains($0) }
                for (intent, weight) in hits {
                    all[intent] += weight
                    if !touchesSlot { noSlots[intent] += weight }
                }
            }
        }
        func named(_ scores: [Double]) -> [String: Double] {
            var out: [String: Double] = [:]
            for (i, v) in scores.enumerated() where v != 0 { out[lexicon.intentNames[i]] = v }
            return out
        }
        return (named(all), named(noSlots))
    }

    func satisfied(_ def: IntentDefinition, present: [EntityType: Int], session: [EntityType: Int]) -> Bool {
        guard let first = def.requires.first else { return true }
        if def.requiresCount > 1 {
            let here = present[first] ?? 0
            return here >= def.requiresCount || (here >= 1 && (session[first] ?? 0) >= 1)
        }
        return def.requires.contains { (present[$0] ?? 0) > 0 || (session[$0] ?? 0) > 0 }
    }

    /// Content words outside entity names, slots and reference words.
    func wordsBesideNames(_ q: Question) -> Int {
        let referenced = Set(q.references.flatMap { Array($0) })
        return q.tokens.indices.filter { i in
            !q.tokens[i].isStopword && !q.inEntity[i] && !q.slotPositions.contains(i) && !referenced.contains(i)
        }.count
    }

    /// Whether some word of `q` is a stopword or one the knowledge or the examples know.
    func hasKnownWord(_ q: Question) -> Bool {
        q.tokens.indices.contains { i in
            q.tokens[i].isStopword || lexicon.knownStems.contains(q.stems[i]) || exampleWords.contains(q.stems[i])
                || lexicon.exampleWords.contains(q.tokens[i].text)
        }
    }

    /// Whether `intent` needs or welcomes an entity of `type`.
    func uses(_ intent: String, _ type: EntityType) -> Bool {
        guard let def = definitions[intent] else { return false }
        return def.requires.contains(type) || def.entityBonus[type] != nil
    }

    private func compatible(_ intent: String, with types: Dictionary<EntityType, Int>.Keys) -> Bool {
        guard let def = definitions[intent] else { return false }
        return types.contains { def.requires.contains($0) || def.entityBonus[$0] != nil }
    }
}

