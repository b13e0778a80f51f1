#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CareerProtocol

/// One question of an evaluation set, in the JSON-lines format of `run_eval.py`:
/// `{"id", "text", "intent": string or [string], "entities"?: ["type:id"],
/// "answer_any"?: [string], "session"?: string}`.
public struct EvalCase: Sendable, Hashable {
    public var id: String
    public var text: String
    /// Acceptable intents (one when the file gave a string).
    public var intents: [String]
    /// `type:id` strings that must all be among the result's entities.
    public var entities: [String]
    /// When non-empty, one of these must occur in the normalized answer.
    public var answerAny: [String]
    /// Cases sharing a session form one conversation, in file order.
    public var session: String?

    public init(id: String, text: String, intents: [String], entities: [String] = [],
                answerAny: [String] = [], session: String? = nil) {
        self.id = id
        self.text = text
        self.intents = intents
        self.entities = entities
        self.answerAny = answerAny
        self.session = session
    }

    /// The row name used in per-intent scores: the intent, or the acceptable intents
    /// joined with `|`.
    public var label: String { intents.joined(separator: "|") }

    /// The conversation key: `session` when non-empty, else the case id (so that, as in
    /// run_eval.py, a case without a session gets a session of its own).
    public var conversation: String {
        if let session, !session.isEmpty { return session }
        return id
    }

    /// Reads one case. `id` may be a string or an integer; `session` too.
    public init(json: JSONValue) throws(EvalCaseError) {
        func scalarText(_ v: JSONValue?) -> String? {
            switch v {
            case .string(let s)?: return s
            case .int(let i)?: return String(i)
            default: return nil
            }
        }
        guard json.object != nil else { throw EvalCaseError(line: 0, message: "a case must be a JSON object") }
        guard let id = scalarText(json["id"]) else { throw EvalCaseError(line: 0, message: "'id' is required (a string)") }
        guard let text = json["text"]?.string else { throw EvalCaseError(line: 0, message: "case \(id): 'text' is required (a string)") }
        let intents: [String]
        switch json["intent"] {
        case .string(let s)?: intents = [s]
        case .array(let a)? where !a.isEmpty && a.allSatisfy({ $0.string != nil }): intents = a.compactMap(\.string)
        default: throw EvalCaseError(line: 0, message: "case \(id): 'intent' must be a string or a list of strings")
        }
        func strings(_ key: String) throws(EvalCaseError) -> [String] {
            guard let v = json[key], !v.isNull else { return [] }
            guard let a = v.array, a.allSatisfy({ $0.string != nil }) else {
                throw EvalCaseError(line: 0, message: "case \(id): '\(key)' must be a list of strings")
            }
            return a.compactMap(\.string)
        }
        self.init(id: id, text: text, intents: intents, entities: try strings("entities"),
                  answerAny: try strings("answer_any"), session: scalarText(json["session"]))
    }

    /// Parses a JSON-lines file. Lines that are blank, or start with `#`, are skipped.
    /// Errors carry the 1-based line number.
    public static func parse(jsonl text: String) throws(EvalCaseError) -> [EvalCase] {
        var cases: [EvalCase] = []
        var number = 0
        // Newlines as Python's text mode reads them: \n, \r\n (one Character in Swift) or \r.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let value: JSONValue
            do throws(JSONParseError) {
                value = try JSONValue(parsing: Array(line.utf8))
            } catch {
                throw EvalCaseError(line: number, message: "not JSON: \(error)")
            }
            do throws(EvalCaseError) {
                cases.append(try EvalCase(json: value))
            } catch {
                throw EvalCaseError(line: number, message: error.message)
            }
        }
        return cases
    }

    /// Reads and parses a JSON-lines file.
    public static func load(path: String) throws(EvalCaseError) -> [EvalCase] {
        guard let file = fopen(path, "rb") else {
            throw EvalCaseError(line: 0, message: "cannot read \(path): \(ClientError.errnoText(errno))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count { break }
        }
        if ferror(file) != 0 { throw EvalCaseError(line: 0, message: "cannot read \(path)") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw EvalCaseError(line: 0, message: "\(path) is not UTF-8")
        }
        return try parse(jsonl: text)
    }
}

/// A case file that could not be read; `line` is 1-based, 0 when not about one line.
public struct EvalCaseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
