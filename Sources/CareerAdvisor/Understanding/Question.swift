import CareerKnowledge
import CareerSearch

/// A place in the question where an entity is named. `candidates` has more than one
/// entry when the words name entities of several types ("mlops": a role and a skill);
/// the chosen intent decides which one is meant.
struct Mention: Sendable, Hashable {
    let span: Range<Int>
    let candidates: [EntityRef]
    /// The candidates' types, kept: the classifier and the features ask for them often.
    let types: EntityTypes

    init(span: Range<Int>, candidates: [EntityRef]) {
        self.span = span
        self.candidates = candidates
        var types = EntityTypes()
        for c in candidates { types.insert(c.type) }
        self.types = types
    }

    func candidate(of type: EntityType) -> EntityRef? { candidates.first { $0.type == type } }
}

/// What the reader makes of one question: its tokens (typos corrected), the entities
/// and slots it names, what the user says about themselves, and how much of it the
/// advisor understands at all.
struct Question: Sendable {
    var text: String
    /// The analyzer's tokens of `text`, before typos are corrected and synonyms made
    /// canonical (the same array as `tokens` until then: keeping it costs a reference).
    var analyzed: [Token] = []
    /// The search terms of `text`, as the indexes analyze a query (`Analyzer.terms`): the
    /// stems of its words but stopwords, as typed. The answers that search the knowledge
    /// with the question's text search these, rather than analyzing it again.
    var terms: [String] { analyzed.compactMap { $0.isStopword ? nil : $0.stem } }
    var tokens: [Token]
    var stems: [String]
    var mentions: [Mention]
    /// Token positions covered by an entity mention; their words are not intent evidence.
    var inEntity: [Bool]
    /// Token positions that fill a slot ("remote", "junior").
    var slotPositions: Set<Int>
    var level: Level?
    var region: Region?
    var cost: ResourceCost?
    /// Skill ids named after a "known" marker ("I know Python").
    var statedSkills: [String]
    /// True when the question says something about the user ("I know", "I enjoy").
    var statesProfile: Bool
    /// Words after an interest marker ("I enjoy talking to customers").
    var interests: [String]
    /// Smalltalk kind (greeting, thanks, goodbye) of the first smalltalk phrase.
    var smalltalkKind: String?
    /// Share of content words the advisor knows (0...1); 1 when there are none.
    var coverage: Double
    /// Whether a word marks the question as about AI/ML careers.
    var inDomain: Bool
    var corrections: [(from: String, to: String)]
    /// Token spans, outside entity names, that point back at the conversation ("they").
    var references: [Range<Int>] = []
    /// Whether one of `references` points at the last two ("which of the two").
    var refersToPair = false
    /// Whether a reference that counts beside a name ("for it") is used outside names.
    var pointsBack = false
    /// First token of the last sentence when a message has several ("I'm a nurse. What
    /// fits me?"): the question is usually at the end. 0 for one sentence.
    var lastSentenceStart = 0
    /// Per token: the lexicon's phrase tables with a phrase starting there.
    var starts: [PhraseStarts.Tables] = []

    func mentions(of type: EntityType) -> [Mention] { mentions.filter { $0.types.contains(type) } }
}
