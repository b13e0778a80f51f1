import ArgumentParser
import CareerClient
import CareerProtocol

/// `career list TYPE`: every id of a type with its name.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the ids and names of one entity type.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The entity type.", valueName: EntityType.choices))
    var type: EntityType

    func run() throws {
        try Daemon.run(options) { client in
            let raw = try client.call(method: ListParams.method.rawValue, params: ListParams(type: type).json)
            if options.json { Output.json(raw); return }
            let result = try decode(ListResult.self, raw, from: client)
            let width = result.items.map(\.id.count).max() ?? 0
            for item in result.items { print(pad(item.id, width) + "  " + item.name) }
        }
    }
}
