import ArgumentParser
import CareerClient
import CareerProtocol

/// `career` (or `career prompt`): a conversation with the advisor.
///
/// On a terminal: a libedit prompt with history, one session for the whole run (so
/// follow-ups work), slash commands, and numbered suggestions. With stdin from a pipe:
/// every non-blank line is asked in the same session and answered without decoration.
/// Exit status: 0 at end of input; 1 if any question got an error response (pipe mode);
/// 2 when no daemon answers.
struct PromptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompt",
        abstract: "Talk to the advisor interactively (the default), or answer lines from stdin.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: ArgumentHelp("Use this session id instead of a new one.", valueName: "id"))
    var session: String?

    func run() throws {
        let client = try Daemon.connect(options)
        let sessionID = session ?? "career-\(Evaluator.randomTag())"
        var conversation = Conversation(client: client, session: sessionID, json: options.json, display: display)
        if Output.stdinIsTerminal {
            try conversation.interactive()
        } else {
            try conversation.piped()
        }
    }
}

/// The state of one prompt run. Not thread-safe.
struct Conversation {
    let client: LineClient
    let session: String
    var json: Bool
    /// Asked for a view per answer, so that a resized terminal is followed.
    let display: DisplayOptions
    var suggestions: [String] = []
    var hadErrors = false

    init(client: LineClient, session: String, json: Bool, display: DisplayOptions) {
        self.client = client
        self.session = session
        self.json = json
        self.display = display
    }

    static let help = """
    Ask anything about careers in AI and machine learning, e.g.
      what does an MLOps engineer do?      how much do they earn in the UK?
      which skills do I need for NLP?      free courses for deep learning
    Follow-ups keep the context: "and data analysts?" after a salary question.
    Type a suggestion's number to ask it.
      /help   this text          /reset  forget the conversation
      /json   toggle raw JSON     /quit   leave (or Ctrl-D)
    """

    mutating func interactive() throws {
        let editor = LineEditor(historyPath: LineEditor.defaultHistoryPath())
        defer { editor.save() }
        print(display.view().wrapped("career: connected to \(client.path). /help for help, Ctrl-D to leave."))
        while let line = editor.readLine(prompt: "career> ") {
            var text = line.trimmingWhitespace()
            if text.isEmpty { continue }
            if let n = Int(text), n >= 1, n <= suggestions.count {
                text = suggestions[n - 1]
                print(Output.dim("» \(text)"))
            }
            if text.hasPrefix("/") {
                if !command(text) { break }
                continue
            }
            ask(text, interactive: true)
            print()
        }
        print()  // leave the terminal on a fresh line after Ctrl-D
    }

    mutating func piped() throws {
        while let line = Swift.readLine(strippingNewline: true) {
            let text = line.trimmingWhitespace()
            if text.isEmpty { continue }
            if text.hasPrefix("/") {
                if !command(text) { break }
                continue
            }
            ask(text, interactive: false)
        }
        if hadErrors { throw ExitCode(1) }
    }

    /// Runs a slash command; false means quit.
    mutating func command(_ text: String) -> Bool {
        switch text.split(separator: " ").first.map(String.init) ?? text {
        case "/quit", "/exit", "/q":
            return false
        case "/help", "/?":
            print(display.view().wrapped(Conversation.help))
        case "/json":
            json.toggle()
            print(Output.dim("raw JSON \(json ? "on" : "off")"))
        case "/reset":
            if let result = call(SessionResetParams(session: session).json, method: .sessionReset) {
                suggestions = []
                let reset = result["reset"]?.bool ?? false
                print(Output.dim(reset ? "conversation forgotten" : "nothing to forget yet"))
            }
        default:
            Output.error("unknown command \(text); /help lists them")
        }
        return true
    }

    mutating func ask(_ text: String, interactive: Bool) {
        guard let raw = call(AskParams(text: text, session: session).json, method: .ask) else { return }
        if json {
            Output.json(raw)
            return
        }
        do {
            let result = try AskResult(json: raw)
            suggestions = result.suggestions
            let view = display.view()
            print(interactive ? view.interactive(result) : view.oneShot(result))
            if !interactive { print() }
        } catch {
            hadErrors = true
            Output.error("careerd at \(client.path): malformed response: \(error.message)")
        }
    }

    /// One call; after a dropped connection (a restarted daemon) reconnects and retries
    /// once. Errors are printed, and nil returned.
    mutating func call(_ params: JSONValue?, method: RPCMethodName) -> JSONValue? {
        for attempt in 0..<2 {
            do {
                return try client.call(method: method.rawValue, params: params)
            } catch let error as RPCError {
                hadErrors = true
                Output.error(error.message)
                return nil
            } catch let error as ClientError {
                if attempt == 0, !error.isUnreachable {
                    do { try client.reconnect(); continue } catch {
                        Output.error(Daemon.unreachableMessage(error))
                        hadErrors = true
                        return nil
                    }
                }
                hadErrors = true
                Output.error(error.isUnreachable ? Daemon.unreachableMessage(error) : error.description)
                return nil
            } catch {
                hadErrors = true
                Output.error("\(error)")
                return nil
            }
        }
        return nil
    }
}

extension String {
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
