import Testing
@testable import CareerClient
import CareerProtocol

@Suite struct EvalCaseTests {
    @Test func parsesTheRunEvalFormat() throws {
        let text = """
        # comment
        {"id": "d1", "text": "hello", "intent": "smalltalk", "entities": []}

        {"id": "d2", "text": "pay", "intent": ["role.salary", "market.stats"], "entities": ["role:data-analyst"], "answer_any": ["55k"], "session": "s1"}
        {"id": 3, "text": "and them?", "intent": "role.salary", "session": "s1"}\r
        """
        let cases = try EvalCase.parse(jsonl: text)
        #expect(cases.count == 3)
        #expect(cases[0] == EvalCase(id: "d1", text: "hello", intents: ["smalltalk"]))
        #expect(cases[1].intents == ["role.salary", "market.stats"])
        #expect(cases[1].label == "role.salary|market.stats")
        #expect(cases[1].answerAny == ["55k"])
        #expect(cases[1].conversation == "s1")
        #expect(cases[2].id == "3")
        #expect(cases[0].conversation == "d1")
    }

    @Test func emptySessionFallsBackToTheID() throws {
        let c = try EvalCase(json: ["id": "x", "text": "t", "intent": "help", "session": ""])
        #expect(c.conversation == "x")
    }

    @Test func errorsCarryLineNumbers() {
        #expect(throws: EvalCaseError(line: 2, message: "case x: 'intent' must be a string or a list of strings")) {
            try EvalCase.parse(jsonl: "{\"id\":\"a\",\"text\":\"t\",\"intent\":\"help\"}\n{\"id\":\"x\",\"text\":\"t\"}\n")
        }
        #expect(throws: EvalCaseError.self) { try EvalCase.parse(jsonl: "{oops}") }
        #expect(throws: EvalCaseError.self) { try EvalCase.parse(jsonl: #"{"id":"a","text":"t","intent":"help","entities":"role:x"}"#) }
    }

    @Test func loadsTheSharedDevSet() throws {
        let cases = try EvalCase.load(path: "/work/shared/eval/dev.jsonl")
        #expect(cases.count > 0)
        #expect(cases.allSatisfy { !$0.intents.isEmpty && !$0.text.isEmpty })
    }

    @Test func missingFile() {
        #expect(throws: EvalCaseError.self) { try EvalCase.load(path: "/nonexistent/cases.jsonl") }
    }
}
