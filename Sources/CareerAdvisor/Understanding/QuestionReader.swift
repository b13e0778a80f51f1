import CareerKnowledge
import CareerSearch

/// Turns text into a `Question` using the `Lexicon`. Pure function of its input; runs
/// on the caller's thread (the event loop), with no I/O and no locks.
///
/// A class: `read`'s closures capture the reader, and a struct holding the lexicon's
/// twenty-odd tables was copied whole by each (a retain and a release per table, 2% of
/// an `ask`'s instructions).
final class QuestionReader: Sendable {
    let lexicon: Lexicon

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    func read(_ text: String) -> Question {
        var tokens = lexicon.analyzer.tokens(text)
        let analyzed = tokens
        var corrections: [(from: String, to: String)] = []
        // Words of the examples that the corrector leaves alone need not be looked up.
        // A word the analyzer knows has its answers in `wordFacts`; others are looked up.
        for i in tokens.indices where !tokens[i].isStopword {
            if let f = lexicon.facts(tokens[i]) {
                if f.known || f.example { continue }
            } else if lexicon.knownStems.contains(tokens[i].stem) || lexicon.exampleWords.contains(tokens[i].text) {
                continue
            }
            // People rarely mistype the first letter; a correction that changes it
            // ("plumbers" -> "numbers") is more likely another word.
            if let fixed = lexicon.typos.correction(for: tokens[i].text), fixed.first == tokens[i].text.first {
                corrections.append((tokens[i].text, fixed))
                tokens[i].text = fixed
                tokens[i].stem = lexicon.analyzer.stem(fixed)
                tokens[i].word = -1
            }
        }
        tokens = Lexicon.canonical(tokens, lexicon.synonyms, facts: lexicon.wordFacts)
        let stems = tokens.map(\.stem)
        let starts = tokens.map { lexicon.facts($0)?.starts ?? lexicon.starts.mask($0.stem) }
        // Needed only for exact-case names and slot words that are also common words.
        lazy var rawWords = Set(Self.rawWords(text))

        var mentions: [Mention] = []
        var inEntity = [Bool].filled(false, count: tokens.count)
        var i = 0
        while i < tokens.count {
            if starts[i].contains(.entities), let (n, surfaces) = lexicon.entities.longestMatch(in: stems, at: i) {
                var distinct = DistinctList<EntityRef>()
                for surface in surfaces where surface.exactCase < 0 || rawWords.contains(lexicon.exactCases[Int(surface.exactCase)]) {
                    guard n > 1 || tokens[i].text.count >= Int(surface.minimumLength) else { continue }
                    distinct.insert(lexicon.refs[Int(surface.ref)])
                }
                let refs = distinct.elements
                if !refs.isEmpty {
                    mentions.append(Mention(span: i..<i + n, candidates: Self.ordered(refs)))
                    for k in i..<i + n { inEntity[k] = true }
                    i += n
                    continue
                }
            }
            i += 1
        }
        // The same entity named twice counts once.
        var named = DistinctList<[EntityRef]>()
        mentions = mentions.filter { named.insert($0.candidates) }

        var slotPositions = SlotSpans()
        let level = firstSlot(lexicon.levels, .levels, stems, starts, tokens, { rawWords }, &slotPositions,
                              qualifying: mentions)
        let region = firstSlot(lexicon.regions, .regions, stems, starts, tokens, { rawWords }, &slotPositions)
        let cost = firstSlot(lexicon.costs, .costs, stems, starts, tokens, { rawWords }, &slotPositions)

        let knownAt = firstMarker(lexicon.knownMarkers, .knownMarkers, stems, starts)
        let interestAt = firstMarker(lexicon.interestMarkers, .interestMarkers, stems, starts)
        var stated: [String] = []
        if let at = knownAt {
            for m in mentions where m.span.lowerBound >= at {
                if let skill = m.candidate(of: .skill), m.candidate(of: .role) == nil || m.candidates.count == 1 {
                    stated.append(skill.id)
                }
            }
        }
        var interests: [String] = []
        if let at = interestAt {
            interests = tokens[at...].filter { !$0.isStopword }.map(\.text)
        }
        var smalltalk: String? = nil
        for start in stems.indices where starts[start].contains(.smalltalk) {
            if let (_, kinds) = lexicon.smalltalk.longestMatch(in: stems, at: start) { smalltalk = kinds.first; break }
        }

        var content = 0, known = 0, domain = !mentions.isEmpty
        for (k, t) in tokens.enumerated() where !t.isStopword {
            content += 1
            let f = lexicon.facts(t)
            if inEntity[k] || (f?.known ?? lexicon.knownStems.contains(t.stem)) { known += 1 }
            if f?.domain ?? lexicon.domainStems.contains(t.stem) { domain = true }
        }
        var references: [Range<Int>] = []
        var refersToPair = false
        var at = 0
        while at < stems.count {
            if !inEntity[at], starts[at].contains(.references), let (n, pair) = lexicon.references.longestMatch(in: stems, at: at) {
                references.append(at..<at + n)
                if pair.contains(true) { refersToPair = true }
                at += n
            } else {
                at += 1
            }
        }
        let pointsBack = stems.indices.contains {
            !inEntity[$0] && starts[$0].contains(.pointers) && lexicon.pointers.longestMatch(in: stems, at: $0) != nil
        }
        return Question(
            text: text, analyzed: analyzed, tokens: tokens, stems: stems, mentions: mentions, inEntity: inEntity,
            slotPositions: slotPositions, level: level, region: region, cost: cost, statedSkills: stated,
            statesProfile: knownAt != nil || interestAt != nil, interests: interests,
            smalltalkKind: smalltalk, coverage: content == 0 ? 1 : Double(known) / Double(content),
            inDomain: domain, corrections: corrections, references: references, refersToPair: refersToPair,
            pointsBack: pointsBack, lastSentenceStart: lastSentenceStart(text, tokenCount: tokens.count), starts: starts)
    }

