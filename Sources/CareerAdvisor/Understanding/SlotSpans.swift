/// The token positions of the slots a question fills ("remote", "junior"): one span at
/// most for each of level, region and cost, so at most three, kept inline.
///
/// Why not `Set<Int>`: the classifier and the features ask whether a token is in a slot
/// for nearly every word of a question, and each question that filled a slot allocated
/// the set; a set of `Int` hashes every position with SipHash. Here `contains` compares
/// with at most three ranges. Equality is by the positions covered, as the set's was.
struct SlotSpans: Sendable, Equatable {
    private var first: Range<Int>?
    private var second: Range<Int>?
    private var third: Range<Int>?

    init() {}

    /// Adds a slot's tokens. A fourth span is a programming error (there are three slots).
    mutating func insert(_ span: Range<Int>) {
        guard !span.isEmpty else { return }
        if first == nil { first = span } else if second == nil { second = span } else {
            precondition(third == nil, "a question fills at most three slots")
            third = span
        }
    }

    var isEmpty: Bool { first == nil }

    func contains(_ position: Int) -> Bool {
        first?.contains(position) == true || second?.contains(position) == true || third?.contains(position) == true
    }

    /// Whether some position in a slot satisfies `predicate`.
    func contains(where predicate: (Int) -> Bool) -> Bool {
        (first?.contains(where: predicate) ?? false) || (second?.contains(where: predicate) ?? false)
            || (third?.contains(where: predicate) ?? false)
    }

    /// The positions covered, ascending, each once.
    var positions: [Int] {
        var out: [Int] = []
        for span in [first, second, third] { if let span { out += span } }
        return Array(Set(out)).sorted()
    }

    static func == (a: SlotSpans, b: SlotSpans) -> Bool { a.positions == b.positions }
}
