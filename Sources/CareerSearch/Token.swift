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

    public init(text: String, stem: String, isStopword: Bool, position: Int) {
        self.text = text
        self.stem = stem
        self.isStopword = isStopword
        self.position = position
    }
}
