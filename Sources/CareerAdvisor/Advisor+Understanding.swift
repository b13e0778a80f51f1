import CareerKnowledge
import CareerSearch

/// Building the advisor's understanding at load: the lexicon (every word the knowledge
/// and its language files know) and the intent classifier with its trained model.
extension Advisor {
    /// The lexicon, the classifier (its model trained on the knowledge's examples, or
    /// read from `cache` when it holds one for this knowledge) and how long training or
    /// reading took in milliseconds. Runs on the calling thread, apart from the training's
    /// reading of the examples on every core; a model trained is stored in `cache`.
    static func understanding(_ knowledge: KnowledgeBase, catalog: Catalog, analyzer: Analyzer,
                              cache: IntentModelCache?) -> (Lexicon, IntentClassifier, Double, ModelOrigin) {
        let guideTexts = (knowledge.experience + knowledge.personality).map { $0.title + " " + $0.text }
            + knowledge.market.map(\.text) + knowledge.pathways.map { $0.name + " " + $0.summary }
        let indexTerms = analyzer.termSet(catalog.allEntities.lazy.map(profileText)).union(analyzer.termSet(guideTexts))
        let lexicon = Lexicon(knowledge: knowledge, refs: catalog.refs, analyzer: analyzer, indexTerms: indexTerms)
        var classifier = IntentClassifier(intents: knowledge.vocabulary.intents, lexicon: lexicon)
        let clock = ContinuousClock()
        let start = clock.now
        var origin = ModelOrigin.trained
        if let cache, let trained = cache.load(fingerprint: knowledge.fingerprint) {
            classifier.restore(trained)
            origin = .cache
        } else {
            classifier.train(knowledge.vocabulary, reader: QuestionReader(lexicon: lexicon))
            if classifier.model == nil {
                origin = .none
            } else if let cache, let trained = classifier.trained {
                origin = cache.store(trained, fingerprint: knowledge.fingerprint) ? .trainedAndStored : .trained
            }
        }
        let took = clock.now - start
        return (lexicon, classifier, Double(took.components.seconds) * 1000 + Double(took.components.attoseconds) / 1e15, origin)
    }

    /// Where the intent model of a load came from.
    public enum ModelOrigin: String, Sendable {
        /// No model: the knowledge has no complete set of examples.
        case none
        /// Trained at this load (no cache, or the cache could not be written).
        case trained
        /// Trained at this load and stored in the cache for the next one.
        case trainedAndStored = "trained, stored"
        /// Read from the cache: trained before on the same knowledge by the same binary.
        case cache
    }

    /// The words of an entity that count as known to the advisor (never typo-corrected).
    static func profileText(_ e: any Entity) -> String {
        switch e {
        case let r as Role: ([r.name, r.summary] + r.duties + r.tools + r.industries + r.education.fields + [r.education.summary]).joined(separator: " ")
        case let s as Skill: s.name + " " + s.description
        case let r as Resource: [r.name, r.provider, r.description].joined(separator: " ")
        case let c as Certification: [c.name, c.issuer, c.description].joined(separator: " ")
        case let t as Trend: [t.name, t.summary, t.impact].joined(separator: " ")
        default: e.name
        }
    }
}
