extension String {
    /// The text without leading and trailing whitespace (Unicode White_Space, newlines
    /// included), without Foundation: the loader calls it for every name and alias of a
    /// knowledge base, 300k times for 100k entities.
    public var trimmingSpaces: String { String(trimmedSpaces) }

    /// The same text as ``trimmingSpaces``, as a slice of this string (no copy).
    public var trimmedSpaces: Substring {
        // Most names start and end with a printable ASCII byte: nothing to trim, and no
        // Character (grapheme) to form at either end.
        if let head = utf8.first, let tail = utf8.last, head > 0x20, head < 0x7F, tail > 0x20, tail < 0x7F {
            return Substring(self)
        }
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return s
    }
}
