import CareerKnowledge

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
        var ranked: [IntentScore]
        /// Raw scores before normalisation, for `explain`.
        var scores: [(String, Double)] = []
        /// The intent came from the session (a follow-up naming only a new entity or slot).
        var inherited: Bool
    }

    /// Ranks the model's probabilities: an intent that needs an entity the question and
    /// the session lack is scaled by its `missing_penalty`; the rest renormalised. A
    /// best intent below `modelThreshold`, or the `fallback` class itself, falls back.
    func scored(_ m: IntentModel, _ p: [Float], _ q: Question, context: Context,
                        present: TypeCounts) -> Result {
        var scores: [(String, Double)] = []
        scores.reserveCapacity(m.classes.count)
        let (here, lent) = (present, context.sessionTypes)
        for (c, name) in m.classes.enumerated() {
            var s = Double(p[c])
            if let needs = classNeeds[c], !needs.satisfied(present: here, session: lent) {
                s *= needs.missingPenalty
            }
            scores.append((name, s))
        }
        let total = scores.reduce(0) { $0 + $1.1 }
        for i in scores.indices { scores[i].1 = total > 0 ? scores[i].1 / total : 0 }
        scores.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var ranked: [IntentScore] = []
        ranked.reserveCapacity(scores.count + 1)
        var fallbackShare: Double? = nil
        for (name, share) in scores {
            if name == Self.fallback {
                if fallbackShare == nil { fallbackShare = share }
            } else {
                ranked.append(IntentScore(intent: name, confidence: share))
            }
        }
        let fallbackP = fallbackShare ?? 0
        if scores.first?.0 == Self.fallback || (ranked.first?.confidence ?? 0) < Self.modelThreshold {
            ranked.insert(IntentScore(intent: Self.fallback, confidence: max(fallbackP, 1 - (ranked.first?.confidence ?? 0))), at: 0)
        }
        return Result(ranked: ranked, scores: scores, inherited: false)
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
