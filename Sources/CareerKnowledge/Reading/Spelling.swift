/// Near-miss suggestions for messages ("did you mean 'salaries'?"). Pure functions.
enum Spelling {
    /// The candidate closest to `word` by edit distance, when it is close enough to be
    /// a likely typo (at most 2 edits, and fewer than half the word). Ties go to the
    /// alphabetically first candidate, so messages are stable.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = min(2, max(1, word.count / 2))
        var best: (distance: Int, word: String)?
        for candidate in candidates where abs(candidate.count - word.count) <= limit {
            let d = distance(word, candidate)
            guard d <= limit else { continue }
            if best == nil || d < best!.distance || (d == best!.distance && candidate < best!.word) {
                best = (d, candidate)
            }
        }
        return best?.word
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
