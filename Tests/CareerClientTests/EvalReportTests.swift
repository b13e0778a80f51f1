import Testing
@testable import CareerClient
import CareerProtocol

@Suite struct EvalReportTests {
    static func report() -> EvalReport {
        let cases = [
            EvalCase(id: "a", text: "hello", intents: ["smalltalk"]),
            EvalCase(id: "b", text: "pay?", intents: ["role.salary"], entities: ["role:data-analyst"]),
            EvalCase(id: "c", text: "what is X", intents: ["role.overview"]),
            EvalCase(id: "d", text: "boom", intents: ["role.salary"]),
        ]
        let replies: [String: Result<JSONValue, Error>] = [
            "hello": .success(["intent": "smalltalk", "answer": "hi"]),
            "pay?": .success(["intent": "role.salary", "entities": [["type": "role", "id": "data-analyst"]], "answer": "55k"]),
            "what is X": .success(["intent": "role.salary", "answer": "?"]),
            "boom": .failure(RPCError.internalError),
        ]
        return Evaluator(runTag: "t").run(cases) { text, _ in try replies[text]!.get() }
    }

    @Test func figures() {
        let r = Self.report()
        #expect(r.cases == 4 && r.passed == 2 && r.errors == 1)
        #expect(r.score == 0.5)
        #expect(r.intentAccuracy == 0.5)
        #expect(r.entityRecall == 0.75)  // errors count as misses; cases without entities pass
        #expect(r.answerChecks == 0.75)
        #expect(r.perIntent.map(\.label) == ["role.overview", "role.salary", "smalltalk"])
        #expect(r.perIntent[1].passed == 1 && r.perIntent[1].total == 2)
        #expect(r.confusion["role.overview"] == ["role.salary": 1])
        #expect(r.confusion["role.salary"] == ["role.salary": 1, "(error)": 1])
        #expect(r.failures.map(\.evalCase.id) == ["c", "d"])
        #expect(r.meets(minimum: 0.5) && !r.meets(minimum: 0.51))
    }

    @Test func jsonMatchesRunEvalKeys() {
        let json = Self.report().json
        let keys = json.object?.keys ?? []
        #expect(Array(keys.prefix(10)) == ["cases", "passed", "score", "intent_accuracy", "entity_recall", "answer_checks",
                                           "errors", "p50_ms", "max_ms", "per_intent"])
        #expect(json["per_intent"] == ["role.overview": "0/1", "role.salary": "1/2", "smalltalk": "1/1"])
        #expect(json["score"] == 0.5)
        #expect(json["failures"]?[0]?["id"] == "c")
    }

    @Test func emptyRun() {
        let r = EvalReport(outcomes: [])
        #expect(r.score == 0 && r.p50Milliseconds == nil)
        #expect(r.json["p50_ms"] == .null)
        #expect(r.renderText().contains("score 0.0% (0 of 0 cases)"))
    }

    @Test func textRendering() {
        let text = Self.report().renderText(showFailures: 1)
        #expect(text.contains("FAIL c: 'what is X': intent 'role.salary' != 'role.overview'"))
        #expect(text.contains("... 1 more failures"))
        #expect(text.contains("  role.salary             1/2      50.0%"))
        #expect(text.contains("confusion (rows: expected intent, columns: reported intent)"))
        #expect(text.contains("1=(error)"))
        #expect(text.contains("intent 50.0%  entities 75.0%  answers 75.0%  errors 1  p50 "))
        #expect(text.hasSuffix("score 50.0% (2 of 4 cases)\n"))
    }

    @Test func formatting() {
        #expect(percent(0.975) == "97.5%")
        #expect(percent(1) == "100.0%")
        #expect(percent(0) == "0.0%")
        #expect(fixed(0.0725, 3) == "0.073")
        #expect(fixed(-1.25, 1) == "-1.3")
        #expect(fixed(9.99, 1) == "10.0")
    }
}
