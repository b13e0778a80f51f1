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

    func candidate(of type: EntityType) -> EntityRef? { candidateIndex(of: type).map { candidates[$0] } }

    /// Where in `candidates` the first of `type` is.
    func candidateIndex(of type: EntityType) -> Int? { candidates.firstIndex { $0.type == type } }
}

/// What the reader makes of one question: its tokens (typos corrected), the entities
/// and slots it names, what the user says about themselves, and how much of it the
/// advisor understands at all.
///
/// Immutable, and a class: an `ask` hands the question to the classifier, the features,
/// the resolver, the profile reader and the request, and each copy of a struct of
/// twenty-odd fields retained and released every one of them.
final class Question: Sendable {
    let text: String
    /// The analyzer's tokens of `text`, before typos are corrected and synonyms made
    /// canonical (the same array as `tokens` until then: keeping it costs a reference).
    let analyzed: [Token]
    /// The search terms of `text`, as the indexes analyze a query (`Analyzer.terms`): the
    /// stems of its words but stopwords, as typed. The answers that search the knowledge
    /// with the question's text search these, rather than analyzing it again.
    var terms: [String] { analyzed.compactMap { $0.isStopword ? nil : $0.stem } }
    let tokens: [Token]
    let stems: [String]
    let mentions: [Mention]
    /// Token positions covered by an entity mention; their words are not intent evidence.
    let inEntity: [Bool]
    /// Token positions that fill a slot ("remote", "junior").
    let slotPositions: SlotSpans
    let level: Level?
    let region: Region?
    let cost: ResourceCost?
    /// Skill ids named after a "known" marker ("I know Python").
    let statedSkills: [String]
    /// True when the question says something about the user ("I know", "I enjoy").
    let statesProfile: Bool
    /// Words after an interest marker ("I enjoy talking to customers").
    let interests: [String]
    /// Smalltalk kind (greeting, thanks, goodbye) of the first smalltalk phrase.
    let smalltalkKind: String?
    /// Share of content words the advisor knows (0...1); 1 when there are none.
    let coverage: Double
    /// Whether a word marks the question as about AI/ML careers.
    let inDomain: Bool
    let corrections: [(from: String, to: String)]
    /// Token spans, outside entity names, that point back at the conversation ("they").
    let references: [Range<Int>]
    /// Whether one of `references` points at the last two ("which of the two").
    let refersToPair: Bool
    /// Whether a reference that counts beside a name ("for it") is used outside names.
    let pointsBack: Bool
    /// First token of the last sentence when a message has several ("I'm a nurse. What
    /// fits me?"): the question is usually at the end. 0 for one sentence.
    let lastSentenceStart: Int
    /// Per token: the lexicon's phrase tables with a phrase starting there.
    let starts: [PhraseStarts.Tables]

    init(text: String, analyzed: [Token], tokens: [Token], stems: [String], mentions: [Mention], inEntity: [Bool],
         slotPositions: SlotSpans, level: Level?, region: Region?, cost: ResourceCost?, statedSkills: [String],
         statesProfile: Bool, interests: [String], smalltalkKind: String?, coverage: Double, inDomain: Bool,
         corrections: [(from: String, to: String)], references: [Range<Int>], refersToPair: Bool, pointsBack: Bool,
         lastSentenceStart: Int, starts: [PhraseStarts.Tables]) {
        (self.text, self.analyzed, self.tokens, self.stems, self.mentions, self.inEntity) =
            (text, analyzed, tokens, stems, mentions, inEntity)
        (self.slotPositions, self.level, self.region, self.cost, self.statedSkills, self.statesProfile) =
            (slotPositions, level, region, cost, statedSkills, statesProfile)
        (self.interests, self.smalltalkKind, self.coverage, self.inDomain, self.corrections) =
            (interests, smalltalkKind, coverage, inDomain, corrections)
        (self.references, self.refersToPair, self.pointsBack, self.lastSentenceStart, self.starts) =
            (references, refersToPair, pointsBack, lastSentenceStart, starts)
    }

    func mentions(of type: EntityType) -> [Mention] { mentions.filter { $0.types.contains(type) } }
}
