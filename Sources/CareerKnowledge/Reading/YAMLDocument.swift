import Foundation
import Yams

/// Reads one YAML file into a node tree with positions. Unreadable files, empty files
/// and syntax errors are reported (with the position libyaml gives) and read as nil.
enum YAMLDocument {
    static func parse(path: String, log: LoadLog) -> Node? {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            log.report(.error, "cannot read the file as UTF-8 text", at: SourceLocation(file: path, line: 0, column: 0))
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.report(.error, "the file is empty", at: start)
                return nil
            }
            return node
        } catch let error as YamlError {
            let (message, mark) = describe(error)
            let location = mark.map { SourceLocation(file: path, line: $0.line, column: $0.column) } ?? start
            log.report(.error, message, at: location)
        } catch {
            log.report(.error, "YAML error: \(error)", at: start)
        }
        return nil
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
