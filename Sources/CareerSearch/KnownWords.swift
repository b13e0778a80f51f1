/// Words analysed once, at load: each word's folded text, stem and stopword mark, found
/// by its bytes (`WordTable`). An analyzer that knows them (``Analyzer/knowing(_:)``)
/// gives a known word's token without building its text, stemming it or asking the
/// stopword set: for a question, most words are known, and those three were about two
/// fifths of tokenizing it. Each token also carries its entry (``Token/word``), so a
/// caller can keep its own facts per known word in an array (the advisor's lexicon).
///
/// Immutable after `init`; a class so that copies of an analyzer share one table.
/// Thread-safe.
public final class KnownWords: Sendable {
    private let table: WordTable
    /// Per entry: the folded word, its stem, whether it is a stopword.
    public let texts: [String]
    public let stems: [String]
    public let stopwords: [Bool]

    /// `words`: folded single words (as ``Analyzer/tokens(_:)`` gives them; others never
    /// match), each entered once, in the order given.
    init(_ words: some Sequence<String>, analyzer: Analyzer) {
        var table = WordTable()
        var texts: [String] = [], stems: [String] = [], stopwords: [Bool] = []
        for var word in words {
            // The bytes in place: an array of them per word was most of a load's allocations here.
            let new = word.withUTF8 { bytes in
                guard !bytes.isEmpty, table.value(forBytes: bytes) == nil else { return false }
                table.insert(bytes: bytes, value: Int32(texts.count))
                return true
            }
            guard new else { continue }
            texts.append(word)
            stems.append(analyzer.stem(word))
            stopwords.append(analyzer.stopwords.contains(word))
        }
        (self.table, self.texts, self.stems, self.stopwords) = (table, texts, stems, stopwords)
    }

    /// Number of entries.
    public var count: Int { texts.count }

    /// The entry of the word with these folded UTF-8 bytes, or -1.
    func entry(_ utf8: UnsafeBufferPointer<UInt8>) -> Int32 { table.value(forBytes: utf8) ?? -1 }

    /// The entry of a folded word, or -1.
    public func entry(_ word: String) -> Int32 { table.value(for: word) ?? -1 }
}
