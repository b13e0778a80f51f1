import CareerSearch

/// Maps sequences of stems to values, as a trie: a lookup takes two hashes per word it
/// matches (the stem's id, then the edge), with no strings built. Immutable after build;
/// thread-safe.
///
/// Layout: the stems are interned to ids, and the whole trie's edges live in one
/// `PairTable` keyed by (node, stem id), with one array entry per node saying where its
/// values are (a `[UInt64: UInt32]` hashed each edge with SipHash). A dictionary per node, as before, cost about 130 bytes for each node of a
/// chain of words: at 100k entities the entity names' trie held most of the advisor's
/// memory (docs/PERFORMANCE.md).
struct PhraseTable<Value: Sendable>: Sendable {
    /// Interned stems: text -> id, and id -> text. Text to id is a `WordTable`: stems
    /// compare by their UTF-8 bytes, as the search index's terms do (the analyzer that
    /// makes both folds Latin text to one form); a `[String: UInt32]` hashed every stem
    /// of a question with SipHash, once per table it was looked up in.
    private var stemIDs = WordTable()
    private var stems: [String] = []
    /// (parent node, stem id) -> child node. Node 0 is the root.
    private var edges = PairTable()
    /// Per node, the index in `valueLists` of the values of the phrase ending there, or -1.
    private var valueIndex: [Int32] = [-1]
    private var valueLists: [[Value]] = []

    /// Number of phrases stored.
    var count: Int { valueLists.count }

    mutating func add(_ phrase: some Collection<String>, _ value: Value) {
        guard !phrase.isEmpty else { return }
        var node: UInt32 = 0
        for stem in phrase {
            let id: UInt32
            if let known = self.id(of: stem) {
                id = known
            } else {
                id = UInt32(stems.count)
                stemIDs.insert(stem, value: Int32(id))
                stems.append(stem)
            }
            let key = Self.edge(node, id)
            let next = edges.value(key)
            if next >= 0 {
                node = UInt32(next)
            } else {
                let next = UInt32(valueIndex.count)
                valueIndex.append(-1)
                edges.insert(key, Int32(next))
                node = next
            }
        }
        if valueIndex[Int(node)] < 0 {
            valueIndex[Int(node)] = Int32(valueLists.count)
            valueLists.append([value])
        } else {
            valueLists[Int(valueIndex[Int(node)])].append(value)
        }
    }

    /// Room for `phrases` more phrases of `words` words in all, so that a large table is
    /// not rehashed as it grows.
    mutating func reserve(phrases: Int, words: Int) {
        edges.reserve(words)
        valueIndex.reserveCapacity(valueIndex.count + words)
        valueLists.reserveCapacity(valueLists.count + phrases)
    }

    /// Every phrase starting at `start`, shortest first, as (length, values), stopping at
    /// a position for which `allowed` is false.
    func matches(in stems: [String], at start: Int, allowed: (Int) -> Bool = { _ in true },
                 _ body: (Int, [Value]) -> Void) {
        phrases(in: stems, at: start, allowed: allowed) { length, _, values in body(length, values) }
    }

    /// `matches`, with each phrase's number in the table: the same number is the same
    /// phrase (the same stems), wherever in a question it is found.
    func phrases(in stems: [String], at start: Int, allowed: (Int) -> Bool = { _ in true },
                 _ body: (_ length: Int, _ phrase: Int, _ values: [Value]) -> Void) {
        var node: UInt32 = 0
        var i = start
        while i < stems.count, allowed(i), let id = id(of: stems[i]) {
            let next = edges.value(Self.edge(node, id))
            guard next >= 0 else { return }
            node = UInt32(next)
            i += 1
            let values = valueIndex[Int(node)]
            if values >= 0 { body(i - start, Int(values), valueLists[Int(values)]) }
        }
    }

    /// The key of the edge from `node` by the stem `id`.
    @inline(__always)
    private static func edge(_ node: UInt32, _ id: UInt32) -> UInt64 { PairTable.key(Int32(bitPattern: node), Int32(bitPattern: id)) }

    /// The id of `stem`, if a phrase uses it.
    @inline(__always)
    private func id(of stem: String) -> UInt32? {
        stemIDs.value(for: stem).map { UInt32($0) }
    }

    /// The longest phrase starting at `start`, as (length, values).
    func longestMatch(in stems: [String], at start: Int, allowed: (Int) -> Bool = { _ in true }) -> (Int, [Value])? {
        var best: (Int, [Value])?
        matches(in: stems, at: start, allowed: allowed) { best = ($0, $1) }
        return best
    }

    /// Every stem a phrase starts with.
    var startStems: [String] {
        stems.indices.filter { edges.value(Self.edge(0, UInt32($0))) >= 0 }.map { stems[$0] }
    }

    /// Every stem that appears in any phrase.
    var allStems: Set<String> { Set(stems) }
}
