import ArgumentParser
import CareerClient
import CareerProtocol

/// `career eval FILE.jsonl`: score the daemon against a question set, as run_eval.py does.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the daemon against a JSON-lines question set (the run_eval.py format).",
        discussion: """
        Prints failed questions, the score per intent, a confusion matrix of expected \
        against reported intents, the overall score, and the intent model's k-fold \
        cross-validation on the knowledge's examples (model.validate). Exits 1 when the \
        score is below --min-score, 0 otherwise (2 when no daemon answers).
        """)

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("Fail (exit 1) below this score: a fraction such as 0.8 (values above 1 are percent).", valueName: "x"))
    var minScore: Double?

    @Option(help: "How many failed questions to list.")
    var showFailures: Int = 15

    @Option(help: "Folds of the cross-validation on the examples (0 leaves it out).")
    var folds: Int = ModelValidateParams.defaultFolds

    @Argument(help: "The cases, one JSON object per line.")
    var file: String

    func run() throws {
        let cases: [EvalCase]
        do {
            cases = try EvalCase.load(path: file)
        } catch {
            Output.error("\(file): \(error)")
            throw ExitCode(1)
        }
        let client = try Daemon.connect(options)
        let report = Evaluator().run(cases, client: client)
        let validation: ModelValidateResult? = folds > 0 ? try? client.call(ModelValidateParams(folds: folds)) : nil
        if options.json {
            var json = report.json
            if let validation, case .object(var o) = json { o["cross_validation"] = validation.json; json = .object(o) }
            print(json.jsonString)
        } else {
            print(report.renderText(showFailures: showFailures), terminator: "")
            if let validation { print(Self.render(validation)) }
        }
        if let minScore {
            let minimum = minScore > 1 ? minScore / 100 : minScore
            if !report.meets(minimum: minimum) {
                Output.error("score \(percentText(report.score)) is below the minimum \(percentText(minimum))")
                throw ExitCode(1)
            }
        }
    }
}

extension EvalCommand {
    /// "intent model, 5-fold cross-validation on 1,712 examples: 93.4%", then the
    /// weakest intents.
    static func render(_ v: ModelValidateResult) -> String {
        guard let accuracy = v.accuracy else { return "intent model: none (not every intent has examples)" }
        var out = "intent model, \(v.folds)-fold cross-validation on \(v.examples) examples: \(percentText(accuracy))"
        let weakest = v.perIntent.filter { $0.value.total > 0 }
            .sorted { Double($0.value.right) / Double($0.value.total) < Double($1.value.right) / Double($1.value.total) }
            .prefix(3)
        if !weakest.isEmpty {
            out += "\n  weakest: " + weakest.map { "\($0.key) \($0.value.right)/\($0.value.total)" }.joined(separator: ", ")
        }
        return out
    }
}

func percentText(_ x: Double) -> String {
    String(fixedScore(x * 100).dropLast(2)) + "%"
}
