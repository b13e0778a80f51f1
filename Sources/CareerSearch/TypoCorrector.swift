/// Corrects misspelt words against a vocabulary, SymSpell-style.
///
/// Every vocabulary word of 3 or more characters is indexed under all strings obtained by
/// deleting up to 2 of its characters. A lookup generates the deletes of the typed word up to
/// its allowed distance and only verifies the words found under them with the real optimal
/// string alignment distance (``EditDistance``), so it never scans the vocabulary: a lookup
/// makes at most 1 + L + L(L-1)/2 hash probes for a typed word of length L, and verifies only
/// the words that share one of those deletes.
///
/// Allowed distance by typed length (in Unicode scalars): up to 4 → no correction, 5...7 → 1,
/// 8 or more → 2 (see ``allowedDistance(forLength:)``).
///
/// Choice: the smallest distance wins; ties go to the higher caller-supplied frequency, then to
/// candidates with the typed word's first character; if still tied, there is no correction.
///
/// Words are compared exactly as given: pass folded words (``Analyzer/fold(_:)``, or
/// ``Token/text``). Immutable after init, `Sendable`, safe for concurrent lookups.
/// Memory: up to 1 + L + L(L-1)/2 index entries per vocabulary word of length L.
public struct TypoCorrector: Sendable {
    /// Largest distance any lookup may use; the deletion index is built to this depth.
    static let maxDistance = 2
    /// Shortest vocabulary word that can be a correction (shortest typed word 5, minus 2).
    static let minWordLength = 3

    private let words: [[Unicode.Scalar]]
    private let spelled: [String]
    private let counts: [Int]
    private let known: Set<String>
    /// Deletes, by the 64-bit FNV-1a hash of their UTF-8 bytes (`HashMultimap.key(_:)`), to the ids
    /// of the words that give them. Hashing the bytes in place builds no `String` per
    /// delete (a vocabulary gives tens of thousands); two deletes sharing a hash only
    /// add candidates, and every candidate is verified by its real distance.
    private let deletes: HashMultimap
    private let longestWord: Int

    /// - Parameters:
    ///   - vocabulary: folded words that typos should be corrected to; all weigh the same.
    ///   - protected: words that are correct as typed and never corrected (stopwords, names,
    ///     jargon); they are not correction targets unless also in `vocabulary`.
    public init(vocabulary: some Sequence<String>, protected: some Sequence<String> = []) {
        var frequencies: [String: Int] = [:]
        for word in vocabulary { frequencies[word] = 1 }
        self.init(frequencies: frequencies, protected: protected)
    }

    /// Like ``init(vocabulary:protected:)``, with a frequency (or any preference weight) per
    /// word: among equally close candidates, the higher count wins.
    public init(frequencies: [String: Int], protected: some Sequence<String> = []) {
        // Sorted so that indices, and thus tie handling, do not depend on hashing.
        let sorted = frequencies.keys.sorted()
        var words: [[Unicode.Scalar]] = []
        var spelled: [String] = []
        var counts: [Int] = []
        var pairs: [(key: UInt64, id: Int32)] = []
        var longest = 0
        for word in sorted {
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= Self.minWordLength else { continue }
            let id = Int32(words.count)
            words.append(scalars)
            spelled.append(word)
            counts.append(frequencies[word]!)
            longest = max(longest, scalars.count)
            Self.forEachDeleteKey(of: scalars, upTo: Self.deleteDepth(forLength: scalars.count)) { key in
                pairs.append((key, id))
            }
        }
        self.words = words
        self.spelled = spelled
        self.counts = counts
        self.deletes = HashMultimap(pairs)
        self.longestWord = longest
        self.known = Set(frequencies.keys).union(protected)
    }

    /// Number of words that can be corrections.
    public var vocabularyCount: Int { words.count }

    /// The maximum edit distance a typed word of `length` characters may be corrected over.
    public static func allowedDistance(forLength length: Int) -> Int {
        switch length {
        case ...4: return 0
        case 5...7: return 1
        default: return 2
        }
    }

