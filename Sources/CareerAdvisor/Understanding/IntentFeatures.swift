import CareerKnowledge

/// Turns a read `Question` into the sparse features the intent model scores.
///
/// The features are what a reader of the question would weigh, all derived from the
/// same `QuestionReader` output for training examples and for live questions:
/// - word and stem unigrams and bigrams, with every entity name replaced by its type
///   (`[role]`), every slot word by its slot (`[level]`) and every word neither the
///   knowledge nor (more than once) the examples know by `[unk]`, so "how much does a [role] make" is learnt once for all
///   roles, and off-topic text looks like the off-topic examples whatever its words;
/// - which entity types are named, and whether two roles are;
/// - the question's shape: length, leading word, first person;
/// - the hand-written keyword lists of `intents.yaml` as one prior feature per intent
///   (their evidence, capped), so the lists inform the model instead of deciding;
/// - how much of the question the advisor knows at all (out-of-domain evidence);
/// - in a message of several sentences, the words of the last one again (`q:`), since
///   people put the question after their background.
///
/// Word features are binary here; the model weighs them by inverse document frequency
/// over the examples and normalises them per utterance (TF-IDF, as Snips NLU does).
/// A follow-up that names nothing can be read with a `lent` entity type: its reference
/// words ("they", "that role") become that type's placeholder, so "how much do they
/// make" reads as "how much do [role] make".
///
/// Pure and thread-safe; the names are stable strings so `explain` can show them.
struct IntentFeatures: Sendable {
    let classifier: IntentClassifier

    /// Entity types in the order of their names, the order features list them in.
    static let typesByName = EntityType.allCases.sorted { $0.rawValue < $1.rawValue }

    /// The names of `types` in name order, joined by "|" ("role|skill"): how a
    /// placeholder and the context features name a set of types. Made once for every set:
    /// a question that names something asks for one.
    static func names(of types: EntityTypes) -> String { joinedNames[types.index] }

    /// The unit that stands for a name of `types`: `[role]`, or `[role|skill]` for a name
    /// of several types.
    static func placeholder(_ types: EntityTypes) -> String { placeholders[types.index] }

    /// `names(of:)` and `placeholder` of every set of types, by `EntityTypes.index`.
    private static let joinedNames = EntityTypes.every.map { set in
        typesByName.filter(set.contains).map(\.rawValue).joined(separator: "|")
    }
    private static let placeholders = joinedNames.map { "[" + $0 + "]" }

    /// The features "e:type" and "e:type+" (two or more named), in `typesByName` order.
    private static let namedType = typesByName.map { "e:" + $0.rawValue }
    private static let namedTypeTwice = typesByName.map { "e:" + $0.rawValue + "+" }
    private static let shapes = ["s:level", "s:region", "profile", "len:1-2", "len:3-5", "len:6-12", "len:13+",
                                 "person:first", "domain:none", "domain:none+unknown", "coverage:low", "coverage:mid",
                                 "unknown"]

    /// The features whose names do not depend on the question's words (the types named,
    /// the slots, the question's shape), each handed to a sink by its position here: a
    /// live question's sink then finds its column by that position
    /// (`IntentClassifier.fixedColumns`) instead of hashing its name.
    static let fixedNames = namedType + namedTypeTwice + shapes
    private static func fixed(_ name: String) -> Int { 2 * namedType.count + shapes.firstIndex(of: name)! }
    private static let sLevel = fixed("s:level"), sRegion = fixed("s:region"), profile = fixed("profile")
    private static let lengths = ["len:1-2", "len:3-5", "len:6-12", "len:13+"].map(fixed)
    private static let personFirst = fixed("person:first"), domainNone = fixed("domain:none")
    private static let domainNoneUnknown = fixed("domain:none+unknown")
    private static let coverageLow = fixed("coverage:low"), coverageMid = fixed("coverage:mid"), unknown = fixed("unknown")

    /// The question's features, each once (its first value), in the order they are found.
    /// `evidence` is the question's keyword evidence when the caller has it already
    /// (`IntentClassifier.keywordEvidence`); nil computes it.
    func extract(_ q: Question, lent: EntityType? = nil, evidence known: [Double]? = nil) -> [(String, Float)] {
        var sink = NameSink(capacity: 4 * q.stems.count + 48)
        each(q, lent: lent, evidence: known, into: &sink)
        return sink.out
    }

    /// The columns of `model` that the question's features fill, weighted as the model
    /// weighs them: `model.vector(extract(...))`, without making the features' names.
    /// The units are looked up once each in the model's `FeatureTable`, and a feature
    /// made of them is found by their ids.
    func columns(of model: IntentModel, _ q: Question, lent: EntityType? = nil, evidence known: [Double]? = nil) -> [(Int, Float)] {
        var sink = ColumnSink(table: model.table, capacity: 4 * q.stems.count + 48,
                              knownStems: classifier.lexicon.analyzer.words?.stems ?? [], wordUnits: classifier.wordUnits,
                              keywordColumns: classifier.keywordColumns, fixedColumns: classifier.fixedColumns)
        each(q, lent: lent, evidence: known, into: &sink)
        return IntentModel.weighted(sink.out, model.idf)
    }

