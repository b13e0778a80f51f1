import ArgumentParser
import CareerProtocol

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The daemon's socket (only this one is tried).", valueName: "path"), completion: .file())
    var socket: String?

    @Flag(name: .long, help: "Print the raw result as JSON (indented on a terminal, one line otherwise).")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for each answer (default 30; reload 120).", valueName: "seconds"))
    var timeout: Double?

    func timeout(default seconds: Double) -> Duration {
        let s = max(0.001, timeout ?? seconds)
        return .milliseconds(Int64(s * 1000))
    }
}

extension EntityType: ExpressibleByArgument {}
