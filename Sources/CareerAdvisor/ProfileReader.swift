import CareerKnowledge
import CareerSearch

/// What a person says about themselves beyond skills, read with the words of
/// `language/profile.yaml`: backgrounds ("I'm a teacher"), interests ("I like maths"),
/// constraints ("not technical", "no PhD"); and whether the question asks how long
/// something takes or what it costs (`asks:` in `slots.yaml`).
///
/// It reads the question the `QuestionReader` has already analysed (typos corrected,
/// synonyms applied), so it adds no analysis of its own. Backgrounds and constraints
/// are looked for in the whole question; interests only in the words after an interest
/// phrase ("I like ..."), so that "data" in "data scientist" is not taken for a liking.
/// Immutable after build; thread-safe.
struct ProfileReader: Sendable {
    struct Profile: Sendable, Hashable {
        var backgrounds: [String] = []
        var topics: [String] = []
        var constraints: [String] = []
        var asks: Set<AskKind> = []
        /// Words after a self phrase ("I'm creative"), kept with the session's interests.
        var selfWords: [String] = []
        var isEmpty: Bool { backgrounds.isEmpty && topics.isEmpty && constraints.isEmpty }
    }

    private let backgrounds: PhraseTable<String>
    private let topics: PhraseTable<String>
    private let constraints: PhraseTable<String>
    private let asks: PhraseTable<AskKind>
    private let selfPhrases: PhraseTable<Bool>
    private let analyzer: Analyzer
    private let synonyms: [String: [Token]]
    /// Which of the tables above a stem starts a phrase of: a question word is looked
    /// up once there rather than once per table.
    private let starts: PhraseStarts
    /// `starts` of each word the analyzer knows in advance (by `Token.word`).
    private let wordStarts: [PhraseStarts.Tables]

    init(vocabulary: Vocabulary, lexicon: Lexicon) {
        analyzer = lexicon.analyzer
        synonyms = lexicon.synonyms
        func table(_ terms: [ProfileTerm]) -> PhraseTable<String> {
            var t = PhraseTable<String>()
            for term in terms { for w in term.words { t.add(Self.stems(w, lexicon), term.id) } }
            return t
        }
        backgrounds = table(vocabulary.profile.backgrounds)
        topics = table(vocabulary.profile.topics)
        constraints = table(vocabulary.profile.constraints)
        var a = PhraseTable<AskKind>()
        for (kind, words) in vocabulary.slots.asks { for w in words { a.add(Self.stems(w, lexicon), kind) } }
        asks = a
        var me = PhraseTable<Bool>()
        for p in vocabulary.profile.selfPhrases { me.add(Self.stems(p, lexicon), true) }
        selfPhrases = me
        var starts = PhraseStarts()
        starts.add(backgrounds.startStems, .backgrounds)
        starts.add(topics.startStems, .topics)
        starts.add(constraints.startStems, .constraints)
        starts.add(asks.startStems, .asks)
        starts.add(selfPhrases.startStems, .selfPhrases)
        self.starts = starts
        wordStarts = lexicon.analyzer.words?.stems.map(starts.mask) ?? []
    }

    private static func stems(_ text: String, _ lexicon: Lexicon) -> [String] {
        Lexicon.canonical(lexicon.analyzer.tokens(text), lexicon.synonyms).map(\.stem)
    }

    func read(_ q: Question) -> Profile {
        // On the stack for any question but a very long one.
        withUnsafeTemporaryAllocation(of: PhraseStarts.Tables.self, capacity: q.stems.count) { masks in
            for (i, t) in q.tokens.enumerated() {
                masks.initializeElement(at: i, to: t.word >= 0 && Int(t.word) < wordStarts.count
                                       ? wordStarts[Int(t.word)] : starts.mask(t.stem))
            }
            return read(q, masks: UnsafeBufferPointer(masks))
        }
    }

    private func read(_ q: Question, masks: UnsafeBufferPointer<PhraseStarts.Tables>) -> Profile {
        var p = Profile()
        p.backgrounds = Self.all(backgrounds, in: q.stems, where: masks, .backgrounds)
        p.constraints = Self.all(constraints, in: q.stems, where: masks, .constraints)
        p.asks = Set(Self.all(asks, in: q.stems, where: masks, .asks))
        if let at = q.stems.indices.first(where: {
            masks[$0].contains(.selfPhrases) && selfPhrases.longestMatch(in: q.stems, at: $0) != nil
        }) {
            // "I'm a data analyst" says what someone is, not what they like: words of a
            // background or of an entity name are not searched for interests.
            let taken = Self.positions(backgrounds, in: q.stems, where: masks, .backgrounds)
            p.selfWords = q.tokens.indices.filter { $0 >= at && !taken.contains($0) && !q.inEntity[$0] }
                .map { q.tokens[$0] }.filter { !$0.isStopword }.map(\.text)
        }
        let words = q.interests + p.selfWords
        if !words.isEmpty { p.topics = topics(in: words) }
        return p
    }

    /// Interest topics in words remembered from earlier turns.
    func topics(in words: [String]) -> [String] {
        let stems = interestStems(words)
        return withUnsafeTemporaryAllocation(of: PhraseStarts.Tables.self, capacity: stems.count) { masks in
            for (i, stem) in stems.enumerated() { masks.initializeElement(at: i, to: starts.mask(stem)) }
            return Self.all(topics, in: stems, where: UnsafeBufferPointer(masks), .topics)
        }
    }

    private func interestStems(_ words: [String]) -> [String] {
        Lexicon.canonical(analyzer.tokens(words.joined(separator: " ")), synonyms).map(\.stem)
    }

    /// The positions the longest phrases of `table` cover; a phrase can start only where
    /// `masks` has the table's bit.
    private static func positions<V>(_ table: PhraseTable<V>, in stems: [String], where masks: UnsafeBufferPointer<PhraseStarts.Tables>,
                                     _ bit: PhraseStarts.Tables) -> Set<Int> {
        var out = Set<Int>()
        var i = 0
        while i < stems.count {
            if masks[i].contains(bit), let (n, _) = table.longestMatch(in: stems, at: i) {
                out.formUnion(i..<i + n)
                i += n
            } else {
                i += 1
            }
        }
        return out
    }

    /// Every value of every longest phrase, in the order found, each once; a phrase can
    /// start only where `masks` has the table's bit.
    private static func all<V: Hashable>(_ table: PhraseTable<V>, in stems: [String], where masks: UnsafeBufferPointer<PhraseStarts.Tables>,
                                         _ bit: PhraseStarts.Tables) -> [V] {
        var out: [V] = []
        var i = 0
        while i < stems.count {
            if masks[i].contains(bit), let (n, values) = table.longestMatch(in: stems, at: i) {
                for v in values where !out.contains(v) { out.append(v) }
                i += n
            } else {
                i += 1
            }
        }
        return out
    }
}
