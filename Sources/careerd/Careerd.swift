import ArgumentParser

/// `careerd`: the career advisor daemon. Serving is the default command; `check`
/// validates a knowledge folder the way the daemon loads it.
@main
struct Careerd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "careerd",
        abstract: "Career advisor daemon for careers in AI and machine learning (JSON-RPC 2.0 over a Unix socket).",
        version: Version.string,
        subcommands: [Serve.self, Check.self],
        defaultSubcommand: Serve.self)
}

enum Version {
    static let string = "0.1.0"
}
