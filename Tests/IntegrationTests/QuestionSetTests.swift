import CareerClient
import CareerProtocol
import Foundation
import Testing

/// The project's own question set must score at least 0.95 against the real daemon;
/// the shared development set is scored and printed when it is present beside the
/// checkout.
@Suite(.serialized) struct QuestionSetTests {
    static let minimum = 0.95

    @Test func projectQuestionSetScoresAtLeastTheMinimum() throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let cases = try EvalCase.load(path: Daemon.root + "/Tests/Eval/questions.jsonl")
        #expect(cases.count >= 200)
        let report = Evaluator().run(cases, client: try daemon.client())
        print("project question set:\n" + report.renderText(showFailures: 20))
        #expect(report.errors == 0)
        #expect(report.meets(minimum: Self.minimum), "score \(report.score) < \(Self.minimum)")
    }

    /// A second set, written blind to the first and to the code by someone else; it
    /// found gaps the first did not and guards them now.
    @Test func blindQuestionSetScoresAtLeastTheMinimum() throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let report = Evaluator().run(try EvalCase.load(path: Daemon.root + "/Tests/Eval/blind.jsonl"), client: try daemon.client())
        print("blind question set:\n" + report.renderText(showFailures: 20))
        #expect(report.errors == 0)
        #expect(report.meets(minimum: Self.minimum), "score \(report.score) < \(Self.minimum)")
    }

    /// Sets written blind for issue 12 (by helpers who saw neither the code, the
    /// examples nor the other sets). blind3 scored 92.5% on first contact with the
    /// learned model, blind4 90.5% (docs/ADVISOR.md); general changes since took both
    /// past the bar of the others, and they are held to it.
    @Test(arguments: [("blind3.jsonl", Self.minimum), ("blind4.jsonl", Self.minimum)])
    func laterBlindSetsScoreAtLeastTheirBar(file: String, bar: Double) throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let report = Evaluator().run(try EvalCase.load(path: Daemon.root + "/Tests/Eval/" + file), client: try daemon.client())
        print("\(file):\n" + report.renderText(showFailures: 20))
        #expect(report.errors == 0)
        #expect(report.meets(minimum: bar), "score \(report.score) < \(bar)")
    }

    /// The intent model's cross-validation on the examples, over the socket (3 folds:
    /// a debug daemon trains slowly; `career eval` runs 5).
    @Test func crossValidationOnTheExamplesIsReported() throws {
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let v: ModelValidateResult = try daemon.client().call(ModelValidateParams(folds: 3))
        print("intent model, 3-fold cross-validation on \(v.examples) examples: \(v.accuracy ?? 0)")
        #expect(v.examples > 1000)
        #expect((v.accuracy ?? 0) >= 0.85, "cross-validation accuracy \(v.accuracy ?? 0)")
        #expect(v.perIntent.count >= 19)
    }

    @Test func sharedDevelopmentSetIsScoredWhenPresent() throws {
        let path = Daemon.root + "/../shared/eval/dev.jsonl"
        guard FileManager.default.fileExists(atPath: path) else {
            print("shared dev set not found at \(path); skipped")
            return
        }
        let daemon = try Daemon().waitUntilReady()
        defer { daemon.stop() }
        let report = Evaluator().run(try EvalCase.load(path: path), client: try daemon.client())
        print("shared dev set (../shared/eval/dev.jsonl):\n" + report.renderText(showFailures: 20))
        #expect(report.errors == 0, "transport or protocol errors against the shared set")
    }
}
