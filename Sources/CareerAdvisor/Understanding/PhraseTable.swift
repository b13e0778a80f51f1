/// Maps sequences of stems to values, for longest-match lookup over a question's
/// tokens. Keys are stems joined by a space. Immutable after build; thread-safe.
struct PhraseTable<Value: Sendable>: Sendable {
    private(set) var entries: [String: [Value]] = [:]
    /// Longest key length in words; bounds the lookup window.
    private(set) var maxLength = 0

    mutating func add(_ stems: [String], _ value: Value) {
        guard !stems.isEmpty else { return }
        entries[stems.joined(separator: " "), default: []].append(value)
        maxLength = max(maxLength, stems.count)
    }

    func values(_ stems: ArraySlice<String>) -> [Value]? {
        entries[stems.joined(separator: " ")]
    }

    /// The longest key starting at `start`, as (length, values), skipping positions for
    /// which `allowed` is false.
    func longestMatch(in stems: [String], at start: Int, allowed: (Int) -> Bool = { _ in true }) -> (Int, [Value])? {
        var n = min(maxLength, stems.count - start)
        while n > 0 {
            if (start..<start + n).allSatisfy(allowed), let v = values(stems[start..<start + n]) { return (n, v) }
            n -= 1
        }
        return nil
    }
}
