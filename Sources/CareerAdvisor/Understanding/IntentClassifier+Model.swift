import CareerKnowledge
import CareerSearch

/// The learned half of the classifier: training the `IntentModel` on the knowledge's
/// examples, ranking its probabilities, and what `explain` shows of it.
extension IntentClassifier {
    /// Trains the intent model on `examples` (intent -> utterances), reading each one
    /// with `reader` exactly as a question is read.
    /// Does nothing unless `vocabulary.examplesComplete`; the hand weights then score alone.
    mutating func train(_ vocabulary: Vocabulary, reader: QuestionReader) {
        guard vocabulary.examplesComplete else { return }
        let examples = vocabulary.examples
        let classes = intents.map(\.name).filter { examples[$0] != nil } + (examples[Self.fallback] != nil ? [Self.fallback] : [])
        var labelledTexts: [(text: String, intent: String)] = []
        for intent in classes {
            for text in examples[intent] ?? [] { labelledTexts.append((text, intent)) }
        }
        // Reading and feature extraction are pure per example: spread over the cores.
        let questions = labelledTexts.map(\.text).parallelMap { reader.read($0) }
        // A word the examples use once stands for every word never seen: training sees
        // it as `[unk]`, exactly as a live question's unseen words will be.
        var counts: [String: Int] = [:]
        for q in questions {
            for (i, t) in q.tokens.enumerated() where !t.isStopword && !lexicon.knownStems.contains(q.stems[i]) {
                counts[q.stems[i], default: 0] += 1
            }
        }
        repeatedExampleStems = Set(counts.filter { $0.value > 1 }.keys)
        let features = IntentFeatures(classifier: self)
        let extracted = questions.parallelMap { features.extract($0) }
        let labelled = zip(labelledTexts, extracted).map { ($0.0.text, $0.0.intent, $0.1) }
        model = IntentModel(classes: classes, examples: labelled)
    }

    /// What `train` produced, for `IntentModelCache`; nil without a model.
    var trained: IntentModelCache.Trained? {
        model.map { IntentModelCache.Trained(model: $0, repeatedStems: repeatedExampleStems) }
    }

    /// Takes a model trained before on the same knowledge by the same binary.
    mutating func restore(_ trained: IntentModelCache.Trained) {
        model = trained.model
        repeatedExampleStems = trained.repeatedStems
    }

    struct Context: Sendable {
        var lastIntent: String?
        /// Entity types the session can lend (its last entities).
        var sessionTypes = TypeCounts()
        /// The types of the session's last entities, in the order they were named.
        var lastTypes: [EntityType] = []
    }

    struct Result: Sendable {
        /// How many intents besides fallback `ranked` keeps at most: the best and the
        /// alternatives an answer lists.
        static let kept = 1 + Answer.alternativesShown

        /// The best intents, best first.
        var ranked: [IntentScore]
        /// Every class and its score before ranking (in any order), for `explain`.
        var classes: [String] = []
        var shares: [Double] = []
        /// The intent came from the session (a follow-up naming only a new entity or slot).
        var inherited: Bool

        /// The scores of every class, best first and equal ones by name, for `explain`.
        var scores: [(String, Double)] {
            zip(classes, shares).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        }
    }

    /// Ranks the model's probabilities: an intent that needs an entity the question and
    /// the session lack is scaled by its `missing_penalty`; the rest renormalised. A
    /// best intent below `modelThreshold`, or the `fallback` class itself, falls back.
    func scored(_ m: IntentModel, _ p: [Float], _ q: Question, context: Context,
                        present: TypeCounts) -> Result {
        let n = m.classes.count
        var raw = [Double].filled(0, count: n)
        let (here, lent) = (present, context.sessionTypes)
        var total = 0.0
        classNeeds.withUnsafeBufferPointer { needs in
            for c in 0..<n {
                var s = Double(p[c])
                if c < needs.count, let need = needs[c], !need.satisfied(present: here, session: lent) {
                    s *= need.missingPenalty
                }
                raw[c] = s
                total += s
            }
        }
        for c in 0..<n { raw[c] = total > 0 ? raw[c] / total : 0 }
        let share = raw
        // The best `Result.kept` intents other than fallback, best first (equal shares by
        // name), kept in order in one pass, where sorting every class cost more.
        let rank = m.nameRank
        let fallbackClass = m.fallbackClass ?? -1
        var best: [Int] = []
        best.reserveCapacity(Result.kept + 1)
        for c in 0..<n where c != fallbackClass {
            if best.count == Result.kept, !Self.ranks(c, before: best[Result.kept - 1], share, rank) { continue }
            var at = best.count
            while at > 0, Self.ranks(c, before: best[at - 1], share, rank) { at -= 1 }
            best.insert(c, at: at)
            if best.count > Result.kept { best.removeLast() }
        }
        var ranked: [IntentScore] = []
        ranked.reserveCapacity(best.count + 1)
        for c in best { ranked.append(IntentScore(intent: m.classes[c], confidence: share[c])) }
        let first = best.first ?? -1
        let fallbackP = fallbackClass >= 0 ? share[fallbackClass] : 0
        let fallbackFirst = fallbackClass >= 0 && (first < 0 || Self.ranks(fallbackClass, before: first, share, rank))
        if fallbackFirst || (ranked.first?.confidence ?? 0) < Self.modelThreshold {
            ranked.insert(IntentScore(intent: Self.fallback, confidence: max(fallbackP, 1 - (ranked.first?.confidence ?? 0))), at: 0)
        }
        return Result(ranked: ranked, classes: m.classes, shares: share, inherited: false)
    }

    /// Whether class `a` ranks before class `b`: a higher share, or an equal one and a
    /// name that sorts first (`rank`, `IntentModel.nameRank`).
    @inline(__always)
    private static func ranks(_ a: Int, before b: Int, _ share: [Double], _ rank: [Int]) -> Bool {
        share[a] != share[b] ? share[a] > share[b] : rank[a] < rank[b]
    }

    /// For `explain`: the model features behind each of `intents`.
    func contributions(_ q: Question, intents: [String]) -> [(intent: String, top: [(feature: String, weight: Double)])] {
        guard let model else { return [] }
        let f = IntentFeatures(classifier: self).extract(q)
        return intents.map { ($0, model.contributions(f, intent: $0)) }
    }

    /// For `explain`: the nearest training examples.
    func nearestExamples(_ q: Question) -> [(text: String, intent: String, similarity: Double)] {
        guard let model else { return [] }
        return model.nearest(IntentFeatures(classifier: self).extract(q))
    }
}
