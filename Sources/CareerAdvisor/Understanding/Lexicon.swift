import CareerKnowledge
import CareerSearch

/// One way of writing an entity, as the recogniser stores it: 12 bytes, indices into the
/// lexicon's tables rather than the strings themselves, since every name and alias of
/// every entity has one or two (at 100k entities, 24 MB less than a struct of strings).
struct Surface: Sendable, Hashable {
    /// The entity: an index in `Lexicon.refs`.
    var ref: Int32
    /// For one-word surfaces: the shortest question word that may match it. A much
    /// shorter word reaches the stem by derivation ("explain" vs "explainability").
    var minimumLength: Int32 = 0
    /// For single words that are also ordinary words ("Go", "R", "US"), an index in
    /// `Lexicon.exactCases`: the question must spell them with those letters and case.
    /// -1 for the rest.
    var exactCase: Int32 = -1
}

/// The matcher's whole vocabulary, analysed once per knowledge load: entity names and
/// aliases, slot words, intent keywords and phrases, profile phrases, and the word list
/// typos are corrected against. Built from `Knowledge/` only; no words live in Swift.
/// Immutable; shared by all threads.
struct Lexicon: Sendable {
    /// Knows every word of the lexicon in advance once the lexicon is complete
    /// (`learnWords`, Lexicon+Words.swift).
    var analyzer: Analyzer
    var entities = PhraseTable<Surface>()
    /// The entities `Surface.ref` points at, one per entity (`Catalog.refs`).
    let refs: [EntityRef]
    /// The spellings `Surface.exactCase` points at.
    var exactCases: [String] = []
    var levels = PhraseTable<Level>()
    var regions = PhraseTable<Region>()
    var costs = PhraseTable<ResourceCost>()
    var knownMarkers = PhraseTable<Bool>()
    var interestMarkers = PhraseTable<Bool>()
    /// Words that point back at the conversation's last entity ("they", "that role");
    /// the value is true for a reference to the last two ("the two", "which of them").
    var references = PhraseTable<Bool>()
    /// References that count beside a name ("for it"): `DialogueVocabulary.pointers`.
    var pointers = PhraseTable<Bool>()
    /// Folded words by which people speak of themselves ("i", "my").
    var firstPerson: Set<String> = []
    var smalltalk = PhraseTable<String>()
    /// stem -> length of the shortest keyword written with it. A question word much
    /// shorter than that reached the stem through derivation ("person" from
    /// "personality") and counts for less.
    var keywordLength: [String: Int] = [:]
    /// intent phrases: stems -> (intent index, weight)
    var phrases = PhraseTable<(Int, Double)>()
    /// Intent names, indexed as in `keywordIndex` and `phrases`.
    var intentNames: [String] = []
    /// stem -> (intent index, weight, the words written for it): the keywords, inverted
    /// for one lookup per question word.
    var keywordIndex: [String: [(intent: Int, weight: Double, words: Set<String>)]] = [:]
    /// Stems that carry meaning for the matcher (keywords, phrase words, domain words).
    var vocabularyStems: Set<String> = []
    var domainStems: Set<String> = []
    /// Stems that are never typo-corrected: every word of the knowledge base's text, the
    /// matcher's vocabulary, entity and slot words, stopwords.
    var knownStems: Set<String> = []
    /// Words of the example utterances that the knowledge does not know and the typo
    /// corrector leaves alone: real words people use, though not the domain's.
    var exampleWords: Set<String> = []
    /// Folded stopwords.
    let stopwords: Set<String>
    let typos: TypoCorrector
    /// folded word -> the tokens it stands for (`language/synonyms.yaml`).
    var synonyms: [String: [Token]] = [:]
    /// For each stem, the tables above with a phrase starting with it.
    var starts = PhraseStarts()
    /// Per word the analyzer knows in advance (`Token.word`), what the reader asks of it.
    var wordFacts: [WordFacts] = []
    /// The keyword weights of known words (`WordFacts.keyword`, `keywordWeights`).
    var wordKeywords: [[(intent: Int, weight: Double)]] = []
    /// Every word the tables were made from, until `learnWords` has taught them to the
    /// analyzer.
    var writtenWords: [String] = []

