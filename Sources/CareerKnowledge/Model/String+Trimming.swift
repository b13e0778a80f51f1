extension String {
    /// The text without leading and trailing whitespace (Unicode White_Space, newlines
    /// included), without Foundation: the loader calls it for every name and alias of a
    /// knowledge base, 300k times for 100k entities.
    public var trimmingSpaces: String { String(trimmedSpaces) }

    /// The same text as ``trimmingSpaces``, as a slice of this string (no copy).
    public var trimmedSpaces: Substring {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return s
    }
}