    /// Candidates in the order the advisor prefers when nothing else decides.
    private static func ordered(_ refs: [EntityRef]) -> [EntityRef] {
        guard refs.count > 1 else { return refs }
        return refs.sorted { (rank($0.type), $0.id) < (rank($1.type), $1.id) }
    }

    private static func rank(_ type: EntityType) -> Int {
        switch type {
        case .role: 0
        case .certification: 1
        case .resource: 2
        case .trend: 3
        case .skill: 4
        }
    }

    /// The slot the question states: its first slot phrase, unless a later one qualifies
    /// a role's name directly ("I taught for eight years ... a junior ML engineer job"):
    /// a phrase just before or inside the name of a role (one of `mentions` that can be a
    /// role) says what the question is about, where an earlier one may describe the past.
    private func firstSlot<V>(_ table: PhraseTable<V>, _ bit: PhraseStarts.Tables, _ stems: [String],
                              _ starts: [PhraseStarts.Tables], _ tokens: [Token], _ raw: () -> Set<String>,
                              _ positions: inout SlotSpans, qualifying mentions: [Mention] = []) -> V? {
        // A question names few things: its role names are scanned, not put in a set.
        func inRoleName(_ k: Int) -> Bool { mentions.contains { $0.types.contains(.role) && $0.span.contains(k) } }
        let namesRole = mentions.contains { $0.types.contains(.role) }
        var first: (Range<Int>, V)?
        var start = 0
        while start < stems.count {
            guard starts[start].contains(bit), let (n, values) = table.longestMatch(in: stems, at: start),
                  let value = values.first else { start += 1; continue }
            // A slot word that is also a common word ("us") counts only as written in capitals.
            if n == 1, lexicon.stopwords.contains(tokens[start].text), !raw().contains(tokens[start].text.uppercased()) {
                start += 1
                continue
            }
            if first == nil { first = (start..<start + n, value) }
            if inRoleName(start + n) || inRoleName(start) { first = (start..<start + n, value); break }
            if !namesRole { break }
            start += n
        }
        guard let (span, value) = first else { return nil }
        positions.insert(span)
        return value
    }

    private func firstMarker(_ table: PhraseTable<Bool>, _ bit: PhraseStarts.Tables, _ stems: [String],
                             _ starts: [PhraseStarts.Tables]) -> Int? {
        stems.indices.first { starts[$0].contains(bit) && table.longestMatch(in: stems, at: $0) != nil }
    }
}