    /// `refs`: every entity's reference in the order roles, skills, resources,
    /// certifications, trends (`Catalog.refs`). The lexicon is complete once it has
    /// learnt the stems of the knowledge's text (`learn(textStems:and:vocabulary:)`).
    init(knowledge: KnowledgeBase, refs: [EntityRef], analyzer: Analyzer) {
        self.analyzer = analyzer
        self.refs = refs
        let vocab = knowledge.vocabulary
        let stop = Set(vocab.stopwords.map { analyzer.fold($0) })
        stopwords = stop
        var targets: [String] = []
        var written: [String] = []

        for (word, meaning) in vocab.synonyms { synonyms[analyzer.fold(word)] = analyzer.tokens(meaning) }
        let synonymTable = synonyms
        func canonical(_ text: String) -> [Token] {
            let tokens = analyzer.tokens(text)
            for t in tokens { written.append(t.text) }
            return Self.canonical(tokens, synonymTable)
        }
        func stems(_ text: String) -> [String] { canonical(text).map(\.stem) }
        func words(_ text: String) -> [String] { analyzer.tokens(text).map(\.text) }

        let all: [any Entity] = knowledge.roles + knowledge.skills + knowledge.resources
            + knowledge.certifications + knowledge.trends
        // Reserved, not rehashed at every doubling: the generated knowledge's names make 3.9
        // phrases (name, aliases, plurals) and 5.7 trie nodes per entity at 100k (the
        // shipped knowledge's, with more aliases, 12.5 and 16: its tables are small anyway).
        entities.reserve(phrases: 4 * all.count, words: 6 * all.count)
        for (position, entity) in all.enumerated() {
            let ref = Int32(position)
            for surface in Self.surfaces(of: entity) {
                let tokens = canonical(surface)
                guard !tokens.isEmpty else { continue }
                var exact: String? = nil
                if tokens.count == 1, tokens[0].text.count <= 2 || stop.contains(tokens[0].text) {
                    exact = surface.trimmingSpaces
                }
                let surfaceStems = tokens.map(\.stem)
                let minimum = tokens.count == 1 ? tokens[0].text.count - 3 : 0
                var spelling: Int32 = -1
                if let exact {
                    spelling = Int32(exactCases.count)
                    exactCases.append(exact)
                }
                entities.add(surfaceStems, Surface(ref: ref, minimumLength: Int32(minimum), exactCase: spelling))
                // Plurals of abbreviations ("LLMs", "vector DBs") escape the stemmer.
                if exact == nil, let last = surfaceStems.last, !last.hasSuffix("s") {
                    entities.add(surfaceStems.dropLast() + [last + "s"], Surface(ref: ref))
                }
                if exact == nil { targets += tokens.map(\.text) }
            }
        }
        // Slot words are short and common ("staff", "lead"): never typo targets, or
        // "stuff" would become a seniority.
        for (level, list) in vocab.slots.levels { for w in list { levels.add(stems(w), level) } }
        for (region, list) in vocab.slots.regions { for w in list { regions.add(stems(w), region) } }
        for (cost, list) in vocab.slots.costs { for w in list { costs.add(stems(w), cost) } }
        for p in vocab.profile.known { knownMarkers.add(stems(p), true) }
        for p in vocab.profile.interests { interestMarkers.add(stems(p), true) }
        for p in vocab.dialogue.references { references.add(stems(p), false) }
        for p in vocab.dialogue.pairs { references.add(stems(p), true) }
        for p in vocab.dialogue.pointers { pointers.add(stems(p), true) }
        firstPerson = Set(vocab.dialogue.firstPerson.map { analyzer.fold($0) })
        written += firstPerson
        for (kind, list) in vocab.smalltalk { for p in list { smalltalk.add(stems(p), kind) } }
        for w in vocab.profile.domain {
            let s = stems(w)
            domainStems.formUnion(s)
            targets += words(w)
        }
        intentNames = vocab.intents.map(\.name)
        for (number, intent) in vocab.intents.enumerated() {
            var table: [String: Double] = [:]
            var written: [String: Set<String>] = [:]
            for (word, weight) in intent.keywords {
                for s in stems(word) {
                    table[s] = max(table[s] ?? 0, weight)
                    written[s, default: []].insert(analyzer.fold(word))
                    keywordLength[s] = min(keywordLength[s] ?? Int.max, analyzer.fold(word).count)
                }
                targets += words(word)
            }
            for (stem, weight) in table { keywordIndex[stem, default: []].append((number, weight, written[stem] ?? [])) }
            for (phrase, weight) in intent.phrases {
                phrases.add(stems(phrase), (number, weight))
                targets += words(phrase)
            }
            vocabularyStems.formUnion(table.keys)
        }
        vocabularyStems.formUnion(phrases.allStems)
        vocabularyStems.formUnion(domainStems)
        knownStems = vocabularyStems
        for stems in [entities.allStems, levels.allStems, regions.allStems, costs.allStems, knownMarkers.allStems,
                      interestMarkers.allStems, smalltalk.allStems, references.allStems] {
            knownStems.formUnion(stems)
        }
        let words = targets.filter { $0.count >= 3 }
        typos = TypoCorrector(vocabulary: words + words.map { $0 + "s" }, protected: stop)
        starts = PhraseStarts(self)
        writtenWords = written
    }

    /// Replaces words that have synonyms by what they stand for, renumbering positions.
    /// Each word is looked up once; the tokens are copied only from the first that has one.
    /// A word whose `facts` say it has none is not looked up.
    static func canonical(_ tokens: [Token], _ synonyms: [String: [Token]], facts: [WordFacts] = []) -> [Token] {
        guard !synonyms.isEmpty else { return tokens }
        // The copy is sized before the tokens before the first synonym go in: made from
        // them and then grown, it was allocated twice.
        var copying = false
        var out: [Token] = []
        for (i, t) in tokens.enumerated() {
            if t.word >= 0, Int(t.word) < facts.count, !facts[Int(t.word)].synonym {
                if copying { out.append(t) }
            } else if let replacement = synonyms[t.text] {
                if !copying {
                    copying = true
                    out.reserveCapacity(tokens.count + replacement.count)
                    out.append(contentsOf: tokens[..<i])
                }
                out.append(contentsOf: replacement)
            } else if copying {
                out.append(t)
            }
        }
        guard copying else { return tokens }
        for i in out.indices { out[i].position = i }
        return out
    }

    /// Name, aliases, and simple variants of the name: without a parenthesis ("AI
    /// Engineer (GenAI / LLM)" -> "AI Engineer") and each side of " / ".
    static func surfaces(of entity: any Entity) -> [String] {
        var out = [entity.name] + entity.aliases
        var base = entity.name
        if let open = base.firstIndex(of: "(") { base = String(base[..<open]).trimmingSpaces; out.append(base) }
        let parts = base.split(separator: "/").map { String($0).trimmingSpaces }
        if parts.count > 1, base.contains(" / ") { out += parts.filter { $0.split(separator: " ").count > 1 } }
        return out
    }
}
