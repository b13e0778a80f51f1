import ArgumentParser
import CareerKnowledge

/// `careerd check [DIR]`: every problem of a knowledge folder as `file:line:column:
/// message`; exit 0 when clean, 1 otherwise.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate a knowledge folder and report every problem.")

    @Argument(help: "The knowledge folder (default: the one the daemon would use).")
    var directory: String?

    func run() throws {
        let dir = directory ?? Paths.defaultKnowledge()
        let diagnostics = KnowledgeLoader.check(directory: dir)
        for d in diagnostics { printError(d.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            printError("\(dir): \(errors) error(s)")
            throw ExitCode(1)
        }
        print("\(dir): ok")
    }
}
