/// Which phrase tables have a phrase starting with each stem, so a reader looks a
/// question word up once instead of once per table: most words start nothing, and a
/// `String` hash per table per word was a fifth of reading a question. The lexicon keeps
/// one for its tables (`QuestionReader`), the `ProfileReader` one for its own.
/// Immutable after build; thread-safe.
struct PhraseStarts: Sendable {
    struct Tables: OptionSet, Sendable {
        let rawValue: UInt16
        static let entities = Tables(rawValue: 1 << 0)
        static let levels = Tables(rawValue: 1 << 1)
        static let regions = Tables(rawValue: 1 << 2)
        static let costs = Tables(rawValue: 1 << 3)
        static let knownMarkers = Tables(rawValue: 1 << 4)
        static let interestMarkers = Tables(rawValue: 1 << 5)
        static let smalltalk = Tables(rawValue: 1 << 6)
        static let references = Tables(rawValue: 1 << 7)
        static let pointers = Tables(rawValue: 1 << 8)
        /// The intents' keyword phrases.
        static let phrases = Tables(rawValue: 1 << 9)
        /// The intents' single keywords (`Lexicon.keywordIndex`).
        static let keywords = Tables(rawValue: 1 << 10)
        // The profile reader's tables (`language/profile.yaml`, `asks:` of `slots.yaml`).
        static let backgrounds = Tables(rawValue: 1 << 11)
        static let topics = Tables(rawValue: 1 << 12)
        static let constraints = Tables(rawValue: 1 << 13)
        static let asks = Tables(rawValue: 1 << 14)
        static let selfPhrases = Tables(rawValue: 1 << 15)
    }

    private var tables: [String: Tables] = [:]

    init() {}

    /// The starts of every table of `lexicon`.
    init(_ lexicon: Lexicon) {
        add(lexicon.entities.startStems, .entities)
        add(lexicon.levels.startStems, .levels)
        add(lexicon.regions.startStems, .regions)
        add(lexicon.costs.startStems, .costs)
        add(lexicon.knownMarkers.startStems, .knownMarkers)
        add(lexicon.interestMarkers.startStems, .interestMarkers)
        add(lexicon.smalltalk.startStems, .smalltalk)
        add(lexicon.references.startStems, .references)
        add(lexicon.pointers.startStems, .pointers)
        add(lexicon.phrases.startStems, .phrases)
        add(lexicon.keywordIndex.keys, .keywords)
    }

    /// Notes that `table` has a phrase (or keyword) starting with each of `stems`.
    mutating func add(_ stems: some Sequence<String>, _ table: Tables) {
        for stem in stems { tables[stem, default: []].insert(table) }
    }

    /// The tables with a phrase starting with `stem`.
    func mask(_ stem: String) -> Tables {
        tables[stem] ?? []
    }
}
