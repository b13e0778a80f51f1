import CareerSearch

extension Lexicon {
    /// What the reader asks of one word the analyzer knows in advance: the answers of the
    /// lexicon's word tables, read from one array by the token's entry (`Token.word`)
    /// instead of a `String` hash per table per word. Exactly what the tables say: they
    /// are complete before the facts are made, and never change after.
    struct WordFacts: Sendable {
        /// The tables with a phrase starting with the word's stem (`starts`).
        var starts: PhraseStarts.Tables
        /// Its stem is in `knownStems`.
        var known: Bool
        /// Its stem is in `domainStems`.
        var domain: Bool
        /// It is one of `exampleWords`.
        var example: Bool
        /// `synonyms` replaces it.
        var synonym: Bool
        /// It is one of `firstPerson` ("i", "my").
        var firstPerson: Bool
        /// Its keyword weights: an index in `wordKeywords`, or -1 when its stem is no
        /// intent's keyword.
        var keyword: Int32
    }

    /// What a question word weighs for each intent whose keyword has its stem (indices
    /// into `intentNames`), or nil when none has. A word much shorter than the
    /// keyword's shortest spelling reached the stem by derivation ("person" from
    /// "personality") and counts a quarter; where the word itself is some intent's
    /// keyword, a match by stem alone ("projection" for "projects") counts half.
    func keywordWeights(_ text: String, stem: String) -> [(intent: Int, weight: Double)]? {
        guard let hits = keywordIndex[stem] else { return nil }
        let derived = text.count < (keywordLength[stem] ?? 0) - 3
        let someExact = hits.contains { $0.words.contains(text) }
        return hits.map { intent, weight, words in
            var w = derived ? weight / 4 : weight
            if someExact && !words.contains(text) { w /= 2 }
            return (intent, w)
        }
    }

    /// The last step of building the lexicon: the analyzer learns every word the tables
    /// were made from, the stopwords, the synonyms and `examples`' words, and each gets
    /// its facts. A question's other words are looked up in the tables as before.
    mutating func learnWords(examples: [String]) {
        analyzer = analyzer.knowing(stopwords.sorted() + synonyms.keys.sorted() + writtenWords + examples)
        writtenWords = []
        guard let known = analyzer.words else { return }
        var keywords: [[(intent: Int, weight: Double)]] = []
        wordFacts = (0..<known.count).map { e in
            let stem = known.stems[e], text = known.texts[e]
            var keyword: Int32 = -1
            if let weights = keywordWeights(text, stem: stem) {
                keyword = Int32(keywords.count)
                keywords.append(weights)
            }
            return WordFacts(starts: starts.mask(stem), known: knownStems.contains(stem), domain: domainStems.contains(stem),
                             example: exampleWords.contains(text), synonym: synonyms[text] != nil,
                             firstPerson: firstPerson.contains(text), keyword: keyword)
        }
        wordKeywords = keywords
    }

    /// The facts of a token's word; nil for a word the analyzer does not know (or a
    /// token from another analyzer's words, which this lexicon never gives).
    @inline(__always)
    func facts(_ token: Token) -> WordFacts? {
        token.word >= 0 && Int(token.word) < wordFacts.count ? wordFacts[Int(token.word)] : nil
    }
}
