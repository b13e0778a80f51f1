import CareerKnowledge

extension Lexicon {
    /// Completes the lexicon with the stems of the knowledge's own text (every word the
    /// search indexes hold, and the guides'): these are never typo-corrected. Then the
    /// words of the example utterances that are still unknown but that the corrector
    /// leaves alone become `exampleWords`: real words people use, known to the examples
    /// (coverage, `[unk]`). Those it would correct ("pyhton", "salery") are the examples'
    /// deliberate typos and stay typos, so an example is read as a question with that
    /// typo would be.
    ///
    /// A step of its own so that the lexicon can be built beside the entity index, whose
    /// terms are these stems, instead of reading the whole knowledge's text a second time
    /// (at 100k entities, 0.8 s of CPU in the start).
    /// `textStems` and `more` are both learnt, each inserted once (no set of the two first).
    /// Last, the analyzer learns the lexicon's words and the examples' (`learnWords`).
    mutating func learn(textStems: some Sequence<String>, and more: Set<String> = [], vocabulary vocab: Vocabulary) {
        knownStems.formUnion(textStems)
        knownStems.formUnion(more)
        var words: [String] = []
        defer { learnWords(examples: words) }
        guard vocab.examplesComplete else { return }
        for list in vocab.examples.values {
            for text in list {
                for t in analyzer.tokens(text) {
                    words.append(t.text)
                    guard !knownStems.contains(t.stem) else { continue }
                    if let fixed = typos.correction(for: t.text), fixed.first == t.text.first { continue }
                    exampleWords.insert(t.text)
                }
            }
        }
    }
}
