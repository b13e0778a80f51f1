import CareerKnowledge
import CareerSearch
#if canImport(Glibc)
import Glibc
#endif

/// The career advisor over one knowledge base: reads a question, picks the intent and
/// entities (with the session's help for follow-ups), and composes the answer.
///
/// Built once per knowledge load (start and reload); immutable afterwards, so one
/// instance serves every connection on every event loop at once. `ask` does no I/O,
/// takes no lock and allocates only per question; the caller owns the session state.
public final class Advisor: Sendable {
    public let catalog: Catalog
    let lexicon: Lexicon
    let reader: QuestionReader
    let classifier: IntentClassifier
    let resolver: EntityResolver
    let composer: Composer
    let entityIndex: EntityIndex
    let profiles: ProfileReader
    /// Each intent's suggestion templates, split at "{name}" once per load.
    let templates: StringTable<[SuggestionTemplate]>
    /// How long training the intent model (or reading it from the cache) took at this
    /// load (0 without a model).
    public let modelTrainingMilliseconds: Double
    /// Whether the intent model was trained at this load or read from the cache.
    public let modelOrigin: ModelOrigin
    /// Example utterances the intent model was trained on (0 without a model).
    public var modelExamples: Int { classifier.model?.examples.count ?? 0 }

    /// `modelCache`: where a trained intent model is looked for first and stored after
    /// training (nil: always train, store nothing). It does blocking file I/O.
    public convenience init(knowledge: KnowledgeBase, modelCache: IntentModelCache? = nil) {
        self.init(knowledge: knowledge, sideBySideFrom: Self.sideBySideEntities, modelCache: modelCache)
    }