    /// Hands `sink` every feature of the question in order, repeats included.
    private func each<Sink: FeatureSink>(_ q: Question, lent: EntityType?, evidence known: [Double]?, into sink: inout Sink) {
        // Units in order, each with the token where it starts.
        var units: [String] = []
        var unitStart: [Int] = []
        var unitWord: [Int32] = []
        units.reserveCapacity(q.stems.count)
        unitStart.reserveCapacity(q.stems.count)
        unitWord.reserveCapacity(q.stems.count)
        func emit(_ unit: String, _ at: Int, word: Int32 = -1) { units.append(unit); unitStart.append(at); unitWord.append(word) }
        // A question names few things: the one starting at a token is found by a scan
        // (the last, where two start together).
        let lends = lent != nil && q.mentions.isEmpty
        var i = 0
        while i < q.stems.count {
            if let lent, lends, let end = q.references.last(where: { $0.lowerBound == i })?.upperBound {
                emit("[" + lent.rawValue + "]", i)
                i = end
            } else if let m = q.mentions.last(where: { $0.span.lowerBound == i }) {
                emit(Self.placeholder(m.types), i)
                i = m.span.upperBound
            } else {
                if !q.inEntity[i] {
                    if q.slotPositions.contains(i) {
                        emit(q.level != nil && q.region == nil ? "[level]" : q.region != nil && q.level == nil ? "[region]" : "[slot]", i)
                    } else if q.tokens[i].isStopword
                                || (classifier.lexicon.facts(q.tokens[i])?.known ?? classifier.lexicon.knownStems.contains(q.stems[i]))
                                || classifier.repeatedExampleStems.contains(q.stems[i]) {
                        emit(q.stems[i], i, word: q.tokens[i].word)
                    } else {
                        emit("[unk]", i)
                    }
                }
                i += 1
            }
        }
        func add(_ fixed: Int, _ value: Float = 1) { sink.fixed(fixed, value) }
        sink.begin(units: units, words: unitWord)
        for k in units.indices {
            sink.unit(.word, k)
            sink.bigram(k - 1, k)
        }
        if !units.isEmpty { sink.bigram(units.count - 1, units.count) }
        if q.lastSentenceStart > 0 {
            for k in units.indices where unitStart[k] >= q.lastSentenceStart { sink.unit(.sentence, k) }
        }

        var types = IntentClassifier.TypeCounts(of: q.mentions)
        if let lent, q.mentions.isEmpty { types[lent] += 1 }
        for (k, t) in Self.typesByName.enumerated() where types[t] > 0 {
            add(k)
            if types[t] > 1 { add(Self.namedType.count + k) }
        }
        // A topic word means one thing about a named role and another about the field
        // ("demand for [role]" is the role's outlook, "demand for AI skills" the market's):
        // content words conjoined with the entity types named.
        if !types.isEmpty {
            let named = Self.names(of: types.present)
            for (k, u) in units.enumerated() where u.utf8.first != UInt8(ascii: "[") && !q.tokens[unitStart[k]].isStopword {
                sink.context(named, k)
            }
        }
        if q.level != nil { add(Self.sLevel) }
        if q.region != nil { add(Self.sRegion) }
        if q.statesProfile { add(Self.profile) }

        let words = q.tokens.count
        add(Self.lengths[words <= 2 ? 0 : words <= 5 ? 1 : words <= 12 ? 2 : 3])
        if !units.isEmpty { sink.unit(.first, 0) }
        if q.tokens.contains(where: { classifier.lexicon.facts($0)?.firstPerson ?? classifier.lexicon.firstPerson.contains($0.text) }) {
            add(Self.personFirst)
        }
        if !q.inDomain && q.mentions.isEmpty && lent == nil {
            add(Self.domainNone)
            // Nothing of the domain, and words the advisor does not know: the usual shape
            // of a question about something else ("how do I become a [unk]").
            if q.coverage < 1 { add(Self.domainNoneUnknown) }
        }
        if q.coverage < 0.5 { add(Self.coverageLow) } else if q.coverage < 0.8 { add(Self.coverageMid) }
        // The share of content words the advisor does not know: all of them in keyboard mash.
        if q.coverage < 1 { add(Self.unknown, Float(1 - q.coverage)) }

        let evidence = known ?? classifier.keywordEvidence(q).all
        for (k, (intent, name)) in classifier.keywordFeatures.enumerated() where evidence[intent] > 0 {
            sink.keyword(k, name, Float(min(evidence[intent], 8)) / 8)
        }
    }
}
