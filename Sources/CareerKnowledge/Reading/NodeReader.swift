/// The state a decoder needs while it walks one file's nodes: the file path for
/// locations, the log to report into, and the dotted path of the field being read
/// (`salaries.region`), which messages name. A value type: nested reads get a copy.
struct NodeReader {
    let file: String
    let log: LoadLog
    /// Dotted path of the field being read; empty at the top of a file.
    private(set) var field: String = ""
    /// For an entity file, the id its file name promises; nil everywhere else.
    private(set) var expectedID: String?

    init(file: String, log: LoadLog, expectedID: String? = nil) {
        self.file = file
        self.log = log
        self.expectedID = expectedID
    }

    /// A reader for a field below this one. The file-name promise applies only to the
    /// top-level mapping, so it is not passed down.
    func reading(_ key: String) -> NodeReader {
        var copy = self
        copy.field = field.isEmpty ? key : "\(field).\(key)"
        copy.expectedID = nil
        return copy
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func error(_ message: String, at node: Node) { log.report(.error, message, at: location(node)) }
    func warning(_ message: String, at node: Node) { log.report(.warning, message, at: location(node)) }

    /// Reports that `node` is not the shape the field needs.
    func mismatch(_ node: Node, expected: String) {
        let subject = field.isEmpty ? "the file" : "'\(field)'"
        error("\(subject) must be \(expected), found \(node.shortDescription)", at: node)
    }
}

/// A decoded value with the place it was written, for checks that run after decoding
/// (references, aliases, ids).
struct Located<Value> {
    var value: Value
    var location: SourceLocation
}

extension Node {
    /// An empty value, `~` or `null`, written plainly. Fields holding it count as absent.
    var isNull: Bool {
        guard case .scalar(let s) = self, s.style == .plain || s.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// The text of a plain (unquoted) scalar; nil for quoted scalars and collections.
    var plainText: String? {
        guard case .scalar(let s) = self, s.style == .plain || s.style == .any else { return nil }
        return s.string
    }

    /// How a value is named in messages: `'55k'`, `a list`, `a mapping`, `nothing`.
    var shortDescription: String {
        switch self {
        case .scalar(let s):
            if isNull { return "nothing" }
            let text = s.string.count > 40 ? String(s.string.prefix(37)) + "..." : s.string
            return "'\(text)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
