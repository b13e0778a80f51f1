import CareerKnowledge
import CareerSearch

/// Building the advisor's understanding at load: the lexicon (every word the knowledge
/// and its language files know) and the intent classifier with its trained model.
extension Advisor {
    /// The lexicon completed with the stems of the knowledge's text (`entityTerms`, the
    /// entity index's terms, and the guides' words), the classifier (its model trained on
    /// the knowledge's examples, or read from `cache` when it holds one for this
    /// knowledge) and how long training or reading took in milliseconds. Runs on the
    /// calling thread, apart from the training's reading of the examples on every core; a
    /// model trained is stored in `cache`.
    static func understanding(_ knowledge: KnowledgeBase, lexicon: Lexicon, entityTerms: some Sequence<String>,
                              cache: IntentModelCache?) -> (Lexicon, IntentClassifier, Double, ModelOrigin) {
        let guideTexts = (knowledge.experience + knowledge.personality).map { $0.title + " " + $0.text }
            + knowledge.market.map(\.text) + knowledge.pathways.map { $0.name + " " + $0.summary }
        var lexicon = lexicon
        lexicon.learn(textStems: entityTerms, and: lexicon.analyzer.termSet(guideTexts), vocabulary: knowledge.vocabulary)
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
}
