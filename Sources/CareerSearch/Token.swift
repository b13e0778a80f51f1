/// One word of analyzed text, as produced by ``Analyzer/tokens(_:)``.
public struct Token: Sendable, Hashable {
    /// The folded, lower-case surface form (`"Andrew's"` -> `"andrew"`, `"C++"` -> `"c++"`).
    public var text: String
    /// The English Snowball stem of ``text`` (`"engineers"` -> `"engin"`).
    public var stem: String
    /// Whether ``text`` is one of the analyzer's stopwords.
    public var isStopword: Bool
    /// Index of this token in the list returned by ``Analyzer/tokens(_:)``, stopwords included.
    public var position: Int
    /// The word's entry in the analyzer's ``KnownWords`` (``Analyzer/words``), or -1: a
    /// word it does not know, or a token whose text was changed after analysis. Whoever
    /// changes ``text`` sets it again (-1 is always safe). Not part of equality: it only
    /// caches what the text says.
    public var word: Int32

    public init(text: String, stem: String, isStopword: Bool, position: Int, word: Int32 = -1) {
        self.text = text
        self.stem = stem
        self.isStopword = isStopword
        self.position = position
        self.word = word
    }

    public static func == (a: Token, b: Token) -> Bool {
        a.text == b.text && a.stem == b.stem && a.isStopword == b.isStopword && a.position == b.position
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(stem)
        hasher.combine(isStopword)
        hasher.combine(position)
    }
}
