import ArgumentParser
import CareerClient
import CareerProtocol

/// `career reload`: make the daemon re-read its knowledge directory, and wait for the
/// outcome. systemd's `ExecReload=` runs this, so the exit status matters: 0 reloaded,
/// 1 refused (the diagnostics go to stderr; the daemon keeps its old knowledge),
/// 2 no daemon.
struct ReloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Reload the knowledge base; exit 1 with the problems if it is invalid.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let client = try Daemon.connect(options, timeout: 120)
        do {
            let raw = try client.call(method: ReloadParams.method.rawValue)
            if options.json { Output.json(raw); return }
            let result = try decode(ReloadResult.self, raw, from: client)
            print("reloaded in \(fixedScore(result.tookMilliseconds).dropLast(2)) ms: \(Output.counts(result.counts))")
        } catch let error as RPCError where error.code == .reloadFailed {
            if options.json { Output.json(["error": error.json]) }
            let diagnostics = error.diagnostics ?? []
            Output.error("reload failed; careerd keeps the knowledge it had" + (diagnostics.isEmpty ? ": \(error.message)" : ":"))
            for line in diagnostics { Output.errorLine("  \(line)") }
            throw ExitCode(1)
        } catch let error as RPCError {
            Daemon.report(error, json: options.json)
            throw ExitCode(1)
        } catch let error as ClientError {
            Output.error(error.description)
            throw ExitCode(2)
        }
    }
}