    /// The unique best correction for `word`, or nil when the word is known (in the vocabulary
    /// or protected), too short, or has no candidate within its allowed distance, or its best
    /// candidates tie.
    public func correction(for word: String) -> String? {
        guard !known.contains(word) else { return nil }
        let typed = Array(word.unicodeScalars)
        let limit = Self.allowedDistance(forLength: typed.count)
        guard limit > 0, typed.count <= longestWord + limit else { return nil }

        var best: [Int] = []
        var bestDistance = limit + 1
        var seen = Set<Int32>()
        // The closure reads the two tables it needs; reading them through `self` copied
        // the whole corrector (six references) at every delete looked up.
        let deletes = self.deletes, words = self.words
        Self.forEachDeleteKey(of: typed, upTo: limit) { key in
            for id in deletes.ids(under: key) where seen.insert(id).inserted {
                let d = EditDistance.osa(typed, words[Int(id)], limit: limit)
                if d < bestDistance {
                    bestDistance = d
                    best = [Int(id)]
                } else if d == bestDistance {
                    best.append(Int(id))
                }
            }
        }
        guard !best.isEmpty, bestDistance <= limit else { return nil }
        if best.count > 1 {
            let top = best.map { counts[$0] }.max()!
            best = best.filter { counts[$0] == top }
        }
        if best.count > 1 {
            best = best.filter { words[$0].first == typed.first }
        }
        return best.count == 1 ? spelled[best[0]] : nil
    }

    /// How many deletes of a vocabulary word of `length` scalars to index: the largest
    /// distance at which some typed word may reach it, given ``allowedDistance(forLength:)``
    /// of the typed word's length (a 5-letter word is only reached at distance 1, so its
    /// 2-deletes, two thirds of its keys, are never looked up).
    static func deleteDepth(forLength length: Int) -> Int {
        var depth = 0
        for typed in max(1, length - maxDistance)...(length + maxDistance) {
            let allowed = allowedDistance(forLength: typed)
            if allowed >= abs(typed - length) { depth = max(depth, allowed) }
        }
        return depth
    }

    /// Calls `body` with the key (`HashMultimap.key` of the UTF-8 bytes) of `word` itself
    /// and of each string made by deleting 1...`depth` of its scalars (never all of them),
    /// the word first, then each single delete, then each pair, by position. A key repeats
    /// when the word has equal neighbours.
    ///
    /// The deletes are never written out: FNV-1a reads bytes in order, so the key of a
    /// delete is the hash of the bytes before the first deleted scalar (computed once per
    /// position) continued over the bytes after it. Writing each delete into a buffer and
    /// hashing it, as before, was most of a typo lookup (docs/PERFORMANCE.md,
    /// "Twenty-first round").
    static func forEachDeleteKey(of word: [Unicode.Scalar], upTo depth: Int, _ body: (UInt64) -> Void) {
        let n = word.count
        var byteCount = 0
        for scalar in word { byteCount += UTF8.width(scalar) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, byteCount)) { bytes in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n + 1) { starts in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n + 1) { prefix in
                    // The word's bytes; where each scalar's start; the key of each prefix.
                    var at = 0
                    for (k, scalar) in word.enumerated() {
                        starts[k] = at
                        UTF8.encode(scalar) { byte in
                            bytes[at] = byte
                            at += 1
                        }
                    }
                    starts[n] = at
                    // The key of `hash`'s bytes followed by the word's scalars `from..<to`.
                    func continued(_ hash: UInt64, from: Int, to: Int) -> UInt64 {
                        HashMultimap.key(continuing: hash, UnsafeBufferPointer(rebasing: bytes[starts[from]..<starts[to]]))
                    }
                    prefix[0] = HashMultimap.emptyKey
                    for k in 0..<n { prefix[k + 1] = continued(prefix[k], from: k, to: k + 1) }
                    body(prefix[n])
                    if depth >= 1, n > 1 {
                        for i in 0..<n { body(continued(prefix[i], from: i + 1, to: n)) }
                    }
                    if depth >= 2, n > 2 {
                        for i in 0..<n - 1 {
                            for j in i + 1..<n {
                                body(continued(continued(prefix[i], from: i + 1, to: j), from: j + 1, to: n))
                            }
                        }
                    }
                }
            }
        }
    }
}
