import CareerKnowledge
import CareerSearch

/// Building the advisor's understanding at load: the lexicon (every word the knowledge
/// and its language files know) and the intent classifier with its trained model.
extension Advisor {
    /// The lexicon, the classifier (its model trained on the knowledge's examples) and
    /// how long training took in milliseconds. Pure; runs on the calling thread, apart
    /// from the training's reading of the examples on every core.
    static func understanding(_ knowledge: KnowledgeBase, catalog: Catalog,
                              analyzer: Analyzer) -> (Lexicon, IntentClassifier, Double) {
        let guideTexts = (knowledge.experience + knowledge.personality).map { $0.title + " " + $0.text }
            + knowledge.market.map(\.text) + knowledge.pathways.map { $0.name + " " + $0.summary }
        let indexTerms = analyzer.termSet(catalog.allEntities.lazy.map(profileText)).union(analyzer.termSet(guideTexts))
        let lexicon = Lexicon(knowledge: knowledge, analyzer: analyzer, indexTerms: indexTerms)
        var classifier = IntentClassifier(intents: knowledge.vocabulary.intents, lexicon: lexicon)
        let clock = ContinuousClock()
        let start = clock.now
        classifier.train(knowledge.vocabulary, reader: QuestionReader(lexicon: lexicon))
        let took = clock.now - start
        return (lexicon, classifier, Double(took.components.seconds) * 1000 + Double(took.components.attoseconds) / 1e15)
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
