/// Maps sequences of stems to values, as a trie: a lookup walks one dictionary level per
/// word, so finding every phrase that starts at a position costs one hash per word it
/// matches, with no strings built. Immutable after build; thread-safe.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var values: [Value] = []
    }
    private var nodes = [Node()]
    /// Number of phrases stored.
    private(set) var count = 0

    mutating func add(_ stems: some Collection<String>, _ value: Value) {
        guard !stems.isEmpty else { return }
        var node = 0
        for stem in stems {
            if let next = nodes[node].children[stem] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[stem] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if nodes[node].values.isEmpty { count += 1 }
        nodes[node].values.append(value)
    }

    /// Every phrase starting at `start`, shortest first, as (length, values), stopping at
    /// a position for which `allowed` is false.
    func matches(in stems: [String], at start: Int, allowed: (Int) -> Bool = { _ in true },
                 _ body: (Int, [Value]) -> Void) {
        var node = 0
        var i = start
        while i < stems.count, allowed(i), let next = nodes[node].children[stems[i]] {
            node = next
            i += 1
            if !nodes[node].values.isEmpty { body(i - start, nodes[node].values) }
        }
    }

    /// The longest phrase starting at `start`, as (length, values).
    func longestMatch(in stems: [String], at start: Int, allowed: (Int) -> Bool = { _ in true }) -> (Int, [Value])? {
        var best: (Int, [Value])?
        matches(in: stems, at: start, allowed: allowed) { best = ($0, $1) }
        return best
    }

    /// Every stem a phrase starts with.
    var startStems: Dictionary<String, Int>.Keys { nodes[0].children.keys }

    /// Every stem that appears in any phrase.
    var allStems: Set<String> {
        Set(nodes.flatMap { $0.children.keys })
    }
}
