import CareerProtocol

/// The outcome of an evaluation run: the figures run_eval.py prints, plus a confusion
/// matrix of expected against reported intents. Ratios are over all cases (0 when there
/// are none). Value type; `Sendable`.
public struct EvalReport: Sendable {
    public var outcomes: [EvalOutcome]

    public init(outcomes: [EvalOutcome]) { self.outcomes = outcomes }

    public var cases: Int { outcomes.count }
    public var passed: Int { outcomes.count { $0.passed } }
    public var errors: Int { outcomes.count { $0.isError } }
    public var intentCorrect: Int { outcomes.count { $0.intentOK } }
    public var entitiesCorrect: Int { outcomes.count { $0.entitiesOK } }
    public var answersCorrect: Int { outcomes.count { $0.answerOK } }

    private func ratio(_ n: Int) -> Double { cases == 0 ? 0 : Double(n) / Double(cases) }
    /// Passed cases over all cases.
    public var score: Double { ratio(passed) }
    public var intentAccuracy: Double { ratio(intentCorrect) }
    public var entityRecall: Double { ratio(entitiesCorrect) }
    public var answerChecks: Double { ratio(answersCorrect) }

    private var sortedLatencies: [Double] {
        outcomes.map { Double($0.latency.components.seconds) * 1000 + Double($0.latency.components.attoseconds) / 1e15 }.sorted()
    }
    /// The latency at index n/2 of the sorted latencies, in ms (run_eval.py's p50).
    public var p50Milliseconds: Double? { cases == 0 ? nil : sortedLatencies[cases / 2] }
    public var maxMilliseconds: Double? { sortedLatencies.last }

    /// Per expected label (the intent, or accepted intents joined by `|`): passed and
    /// total, sorted by label in code point order.
    public var perIntent: [(label: String, passed: Int, total: Int)] {
        var table: [String: (Int, Int)] = [:]
        for o in outcomes {
            var slot = table[o.evalCase.label] ?? (0, 0)
            slot.0 += o.passed ? 1 : 0
            slot.1 += 1
            table[o.evalCase.label] = slot
        }
        return table.keys.sorted(by: Evaluator.bytewise).map { ($0, table[$0]!.0, table[$0]!.1) }
    }

    /// counts[expected label][reported intent]; errors are reported as "(error)" and a
    /// missing intent as "(none)".
    public var confusion: [String: [String: Int]] {
        var m: [String: [String: Int]] = [:]
        for o in outcomes { m[o.evalCase.label, default: [:]][o.gotLabel, default: 0] += 1 }
        return m
    }

    /// The failed cases, in file order.
    public var failures: [EvalOutcome] { outcomes.filter { !$0.passed } }

    /// True when `score` reaches `minimum` (a fraction, 0...1).
    public func meets(minimum: Double) -> Bool { score + 1e-12 >= minimum }

    /// run_eval.py's `--json` summary with the same keys and rounding, plus `confusion`
    /// and `failures` (`[{id, text, reason}]`).
    public var json: JSONValue {
        func round(_ x: Double, _ digits: Int) -> JSONValue {
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            return .double((x * scale).rounded() / scale)
        }
        var perIntentJSON = JSONObject()
        for row in perIntent { perIntentJSON[row.label] = .string("\(row.passed)/\(row.total)") }
        var confusionJSON = JSONObject()
        let m = confusion
        for expected in m.keys.sorted(by: Evaluator.bytewise) {
            var row = JSONObject()
            for got in m[expected]!.keys.sorted(by: Evaluator.bytewise) { row[got] = JSONValue(m[expected]![got]!) }
            confusionJSON[expected] = .object(row)
        }
        return [
            "cases": JSONValue(cases),
            "passed": JSONValue(passed),
            "score": round(score, 4),
            "intent_accuracy": round(intentAccuracy, 4),
            "entity_recall": round(entityRecall, 4),
            "answer_checks": round(answerChecks, 4),
            "errors": JSONValue(errors),
            "p50_ms": p50Milliseconds.map { round($0, 3) } ?? .null,
            "max_ms": maxMilliseconds.map { round($0, 3) } ?? .null,
            "per_intent": .object(perIntentJSON),
            "confusion": .object(confusionJSON),
            "failures": .array(failures.map {
                ["id": .string($0.evalCase.id), "text": .string($0.evalCase.text), "reason": .string($0.reason ?? "")]
            }),
        ]
    }
}