    /// `sideBySideFrom`: the entity count from which indexes and understanding are built
    /// on two threads (tests build the shipped knowledge both ways).
    init(knowledge: KnowledgeBase, sideBySideFrom: Int, modelCache: IntentModelCache? = nil) {
        let catalog = Catalog(knowledge)
        let analyzer = Analyzer(stopwords: knowledge.vocabulary.stopwords)
        // The search indexes and the lexicon are independent and, at 100k entities, each
        // about a quarter of the start's CPU: a large knowledge base builds them side by
        // side. A small one builds them in turn: its index takes milliseconds, and a second
        // thread cost the shipped knowledge's start more than it saved
        // (docs/PERFORMANCE.md, "Fourth round"). The lexicon then learns the entity
        // index's terms, the words of the knowledge's text, and the model is trained.
        // A large knowledge base's entity index is analysed in two parts per core (the
        // parts and the lexicon share the cores; alone, the index was the longest of the
        // two), so that a part that ends late is a small one.
        let large = catalog.entityCount >= sideBySideFrom
        let parts = large ? 2 * max(2, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) : 1
        let buildIndexes = { @Sendable in
            (EntityIndex(catalog: catalog, analyzer: analyzer, parts: parts), GuideIndex(knowledge: knowledge, analyzer: analyzer))
        }
        // The composer's ranking of resources per skill needs no index: it is made here.
        let buildLexicon = {
            (Lexicon(knowledge: knowledge, refs: catalog.refs, analyzer: analyzer), Composer.resourcesBySkill(catalog))
        }
        let ((words, ranked), (index, guides)) = large
            ? concurrently(buildLexicon, buildIndexes)
            : (buildLexicon(), buildIndexes())
        let (lexicon, classifier, trainingMilliseconds, modelOrigin) = Self.understanding(
            knowledge, lexicon: words, entityTerms: index.index.terms, cache: modelCache)
        let definitions = Dictionary(knowledge.vocabulary.intents.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.catalog = catalog
        self.lexicon = lexicon
        self.reader = QuestionReader(lexicon: lexicon)
        self.profiles = ProfileReader(vocabulary: knowledge.vocabulary, lexicon: lexicon)
        self.modelTrainingMilliseconds = trainingMilliseconds
        self.modelOrigin = modelOrigin
        self.classifier = classifier
        self.resolver = EntityResolver(intents: definitions)
        self.entityIndex = index
        self.templates = StringTable(definitions.mapValues { $0.suggestions.map(SuggestionTemplate.init) })
        var composer = Composer(catalog: catalog, index: index, guides: guides,
                                responses: knowledge.vocabulary.responses, ranked: ranked)
        composer.templated = StringTable(definitions.compactMapValues(TemplateAnswer.init))
        self.composer = composer
    }

    /// From this many entities on, the indexes are built beside the understanding.
    static let sideBySideEntities = 10_000

    /// Answers one question within a session, updating the session's state. With
    /// `explain`, the answer also says how the question was read.
    public func ask(_ text: String, session: inout SessionState, explain: Bool = false) -> Answer {
        let q = reader.read(text)
        var context = IntentClassifier.Context(lastIntent: session.lastIntent)
        for e in session.lastEntities {
            context.sessionTypes[e.type] += 1
            if !context.lastTypes.contains(e.type) { context.lastTypes.append(e.type) }
        }
        let result = classifier.classify(q, context: context)
        let top = result.ranked[0]
        let intent = top.intent

        var entities = resolver.resolve(q.mentions, intent: intent)
        let lent = intent == IntentClassifier.fallback ? [] : resolver.inherited(for: intent, have: entities, question: q, session: session)
        entities += lent
        let carrySlots = result.inherited || !lent.isEmpty
        let level = q.level ?? (carrySlots ? session.level : nil)
        let region = q.region ?? (carrySlots ? session.region : nil)

        // What the user says about themselves stays for the session.
        session.remember(skills: q.statedSkills)
        if intent == "role.recommend" || intent == "role.gap" {
            session.remember(skills: entities.filter { $0.type == .skill }.map(\.id))
        }
        if intent == "role.recommend" || q.statesProfile { session.remember(interests: q.interests) }
        // Backgrounds and constraints ("I'm a nurse", "no PhD") stay for the session too.
        let profile = profiles.read(q)
        if intent == "role.recommend" || intent == "role.gap" || q.statesProfile {
            session.remember(backgrounds: profile.backgrounds, constraints: profile.constraints)
            session.remember(interests: profile.selfWords)
        }
        if ["role.gap", "role.education", "roadmap"].contains(intent), let role = entities.first(where: { $0.type == .role }) {
            session.targetRole = role.id
        }

        var request = Request(intent: intent, question: q, level: level, region: region,
                              knownSkills: session.knownSkills, interests: session.interests)
        request.backgrounds = session.backgrounds
        request.constraints = session.constraints
        // Interest topics weigh only in a recommendation (finding them is a phrase search
        // over every word the session remembers).
        if intent == "role.recommend" { request.topics = profiles.topics(in: session.interests) }
        request.asks = profile.asks
        for e in entities {
            switch e.type {
            case .role: if let v = catalog.role(e.id) { request.roles.append(v) }
            case .skill: if let v = catalog.skill(e.id) { request.skills.append(v) }
            case .resource: if let v = catalog.resource(e.id) { request.resources.append(v) }
            case .certification: if let v = catalog.certification(e.id) { request.certifications.append(v) }
            case .trend: if let v = catalog.trend(e.id) { request.trends.append(v) }
            }
        }
        if intent == "role.gap", request.roles.isEmpty, let target = session.targetRole, let role = catalog.role(target) {
            request.roles = [role]
            entities.append(EntityRef(type: .role, id: role.id, name: role.name))
        }

        var builder = AnswerBuilder(catalog: catalog)
        composer.compose(request, into: &builder)
        let suggestions = suggestions(for: intent, entities: entities, ranked: result.ranked, extra: builder.suggestions)
        let figures = builder.figures
        let (answerText, sources) = builder.finish()

        if intent != IntentClassifier.fallback && intent != "smalltalk" && intent != "help" {
            session.lastIntent = intent
            if !entities.isEmpty { session.lastEntities = entities; session.remember(named: entities) }
            session.level = level
            session.region = region
        }
        session.turns += 1
        return Answer(intent: intent, confidence: top.confidence, alternatives: Array(result.ranked.dropFirst().prefix(Answer.alternativesShown)),
                      entities: entities, level: level, region: region, text: answerText,
                      sources: sources, suggestions: suggestions,
                      explanation: explain
                          ? Explanation(corrections: q.corrections, mentions: q.mentions.map(\.candidates),
                                        scores: result.scores.map { ($0.0, $0.1) }, inherited: result.inherited,
                                        coverage: q.coverage,
                                        features: classifier.contributions(q, intents: result.ranked.prefix(3).map(\.intent)),
                                        nearest: classifier.nearestExamples(q))
                          : nil,
                      salaries: figures)
    }

    /// k-fold cross-validation of the intent model on the examples it was trained on:
    /// accuracy overall and per intent. Nil without a model. Trains `folds` models, so
    /// it takes folds times the load's training time: call it off the event loop.
    public func crossValidate(folds: Int) -> (examples: Int, accuracy: Double, perIntent: [String: (right: Int, total: Int)])? {
        guard let model = classifier.model else { return nil }
        let (accuracy, per) = model.crossValidate(folds: folds)
        return (model.examples.count, accuracy, per)
    }

    /// Raw retrieval over the knowledge base, best first.
    public func search(_ query: String, type: EntityType? = nil, limit: Int = 10) -> [EntityHit] {
        entityIndex.search(query, type: type, limit: limit)
    }

    private func suggestions(for intent: String, entities: [EntityRef], ranked: [IntentScore], extra: [String]) -> [String] {
        let name = entities.first.map(\.name)
        // The first three distinct of: the runner-up's first suggestion when it was close,
        // the composer's, then the intent's templates (filled only while fewer than three).
        var out: [String] = []
        out.reserveCapacity(3)
        func offer(_ text: String) -> Bool {
            if !out.contains(text) { out.append(text) }
            return out.count == 3
        }
        if ranked.count > 1, ranked[1].intent != IntentClassifier.fallback, ranked[1].confidence >= 0.8 * ranked[0].confidence,
           let alt = (templates[ranked[1].intent] ?? []).lazy.compactMap({ $0.fill(name) }).first {
            if offer(alt) { return out }
        }
        for text in extra where offer(text) { return out }
        for template in templates[intent] ?? [] {
            if let text = template.fill(name), offer(text) { return out }
        }
        return out
    }
}
