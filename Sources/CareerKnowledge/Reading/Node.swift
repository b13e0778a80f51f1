/// One YAML value with the place it was written: what the decoders read.
///
/// The knowledge's own light node, in place of Yams' (`Yams.Node`): a scalar keeps its text,
/// its style (plain or quoted, which the decoders distinguish: `null` versus `"null"`) and its
/// position, and nothing else. Yams' nodes also carry a tag object with its resolver and
/// constructor per value, whose reference counting was a fifth of loading a 100k-entity
/// folder (docs/PERFORMANCE.md). Built by `YAMLComposer` from libyaml's events, or converted
/// from a Yams node when Yams reads the file. Immutable values; safe to send anywhere.
enum Node: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// Line and column, from 1, as Yams reports them (libyaml's position plus one).
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    struct Scalar: Sendable {
        /// How the scalar was written; the raw values are libyaml's (and Yams').
        enum Style: Int, Sendable {
            case any = 0, plain, singleQuoted, doubleQuoted, literal, folded
        }
        var string: String
        var style: Style
        var mark: Mark
    }

    /// The pairs of a mapping in the order written.
    struct Mapping: Swift.Sequence, Sendable {
        var pairs: [(key: Node, value: Node)]
        var mark: Mark
        func makeIterator() -> IndexingIterator<[(key: Node, value: Node)]> { pairs.makeIterator() }
    }

    /// The items of a sequence in the order written.
    struct Sequence: Swift.Sequence, Sendable {
        var items: [Node]
        var mark: Mark
        func makeIterator() -> IndexingIterator<[Node]> { items.makeIterator() }
    }

    var mark: Mark? {
        switch self {
        case .scalar(let s): s.mark
        case .mapping(let m): m.mark
        case .sequence(let s): s.mark
        }
    }

    /// The text of a scalar; nil for collections.
    var string: String? {
        guard case .scalar(let s) = self else { return nil }
        return s.string
    }
}

/// The same tree: texts, styles, marks and order. What `FlatYAML` and libyaml must agree
/// on (`FlatYAMLTests`, the `yaml` fuzz target).
extension Node: Equatable {
    static func == (a: Node, b: Node) -> Bool {
        switch (a, b) {
        case let (.scalar(x), .scalar(y)): x.string == y.string && x.style == y.style && x.mark == y.mark
        case let (.sequence(x), .sequence(y)): x.mark == y.mark && x.items == y.items
        case let (.mapping(x), .mapping(y)):
            x.mark == y.mark && x.pairs.count == y.pairs.count
                && zip(x.pairs, y.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }
}
