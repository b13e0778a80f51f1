import ArgumentParser
import CareerClient
import CareerProtocol

/// `career search QUERY... [--type T] [--limit N]`: raw retrieval over the knowledge base.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the knowledge base; print hits best first (score, type:id, name).")

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("Only this entity type.", valueName: EntityType.choices))
    var type: EntityType?

    @Option(help: "At most this many hits (1-100).")
    var limit: Int = SearchParams.defaultLimit

    @Argument(help: "What to look for.")
    var words: [String] = []

    func validate() throws {
        if words.joined().allSatisfy(\.isWhitespace) { throw ValidationError("Missing the search query.") }
        if !SearchParams.limitRange.contains(limit) { throw ValidationError("--limit must be between 1 and 100.") }
    }

    func run() throws {
        let params = SearchParams(query: words.joined(separator: " "), type: type, limit: limit)
        try Daemon.run(options) { client in
            let raw = try client.call(method: SearchParams.method.rawValue, params: params.json)
            if options.json { Output.json(raw); return }
            let result = try decode(SearchResult.self, raw, from: client)
            if result.hits.isEmpty {
                print("no hits")
                return
            }
            let keys = result.hits.map { "\($0.type):\($0.id)" }
            let width = keys.map(\.count).max() ?? 0
            for (hit, key) in zip(result.hits, keys) {
                print(padLeft(fixedScore(hit.score), 8) + "  " + pad(key, width) + "  " + hit.name)
            }
        }
    }
}

func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
}

func padLeft(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}

/// A score with three decimals.
func fixedScore(_ x: Double) -> String {
    guard x.isFinite else { return String(x) }
    let milli = Int((x * 1000).rounded())
    let sign = milli < 0 ? "-" : ""
    let m = abs(milli)
    let frac = String(m % 1000)
    return sign + String(m / 1000) + "." + String(repeating: "0", count: 3 - frac.count) + frac
}
