import ArgumentParser
import CareerClient
import CareerProtocol

/// `career ask QUESTION...`: one question, one answer.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Ask one question; print the answer, its sources and follow-up suggestions.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: ArgumentHelp("A session id, so that later asks can follow up.", valueName: "id"))
    var session: String?

    @Argument(help: "The question (quote it, or pass it as several words).")
    var words: [String] = []

    func validate() throws {
        if words.joined().allSatisfy(\.isWhitespace) { throw ValidationError("Missing the question to ask.") }
    }

    func run() throws {
        let params = AskParams(text: words.joined(separator: " "), session: session)
        try Daemon.run(options) { client in
            let raw = try client.call(method: AskParams.method.rawValue, params: params.json)
            if options.json {
                Output.json(raw)
            } else {
                print(display.view().oneShot(try decode(AskResult.self, raw, from: client)))
            }
        }
    }
}

/// Decodes a result, reporting a malformed one as a transport-level failure.
func decode<R: RPCMethodResult>(_ type: R.Type, _ json: JSONValue, from client: LineClient) throws -> R {
    do {
        return try R(json: json)
    } catch {
        throw ClientError.malformedResponse(path: client.path, message: error.message)
    }
}
