import ArgumentParser
import CareerClient
import CareerProtocol

/// `career info`: the daemon's version, knowledge and counters.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show the daemon's version, protocol, knowledge base and methods.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try Daemon.run(options) { client in
            let raw = try client.call(method: InfoParams.method.rawValue)
            if options.json { Output.json(raw); return }
            let info = try decode(InfoResult.self, raw, from: client)
            print("careerd \(info.version) at \(client.path), protocol \(info.protocolVersion), up \(uptime(info.uptimeSeconds))")
            var knowledge = info.knowledgeDirectory.isEmpty ? "?" : info.knowledgeDirectory
            if let loaded = info.loadedAt { knowledge += " (loaded \(loaded))" }
            print("knowledge    \(knowledge)")
            print("entities     \(Output.counts(info.counts))")
            print("methods      \(info.methods.joined(separator: ", "))")
            var activity: [String] = []
            if let s = info.sessions { activity.append("\(s) session\(s == 1 ? "" : "s")") }
            if let c = info.connections { activity.append("\(c) connection\(c == 1 ? "" : "s")") }
            if !activity.isEmpty { print("activity     \(activity.joined(separator: ", "))") }
        }
    }
}

/// "3d 4h", "2h 5m", "4m 12s", "9s".
func uptime(_ seconds: Double) -> String {
    let s = Int(max(0, seconds))
    let (d, h, m, r) = (s / 86400, s % 86400 / 3600, s % 3600 / 60, s % 60)
    if d > 0 { return "\(d)d \(h)h" }
    if h > 0 { return "\(h)h \(m)m" }
    if m > 0 { return "\(m)m \(r)s" }
    return "\(r)s"
}
