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
        against reported intents, and the overall score. Exits 1 when the score is below \
        --min-score, 0 otherwise (2 when no daemon answers).
        """)

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("Fail (exit 1) below this score: a fraction such as 0.8 (values above 1 are percent).", valueName: "x"))
    var minScore: Double?

    @Option(help: "How many failed questions to list.")
    var showFailures: Int = 15

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
        if options.json {
            print(report.json.jsonString)
        } else {
            print(report.renderText(showFailures: showFailures), terminator: "")
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

func percentText(_ x: Double) -> String {
    String(fixedScore(x * 100).dropLast(2)) + "%"
}
