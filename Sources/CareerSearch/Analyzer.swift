/// Turns text into tokens and index terms: fold, split into words, mark stopwords, stem.
///
/// The pipeline is ``fold(_:)`` (see `Folding`: lower-case, Latin diacritics stripped,
/// typographic punctuation to ASCII), word splitting (see `Tokenizer`: letters and digits,
/// `c++`/`c#` kept, possessive `'s` dropped, inner apostrophes removed), stopword marking on the
/// folded word, and English Snowball stemming via libstemmer.
///
/// Threading: a value type holding only an immutable stopword set (and, once it knows them,
/// an immutable table of known words); every method may be called concurrently from any
/// number of threads. Stemming uses one libstemmer object and one bounded
/// stem cache per thread (thread-specific storage), so there is no lock on any path.
///
/// Complexity: all methods are O(n) in the length of their input. No Foundation is used.
public struct Analyzer: Sendable {
    /// The stopwords, folded and split the way ``tokens(_:)`` folds and splits text.
    public let stopwords: Set<String>
    /// Words analysed in advance (``knowing(_:)``), or nil.
    public private(set) var words: KnownWords?

    /// Creates an analyzer with the caller's stopwords (any case or accents: they are folded).
    /// An entry that folds to several words (`"as well"`) is ignored; `"don't"` is stored as
    /// `"dont"`, the form the tokenizer produces.
    public init(stopwords: some Sequence<String>) {
        var set = Set<String>()
        for entry in stopwords {
            let words = Tokenizer.words(entry)
            if words.count == 1 { set.insert(words[0]) }
        }
        self.stopwords = set
    }

    /// Every token of `text`, stopwords included, in text order; `position` is the index in the
    /// returned array.
    public func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        // About one word per five bytes of text: one allocation for most questions.
        out.reserveCapacity(text.utf8.count / 5 + 2)
        Tokenizer.forEachWord(in: text) { utf8 in
            if let words {
                let e = words.entry(utf8)
                if e >= 0 {
                    let i = Int(e)
                    out.append(Token(text: words.texts[i], stem: words.stems[i], isStopword: words.stopwords[i],
                                     position: out.count, word: e))
                    return
                }
            }
            let word = String(decoding: utf8, as: UTF8.self)
            let stem = Stemmer.stem(word, utf8: utf8)
            out.append(Token(text: word, stem: stem, isStopword: stopwords.contains(word), position: out.count))
        }
        return out
    }

    /// This analyzer, knowing `words` in advance (folded single words; see ``KnownWords``):
    /// its tokens are the same, and a known word's carries its entry. Replaces any words
    /// known before.
    public func knowing(_ words: some Sequence<String>) -> Analyzer {
        var out = self
        out.words = KnownWords(words, analyzer: self)
        return out
    }

    /// How many tokens ``tokens(_:)`` gives for `text`, without stemming or keeping them.
    public func tokenCount(_ text: String) -> Int {
        var count = 0
        Tokenizer.forEachWord(in: text) { _ in count += 1 }
        return count
    }

    /// Stems of the non-stopword tokens of `text`, in order, duplicates kept: the terms that are
    /// indexed and searched. Equal to `tokens(text).filter { !$0.isStopword }.map(\.stem)`.
    public func terms(_ text: String) -> [String] {
        var out: [String] = []
        Tokenizer.forEachWord(in: text) { utf8 in
            if !stopwords.isEmpty, stopwords.contains(String(decoding: utf8, as: UTF8.self)) { return }
            out.append(Stemmer.stem(utf8: utf8))
        }
        return out
    }

    /// Every distinct term of the texts: the union of ``terms(_:)`` over them. Each distinct
    /// word is checked and stemmed once, so a load can learn the terms of 100k entities'
    /// text without stemming and collecting every word of it.
    public func termSet(_ texts: some Sequence<String>) -> Set<String> {
        // Each distinct word is stemmed once; the table only tells a word seen before.
        var seen = WordTable()
        var out = Set<String>()
        for text in texts {
            Tokenizer.forEachWord(in: text) { utf8 in
                guard seen.value(forBytes: utf8) == nil else { return }
                seen.insert(bytes: utf8, value: 0)
                let word = String(decoding: utf8, as: UTF8.self)
                if !stopwords.contains(word) { out.insert(Stemmer.stem(word)) }
            }
        }
        return out
    }

    /// The stem of one word that is already folded (for example a ``Token/text`` or a typo
    /// correction). The word is not split or folded again.
    public func stem(_ word: String) -> String {
        Stemmer.stem(word)
    }

    /// `text` folded as ``tokens(_:)`` folds it before splitting: lower-case, Latin diacritics
    /// removed (`é`->`e`, `ß`->`ss`), curly quotes and dashes to ASCII. Not split, not stemmed.
    public func fold(_ text: String) -> String {
        Folding.fold(text)
    }
}
