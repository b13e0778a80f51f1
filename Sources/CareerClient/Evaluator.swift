import CareerProtocol

/// Scores a daemon against evaluation cases with the semantics of `run_eval.py`.
///
/// For each case, in order: ask `text` with session `eval-<runTag>-<conversation>`
/// (`conversation` is the case's session, or its id, so cases sharing a session form one
/// conversation and the others get a fresh session each; `runTag` keeps runs apart).
/// A case passes when the intent is one of the accepted ones, every expected `type:id`
/// is among the result's entities (subset check), and, if `answer_any` is non-empty, one
/// of its strings occurs in the answer after `normalize` of both. A result that is not an
/// object, an error response, or a transport failure counts as an error (and a failure).
/// Scoring never throws. Not thread-safe; run one at a time.
public struct Evaluator {
    /// Asks one question: returns the `ask` result; throws `RPCError` for an error
    /// response, anything else for a transport failure.
    public typealias Ask = (_ text: String, _ session: String) throws -> JSONValue

    public var runTag: String

    /// `runTag` defaults to 8 random hex digits.
    public init(runTag: String? = nil) {
        self.runTag = runTag ?? Evaluator.randomTag()
    }

    public static func randomTag() -> String {
        let hex = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(8))
    }

    /// The session id sent for a case.
    public func session(for evalCase: EvalCase) -> String { "eval-\(runTag)-\(evalCase.conversation)" }

    /// Runs every case through `ask`. `progress` is called after each case.
    public func run(_ cases: [EvalCase], ask: Ask, progress: ((EvalOutcome) -> Void)? = nil) -> EvalReport {
        var outcomes: [EvalOutcome] = []
        let clock = ContinuousClock()
        for evalCase in cases {
            let start = clock.now
            let reply: Result<JSONValue, Error>
            do {
                reply = .success(try ask(evalCase.text, session(for: evalCase)))
            } catch {
                reply = .failure(error)
            }
            let latency = start.duration(to: clock.now)
            let outcome = Evaluator.score(evalCase, reply: reply, latency: latency)
            outcomes.append(outcome)
            progress?(outcome)
        }
        return EvalReport(outcomes: outcomes)
    }

    /// Runs every case against a connected client. After a transport failure the client
    /// reconnects (if it cannot, the following cases fail too), as run_eval.py does.
    public func run(_ cases: [EvalCase], client: LineClient, progress: ((EvalOutcome) -> Void)? = nil) -> EvalReport {
        run(cases, ask: { text, session in
            do {
                return try client.call(method: RPCMethodName.ask.rawValue, params: ["text": .string(text), "session": .string(session)])
            } catch let error as ClientError {
                try? client.reconnect()
                throw error
            }
        }, progress: progress)
    }

    /// Scores one reply.
    public static func score(_ evalCase: EvalCase, reply: Result<JSONValue, Error>, latency: Duration) -> EvalOutcome {
        var outcome = EvalOutcome(evalCase: evalCase, latency: latency)
        let result: JSONValue
        switch reply {
        case .success(let value) where value.object != nil:
            result = value
        case .success:
            outcome.error = "error: null"
            outcome.reason = outcome.error
            return outcome
        case .failure(let error as RPCError):
            outcome.error = "error: " + String(error.json.jsonString.prefix(200))
            outcome.reason = outcome.error
            return outcome
        case .failure(let error):
            let json: JSONValue = ["message": .string("transport: \(error)")]
            outcome.error = "error: " + String(json.jsonString.prefix(200))
            outcome.reason = outcome.error
            return outcome
        }

        let gotIntent = result["intent"]?.string
        outcome.gotIntent = gotIntent
        var got: Set<String> = []
        for entity in result["entities"]?.array ?? [] {
            guard entity.object != nil else { continue }
            got.insert("\(pythonText(entity["type"])):\(pythonText(entity["id"]))")
        }
        outcome.gotEntities = got
        outcome.intentOK = gotIntent.map(evalCase.intents.contains) ?? false
        let missing = Set(evalCase.entities).subtracting(got)
        outcome.entitiesOK = missing.isEmpty
        let answer = normalize(result["answer"]?.string ?? "")
        outcome.answerOK = evalCase.answerAny.isEmpty
            || evalCase.answerAny.contains { contains(answer, normalize($0)) }

        var why: [String] = []
        if !outcome.intentOK {
            let wanted = evalCase.intents.count == 1 ? pythonRepr(evalCase.intents[0]) : pythonRepr(evalCase.intents)
            why.append("intent \(gotIntent.map(pythonRepr) ?? "None") != \(wanted)")
        }
        if !outcome.entitiesOK {
            why.append("entities \(pythonRepr(got.sorted(by: bytewise))) lack \(pythonRepr(missing.sorted(by: bytewise)))")
        }
        if !outcome.answerOK { why.append("answer lacks any of \(pythonRepr(evalCase.answerAny))") }
        if !why.isEmpty { outcome.reason = why.joined(separator: "; ") }
        return outcome
    }

    /// run_eval.py's `norm`: lower-case, drop commas, en and em dashes become `-`.
    public static func normalize(_ s: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        for scalar in s.lowercased().unicodeScalars {
            switch scalar {
            case ",": continue
            case "\u{2013}", "\u{2014}": out.unicodeScalars.append("-")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Substring test on code points, like Python's `in` (no Unicode canonical equivalence).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.unicodeScalars), n = Array(needle.unicodeScalars)
        if n.isEmpty { return true }
        guard n.count <= h.count else { return false }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
            if h[start..<(start + n.count)].elementsEqual(n) { return true }
        }
        return false
    }

    /// Python's sort order for strings: by code point (= UTF-8 byte order).
    static func bytewise(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// What Python's f-string shows for a JSON value inside an entity key.
    static func pythonText(_ v: JSONValue?) -> String {
        switch v {
        case nil, .null?: return "None"
        case .string(let s)?: return s
        case .bool(let b)?: return b ? "True" : "False"
        case let v?: return v.jsonString
        }
    }

    static func pythonRepr(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case quote: out += "\\\(c)"
            default: out.append(c)
            }
        }
        out.append(quote)
        return out
    }

    static func pythonRepr(_ list: [String]) -> String { "[" + list.map(pythonRepr).joined(separator: ", ") + "]" }
}

/// How one case went.
public struct EvalOutcome: Sendable {
    public var evalCase: EvalCase
    public var latency: Duration
    /// The reported intent; nil on error or when the result had none.
    public var gotIntent: String?
    public var gotEntities: Set<String> = []
    public var intentOK = false
    public var entitiesOK = false
    public var answerOK = false
    /// Set when the case got no usable result: `error: {...}` as run_eval.py prints it.
    public var error: String?
    /// Why the case failed (nil when it passed).
    public var reason: String?

    public init(evalCase: EvalCase, latency: Duration) {
        self.evalCase = evalCase
        self.latency = latency
    }

    public var passed: Bool { error == nil && intentOK && entitiesOK && answerOK }
    public var isError: Bool { error != nil }

    /// The column of the confusion matrix: the intent, "(error)" or "(none)".
    public var gotLabel: String { isError ? "(error)" : (gotIntent ?? "(none)") }
}
