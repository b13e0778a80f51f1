import ArgumentParser
import CareerAdvisor
import CareerKnowledge
import CareerServer
import Logging
import ServiceLifecycle
import Systemd
import UnixSignals

/// Serves the advisor until SIGTERM or SIGINT; SIGHUP reloads the knowledge.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the daemon (the default).")

    @Option(help: "Unix socket to listen on (default: $CAREERD_SOCKET, $XDG_RUNTIME_DIR/careerd.sock, /run/careerd/careerd.sock). Ignored under socket activation.")
    var socket: String?

    @Option(help: "Knowledge folder (default: the installed copy, else Knowledge/ of the checkout).")
    var knowledge: String?

    @Option(help: "Event-loop threads (default: one per core).")
    var threads: Int?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        _ = LoggingSetup.bootstrap(identifier: "careerd", level: level)
        var logger = Logger(label: "careerd")
        logger.logLevel = level

        let directory = knowledge ?? Paths.defaultKnowledge()
        let advisor: Advisor
        do {
            advisor = Advisor(knowledge: try KnowledgeLoader.load(directory: directory))
        } catch {
            for d in error.diagnostics { printError(d.description) }
            _ = SystemdNotifier().status("knowledge failed to load: " + (error.errors.first?.description ?? "see the log"))
            logger.critical("knowledge folder failed to load", metadata: ["directory": "\(directory)", "problems": "\(error.diagnostics.count)"])
            throw ExitCode(1)
        }
        logger.info("intent model trained", metadata: [
            "examples": "\(advisor.modelExamples)",
            "took_ms": "\(Int(advisor.modelTrainingMilliseconds.rounded()))"])

        var config = ServerConfiguration(bind: bindTarget())
        config.version = Version.string
        if let threads { config.threads = threads }
        config.testHooks = Paths.env("CAREERD_TEST_HOOKS") == "1"

        let systemd = SystemdGlue(logger: logger)
        let server = CareerServer(configuration: config, advisor: advisor, knowledgeDirectory: directory,
                                  events: systemd.events(), logger: logger)
        systemd.startWatchdog(server)
        let reloader = ReloadOnHangup(server: server)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: server), .init(service: reloader)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        do {
            try await group.run()
        } catch let error as BindError {
            printError("careerd: " + error.description)
            throw ExitCode(1)
        }
    }

    private func bindTarget() -> BindTarget {
        let inherited = SocketActivation.listeningSockets()
        if let s = inherited.first(where: { $0.name == "careerd" }) ?? inherited.first {
            return .inheritedDescriptor(s.fd)
        }
        return .unixDomainSocket(path: socket ?? Paths.defaultSocket())
    }
}

/// Reloads the knowledge on each SIGHUP, until shutdown.
struct ReloadOnHangup: Service {
    let server: CareerServer

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        await withGracefulShutdownHandler {
            for await _ in signals.cancelOnGracefulShutdown() {
                _ = await server.reload()
            }
        } onGracefulShutdown: {}
    }
}
