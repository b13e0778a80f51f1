import ArgumentParser
import CareerClient
import CareerProtocol

/// `career get TYPE ID`: one entity's full record.
struct GetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Show the full record of one entity (exit 1 when the id is unknown).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The entity type.", valueName: EntityType.choices))
    var type: EntityType

    @Argument(help: "The entity's id, e.g. data-engineer.")
    var id: String

    func run() throws {
        try Daemon.run(options) { client in
            let raw = try client.call(method: GetParams.method.rawValue, params: GetParams(type: type, id: id).json)
            if options.json { Output.json(raw); return }
            let result = try decode(GetResult.self, raw, from: client)
            print(Output.bold("\(result.name)") + " (\(result.type):\(result.id))")
            print(RecordView.render(result.record))
        }
    }
}
