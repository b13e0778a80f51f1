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
    var model: IntentModel? {
        didSet {
            classNeeds = model.map { m in m.classes.map { definitions[$0].map(Needs.init) } } ?? []
            wordUnits = model.map { m in (lexicon.analyzer.words?.stems ?? []).map(m.table.unit) } ?? []
            keywordColumns = model.map { m in keywordFeatures.map { m.table.others[$0.feature].map(Int32.init) ?? -1 } } ?? []
            fixedColumns = model.map { m in IntentFeatures.fixedNames.map { m.table.others[$0].map(Int32.init) ?? -1 } } ?? []
        }
    }
    /// Per keyword prior (`keywordFeatures`): its column in the model, or -1; found once
    /// here rather than by hashing its name for every question (`ColumnSink`).
    private(set) var keywordColumns: [Int32] = []
    /// Per feature of `IntentFeatures.fixedNames`: its column in the model, or -1; found
    /// once here, as `keywordColumns` are.
    private(set) var fixedColumns: [Int32] = []
    /// Per entry of the lexicon's known words (`KnownWords`): the id of its stem among the
    /// model's units (`FeatureTable.unit`), or -1; a question's known words are found
    /// by their entry instead of hashing their stems (`ColumnSink`).
    private(set) var wordUnits: [Int32] = []
    /// What each of the model's classes needs named, in `model.classes` order (nil for
    /// `fallback`): ranking reads it once per class per question, where looking each
    /// intent up by name copied its whole definition.
    private(set) var classNeeds: [Needs?] = []
    /// Words the knowledge does not know but the examples use more than once ("lol",
    /// "tbh"): the model keeps them as words; any other unknown word reads as `[unk]`.
    var repeatedExampleStems: Set<String> = []
    /// Below this probability the best intent is not trusted and the answer is `fallback`.
    static let modelThreshold = 0.3

    /// Each intent by name, looked up per question.
    let definitions: StringTable<IntentDefinition>
    /// Intents a model reading cannot override the bare-name rule with: those a bare
    /// name means (`default_for`) and the open-domain ones (smalltalk, help).
    let weakIntents: Set<String>

    /// The keyword prior features, one per intent in name order: (index into `intents`,
    /// feature name), so extracting them builds no strings.
    let keywordFeatures: [(intent: Int, feature: String)]

    /// `intents` must be the lexicon's intents in the same order: keyword evidence is
    /// indexed by position in both.
    init(intents: [IntentDefinition], lexicon: Lexicon) {
        precondition(intents.map(\.name) == lexicon.intentNames, "the classifier's intents are the lexicon's")
        self.intents = intents
        self.lexicon = lexicon
        definitions = StringTable(intents.map { (key: $0.name, value: $0) })
        weakIntents = Set(intents.filter { !$0.defaultFor.isEmpty || $0.openDomain }.map(\.name))
        keywordFeatures = intents.indices.sorted { intents[$0].name < intents[$1].name }.map { ($0, "kw:" + intents[$0].name) }
    }

    func classify(_ q: Question, context: Context) -> Result {
        let (evidence, withoutSlots) = keywordEvidence(q)
        // Slot words ("remote") are evidence for some intents, but a question made of a
        // slot alone ("and remote?") is a follow-up.
        let strongest = withoutSlots.max() ?? 0
        let presentTypes = TypeCounts(of: q.mentions)

        // The model's probabilities, per class (`model.classes`); nil without a model.
        // (Only the probabilities are kept: a tuple with the model copied all its tables.)
        var learned: [Float]? = nil
        if let m = model {
            let plain = m.probabilities(IntentFeatures(classifier: self).columns(of: m, q, evidence: evidence))
            learned = plain
            // A question that names nothing, in a conversation about something, is read
            // again with the last entity in place of its reference words ("how much do they
            // make?"); that reading is taken when it lands on an intent that uses the entity.
            // Without a reference word, that reading must be surer than the plain one
            // ("skills?" is about the role; "thanks!" stays smalltalk).
            if q.mentions.isEmpty, let lent = context.lastTypes.first {
                let p = m.probabilities(IntentFeatures(classifier: self).columns(of: m, q, lent: lent, evidence: evidence))
                if let best = p.indices.max(by: { p[$0] < p[$1] }), uses(m.classes[best], lent),
                   !q.references.isEmpty || p[best] > (plain.max() ?? 0) {
                    learned = p
                }
            }
        }
        // The model is sure of an intent that is not what a bare name would mean, nor
        // smalltalk or help (which a bare "and senior?" can look like).
        var modelSure = false
        if let p = learned, let m = model, let best = p.indices.max(by: { p[$0] < p[$1] }), Double(p[best]) >= 0.6 {
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
               (!q.mentions.isEmpty && compatible(last, with: presentTypes))
                || (q.mentions.isEmpty && (q.level != nil || q.region != nil) && context.sessionTypes[.role] > 0) {
                return Result(ranked: [IntentScore(intent: last, confidence: 0.7)], inherited: true)
            }
            // A bare mention means its type's default intent; of several defaults, the one
            // that needs as many entities as were named ("X or Y?" compares).
            if let first = q.mentions.first {
                for ref in first.candidates {
                    let named = presentTypes[ref.type]
                    // By position: filtering the definitions copied each one that matched.
                    let defaults = intents.indices.filter {
                        intents[$0].defaultFor.contains(ref.type) && intents[$0].requiresCount <= max(1, named)
                    }
                    if let def = defaults.max(by: { intents[$0].requiresCount < intents[$1].requiresCount }) {
                        return Result(ranked: [IntentScore(intent: intents[def].name, confidence: 0.6)], inherited: false)
                    }
                }
            }
        }

        if let p = learned, let m = model {
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
        for (n, def) in intents.enumerated() {
            var s = evidence[n]
            for (type, bonus) in def.entityBonus {
                let n = presentTypes[type]
                guard n > 0, let share = typeShare[type] else { continue }
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
        return Result(ranked: ranked, classes: scores.map(\.0), shares: scores.map(\.1), inherited: false)
    }
}
