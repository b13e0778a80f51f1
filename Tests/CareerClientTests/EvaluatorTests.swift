import Testing
@testable import CareerClient
import CareerProtocol

private func result(_ intent: String, _ entities: [String] = [], answer: String = "") -> JSONValue {
    ["intent": .string(intent),
     "entities": .array(entities.map { key in
         let parts = key.split(separator: ":").map(String.init)
         return ["type": .string(parts[0]), "id": .string(parts[1]), "name": "N"]
     }),
     "answer": .string(answer)]
}

@Suite struct EvaluatorTests {
    @Test func sessionsFollowRunEval() {
        var asked: [String] = []
        let cases = [
            EvalCase(id: "a", text: "q1", intents: ["x"], session: "s1"),
            EvalCase(id: "b", text: "q2", intents: ["x"], session: "s1"),
            EvalCase(id: "c", text: "q3", intents: ["x"]),
            EvalCase(id: "d", text: "q4", intents: ["x"]),
        ]
        _ = Evaluator(runTag: "tag").run(cases) { _, session in
            asked.append(session)
            return result("x")
        }
        #expect(asked == ["eval-tag-s1", "eval-tag-s1", "eval-tag-c", "eval-tag-d"])
        #expect(Evaluator().runTag.count == 8)
        #expect(Evaluator().runTag != Evaluator().runTag)
    }

    @Test func intentMayBeAnyOfAList() {
        let c = EvalCase(id: "a", text: "t", intents: ["role.salary", "market.stats"])
        #expect(Evaluator.score(c, reply: .success(result("market.stats")), latency: .zero).passed)
        let o = Evaluator.score(c, reply: .success(result("help")), latency: .zero)
        #expect(!o.passed && o.reason == "intent 'help' != ['role.salary', 'market.stats']")
    }

    @Test func entitiesAreASubsetCheck() {
        let c = EvalCase(id: "a", text: "t", intents: ["role.salary"], entities: ["role:data-engineer", "region:uk"])
        #expect(Evaluator.score(c, reply: .success(result("role.salary", ["role:data-engineer", "region:uk", "level:entry"])), latency: .zero).passed)
        let o = Evaluator.score(c, reply: .success(result("role.salary", ["role:data-engineer"])), latency: .zero)
        #expect(!o.entitiesOK && o.intentOK)
        #expect(o.reason == "entities ['role:data-engineer'] lack ['region:uk']")
    }

    @Test func answerAnyIsNormalized() {
        let c = EvalCase(id: "a", text: "t", intents: ["x"], answerAny: ["55,000", "55K"])
        #expect(Evaluator.score(c, reply: .success(result("x", answer: "About $55000 a year")), latency: .zero).answerOK)
        #expect(Evaluator.score(c, reply: .success(result("x", answer: "about 55k")), latency: .zero).answerOK)
        let o = Evaluator.score(c, reply: .success(result("x", answer: "about 60k")), latency: .zero)
        #expect(!o.answerOK && o.reason == "answer lacks any of ['55,000', '55K']")
        let dash = EvalCase(id: "b", text: "t", intents: ["x"], answerAny: ["3-6 years"])
        #expect(Evaluator.score(dash, reply: .success(result("x", answer: "mid level (3\u{2013}6 years)")), latency: .zero).answerOK)
        #expect(Evaluator.normalize("A,B\u{2014}C") == "ab-c")
    }

    @Test func noAnswerCheckWhenAnswerAnyIsEmpty() {
        let c = EvalCase(id: "a", text: "t", intents: ["x"], answerAny: [])
        #expect(Evaluator.score(c, reply: .success(["intent": "x"]), latency: .zero).passed)
    }

    @Test func errorsCountAsFailures() {
        let c = EvalCase(id: "a", text: "t", intents: ["x"])
        let rpc = Evaluator.score(c, reply: .failure(RPCError.busy), latency: .zero)
        #expect(rpc.isError && !rpc.passed)
        #expect(rpc.reason == #"error: {"code":-32004,"message":"Server busy"}"#)
        let transport = Evaluator.score(c, reply: .failure(ClientError.connectionClosed(path: "/s")), latency: .zero)
        #expect(transport.reason?.hasPrefix(#"error: {"message":"transport: "#) == true)
        let notObject = Evaluator.score(c, reply: .success("oops"), latency: .zero)
        #expect(notObject.isError && notObject.gotLabel == "(error)")
    }

    @Test func oddEntitiesAreReadLikePython() {
        let c = EvalCase(id: "a", text: "t", intents: ["x"], entities: ["role:None"])
        let reply: JSONValue = ["intent": "x", "entities": [["type": "role"], "junk"]]
        #expect(Evaluator.score(c, reply: .success(reply), latency: .zero).entitiesOK)
    }

    @Test func runKeepsGoingAfterFailures() {
        let cases = (0..<4).map { EvalCase(id: "c\($0)", text: "q\($0)", intents: ["x"]) }
        var n = 0
        let report = Evaluator(runTag: "t").run(cases) { _, _ in
            n += 1
            if n == 2 { throw ClientError.connectionClosed(path: "/s") }
            if n == 3 { throw RPCError.rateLimited }
            return result("x")
        }
        #expect(report.cases == 4 && report.passed == 2 && report.errors == 2)
    }
}
