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
    }

    /// The last step of building the lexicon: the analyzer learns every word the tables
    /// were made from, the stopwords, the synonyms and `examples`' words, and each gets
    /// its facts. A question's other words are looked up in the tables as before.
    mutating func learnWords(examples: [String]) {
        analyzer = analyzer.knowing(stopwords.sorted() + synonyms.keys.sorted() + writtenWords + examples)
        writtenWords = []
        guard let known = analyzer.words else { return }
        wordFacts = (0..<known.count).map { e in
            let stem = known.stems[e], text = known.texts[e]
            return WordFacts(starts: starts.mask(stem), known: knownStems.contains(stem), domain: domainStems.contains(stem),
                             example: exampleWords.contains(text), synonym: synonyms[text] != nil,
                             firstPerson: firstPerson.contains(text))
        }
    }

    /// The facts of a token's word; nil for a word the analyzer does not know.
    @inline(__always)
    func facts(_ token: Token) -> WordFacts? {
        token.word >= 0 ? wordFacts[Int(token.word)] : nil
    }
}
