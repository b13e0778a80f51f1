import Foundation
import Yams

/// Reads one YAML file into a node tree with positions. Unreadable files, empty files
/// and syntax errors are reported (with the position libyaml gives) and read as nil.
///
/// Speed (a 100k-entity folder is 100k files): flat files (one mapping of `key: value`
/// lines) are read without libyaml (`FlatYAML`), into the same nodes; other plain files
/// are composed straight from libyaml's events (`YAMLComposer`); the rest (anchors, tags, duplicate keys, syntax
/// errors) are read by Yams and converted, so their reading and messages are Yams'. Yams'
/// parser gets UTF-8 explicitly, since its default encoding reads the process environment
/// on every parse, and the basic resolver, since the decoders read scalars as text
/// (`plainText`, `Int(text)`) and never use implicit tags, which Yams resolves with
/// regular expressions per scalar.
enum YAMLDocument {
    /// A file read: its root node, or the one diagnostic that says why there is none.
    enum Outcome: Sendable {
        case node(Node)
        case failure(String, SourceLocation)
    }

    static func parse(path: String, log: LoadLog) -> Node? {
        var digest: UInt64 = 0
        let outcome = read(path: path, digest: &digest)
        log.read(path, digest: digest)
        switch outcome {
        case .node(let node): return node
        case .failure(let message, let location):
            log.report(.error, message, at: location)
            return nil
        }
    }

    /// Reads and parses one file without reporting: safe to call from any thread.
    /// `digest` receives the `ContentDigest` of the file's bytes (0 when unreadable).
    static func read(path: String, digest: inout UInt64) -> Outcome {
        read(bytes: Files.contents(of: path), path: path, digest: &digest)
    }

    /// Parses the bytes of the file at `path`, read already (nil: it could not be read),
    /// as `read(path:digest:)` does.
    static func read(bytes: [UInt8]?, path: String, digest: inout UInt64) -> Outcome {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let unreadable = Outcome.failure("cannot read the file as UTF-8 text", SourceLocation(file: path, line: 0, column: 0))
        guard let bytes else { return unreadable }
        digest = ContentDigest.of(bytes)
        // libyaml accepts only valid UTF-8 (a subset of it), so bytes it composes need no
        // check of their own; the text is made only for Yams, which also says why not.
        if let flat = bytes.withUnsafeBufferPointer(FlatYAML.parse) { return .node(flat) }
        let fast = bytes.withUnsafeBufferPointer { YAMLComposer.compose(utf8: $0) }
        switch fast {
        case .node(let node): return .node(node)
        case .empty: return .failure("the file is empty", start)
        case .unsupported: break
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return unreadable }
        do {
            guard let node = try composeWithYams(text) else { return .failure("the file is empty", start) }
            return .node(node)
        } catch let error as YamlError {
            let (message, mark) = describe(error)
            return .failure(message, mark.map { SourceLocation(file: path, line: $0.line, column: $0.column) } ?? start)
        } catch {
            return .failure("YAML error: \(error)", start)
        }
    }


    /// The file's node as Yams reads it: nil for no document, Yams' error for bad YAML.
    static func composeWithYams(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .basic, .default, .utf8).map(Node.init)
    }

    /// A one-line message and the position of a Yams error.
    private static func describe(_ error: YamlError) -> (String, (line: Int, column: Int)?) {
        func context(_ context: YamlError.Context?) -> String {
            guard let context else { return "" }
            return " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case let .scanner(ctx, problem, mark, _), let .parser(ctx, problem, mark, _),
             let .composer(ctx, problem, mark, _):
            return ("YAML syntax error: \(problem)\(context(ctx))", (mark.line, mark.column))
        case let .reader(problem, offset, _, yaml):
            return ("cannot read YAML: \(problem)", offset.flatMap { position(of: $0, in: yaml) })
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return ("duplicate key \(keys) in one mapping", (context.mark.line, context.mark.column))
        default:
            return ("YAML error: \(error)", nil)
        }
    }

    /// Line and column (1-based, in characters) of a character offset.
    private static func position(of offset: Int, in text: String) -> (line: Int, column: Int)? {
        var line = 1, column = 1
        for (index, character) in text.enumerated() {
            if index == offset { return (line, column) }
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}

extension Node {
    /// The light node of a Yams node (Yams resolves aliases to their nodes when composing).
    init(_ node: Yams.Node) {
        let mark = node.mark.map { Mark(line: $0.line, column: $0.column) } ?? Mark(line: 1, column: 1)
        switch node {
        case .scalar(let s):
            self = .scalar(Scalar(string: s.string, style: Scalar.Style(rawValue: Int(s.style.rawValue)) ?? .any, mark: mark))
        case .mapping(let m):
            self = .mapping(Mapping(pairs: m.map { (Node($0.key), Node($0.value)) }, mark: mark))
        case .sequence(let s):
            self = .sequence(Sequence(items: s.map(Node.init), mark: mark))
        case .alias:
            self = .scalar(Scalar(string: "", style: .plain, mark: mark))
        }
    }
}
