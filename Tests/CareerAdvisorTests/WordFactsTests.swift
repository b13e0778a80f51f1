@testable import CareerAdvisor
import CareerSearch
import Testing

/// `Lexicon.wordFacts` answers for the tables: for every word the analyzer knows, each
/// fact must be what the table itself says, or the reader would read a question differently.
@Suite struct WordFactsTests {
    @Test func everyKnownWordsFactsAreTheTablesAnswers() throws {
        let lexicon = Fixture.advisor.lexicon
        let words = try #require(lexicon.analyzer.words)
        #expect(words.count > 1000 && lexicon.wordFacts.count == words.count)
        var seen = (known: 0, domain: 0, example: 0, synonym: 0, firstPerson: 0, keyword: 0, starts: 0)
        for e in 0..<words.count {
            let f = lexicon.wordFacts[e], stem = words.stems[e], text = words.texts[e]
            #expect(f.starts == lexicon.starts.mask(stem), "\(text)")
            #expect(f.known == lexicon.knownStems.contains(stem), "\(text)")
            #expect(f.domain == lexicon.domainStems.contains(stem), "\(text)")
            #expect(f.example == lexicon.exampleWords.contains(text), "\(text)")
            #expect(f.synonym == (lexicon.synonyms[text] != nil), "\(text)")
            #expect(f.firstPerson == lexicon.firstPerson.contains(text), "\(text)")
            let weights = lexicon.keywordWeights(text, stem: stem)
            #expect((f.keyword >= 0) == (weights != nil), "\(text)")
            if let weights, f.keyword >= 0 {
                let kept = lexicon.wordKeywords[Int(f.keyword)]
                #expect(kept.map(\.intent) == weights.map(\.intent) && kept.map(\.weight) == weights.map(\.weight), "\(text)")
                seen.keyword += 1
            }
            #expect(stem == lexicon.analyzer.stem(text) && words.stopwords[e] == lexicon.analyzer.stopwords.contains(text))
            if f.known { seen.known += 1 }
            if f.domain { seen.domain += 1 }
            if f.example { seen.example += 1 }
            if f.synonym { seen.synonym += 1 }
            if f.firstPerson { seen.firstPerson += 1 }
            if !f.starts.isEmpty { seen.starts += 1 }
        }
        // Each fact is true for some words: a table left out of the words would show here.
        #expect(seen.known > 0 && seen.domain > 0 && seen.example > 0 && seen.synonym > 0 && seen.firstPerson > 0 && seen.keyword > 0 && seen.starts > 0)
    }

    /// The reader with the facts reads every question of the set as it does without them
    /// (an analyzer that knows no word, no facts: every word looked up in the tables).
    @Test func questionsReadTheSameWithoutTheFacts() throws {
        let fast = Fixture.advisor.lexicon
        var slow = fast
        slow.analyzer = Analyzer(stopwords: fast.analyzer.stopwords)
        slow.wordFacts = []
        let (a, b) = (QuestionReader(lexicon: fast), QuestionReader(lexicon: slow))
        let texts = try IntentFeaturesTests.questions()
        #expect(texts.count > 300)
        var knownWords = 0
        for text in texts + ["pyhton and sql, what fits me?", "a junior mlops enginer in the us", "thx"] {
            let p = a.read(text), q = b.read(text)
            #expect(p.tokens == q.tokens && p.stems == q.stems && p.starts == q.starts, "\(text)")
            #expect(p.mentions == q.mentions && p.slotPositions == q.slotPositions, "\(text)")
            #expect(p.level == q.level && p.region == q.region && p.cost == q.cost, "\(text)")
            #expect(p.statedSkills == q.statedSkills && p.interests == q.interests && p.statesProfile == q.statesProfile)
            #expect(p.coverage == q.coverage && p.inDomain == q.inDomain && p.smalltalkKind == q.smalltalkKind, "\(text)")
            #expect(p.corrections.map { "\($0.from)>\($0.to)" } == q.corrections.map { "\($0.from)>\($0.to)" }, "\(text)")
            #expect(p.references == q.references && p.pointsBack == q.pointsBack && p.refersToPair == q.refersToPair)
            #expect(q.tokens.allSatisfy { $0.word < 0 })
            knownWords += p.tokens.filter { $0.word >= 0 }.count
        }
        #expect(knownWords > 1000)
    }
}
