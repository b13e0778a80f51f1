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

    @Option(help: "Configuration file of limits (default: /etc/careerd/careerd.conf when it exists). See docs/OPERATIONS.md.")
    var config: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("A setting of the configuration file, overriding it (repeatable).", valueName: "NAME=VALUE"))
    var settings: [String] = []

    @Option(help: "Where sessions are saved across restarts (default: $STATE_DIRECTORY; none: memory only).")
    var stateDirectory: String?

    @Option(help: "Where the trained intent model is cached between starts (default: $CACHE_DIRECTORY, $XDG_CACHE_HOME/careerd, ~/.cache/careerd; none: train at every start).")
    var cacheDirectory: String?

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        _ = LoggingSetup.bootstrap(identifier: "careerd", level: level)
        var logger = Logger(label: "careerd")
        logger.logLevel = level

        // The configuration first: a bad value is refused before the slower knowledge load.
        var config = ServerConfiguration(bind: bindTarget())
        config.version = Version.string
        do throws(ConfigurationError) {
            try Self.configure(&config, file: self.config, overrides: settings)
        } catch {
            printError("careerd: " + error.description)
            logger.critical("configuration refused", metadata: ["error": "\(error)"])
            throw ExitCode(1)
        }

        let directory = knowledge ?? Paths.defaultKnowledge()
        let cachePath = cacheDirectory ?? Paths.defaultCache()
        if let cachePath, cachePath != "none", let identity = Paths.executableIdentity() {
            config.modelCache = IntentModelCache(directory: cachePath, codeIdentity: identity)
        }
        // Before anything large is allocated: the start's temporaries go back to the
        // system when freed (HeapPolicy says why).
        HeapPolicy.fixMmapThreshold(environment: Paths.env)
        let advisor: Advisor
        do {
            let clock = ContinuousClock()
            let start = clock.now
            let knowledgeBase = try KnowledgeLoader.load(directory: directory)
            let loaded = clock.now
            advisor = Advisor(knowledge: knowledgeBase, modelCache: config.modelCache)
            logger.info("knowledge loaded", metadata: [
                "entities": "\(advisor.catalog.entityCount)",
                "load_ms": "\(Self.milliseconds(loaded - start))",
                "advisor_ms": "\(Self.milliseconds(clock.now - loaded))",
                "files": "\(KnowledgeLoader.readsThroughRing ? "io_uring" : "threads")"])
        } catch {
            for d in error.diagnostics { printError(d.description) }
            _ = SystemdNotifier().status("knowledge failed to load: " + (error.errors.first?.description ?? "see the log"))
            logger.critical("knowledge folder failed to load", metadata: ["directory": "\(directory)", "problems": "\(error.diagnostics.count)"])
            throw ExitCode(1)
        }
        logger.info("intent model ready", metadata: [
            "examples": "\(advisor.modelExamples)",
            "from": "\(advisor.modelOrigin.rawValue)",
            "cache": "\(config.modelCache?.directory ?? "none")",
            "took_ms": "\(Int(advisor.modelTrainingMilliseconds.rounded()))"])
        if let cache = config.modelCache, advisor.modelOrigin == .trained {
            logger.notice("the intent model could not be stored in the cache directory; every start will train it",
                          metadata: ["cache": "\(cache.directory)"])
        }

        if let threads { config.threads = threads }
        config.stateDirectory = stateDirectory ?? Paths.systemdDirectory("STATE_DIRECTORY")
        OpenFiles.raiseLimit(toAtLeast: config.maximumConnections + 64, logger: logger)
        config.testHooks = Paths.env("CAREERD_TEST_HOOKS") == "1"

        let systemd = SystemdGlue(logger: logger)
        let server = CareerServer(configuration: config, advisor: advisor, knowledgeDirectory: directory,
                                  events: systemd.events(), logger: logger)
        systemd.startWatchdog(server)
        // Trapped before the server listens: a SIGHUP that came between READY=1 and the
        // reloader's first step would otherwise find SIGHUP's default action and end the
        // daemon (seen once in a loaded CI run, DaemonTests.sighupReloadsAndSessionsSurvive).
        let reloader = ReloadOnHangup(server: server, signals: await UnixSignalsSequence(trapping: .sighup))
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

    static func milliseconds(_ d: Duration) -> Int {
        Int(d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000)
    }

    /// The configuration file (the given one, else the default one when it exists), then
    /// the `--set` overrides.
    static func configure(_ config: inout ServerConfiguration, file: String?, overrides: [String]) throws(ConfigurationError) {
        if let file {
            try ConfigurationFile.apply(path: file, to: &config)
        } else if Paths.exists(ConfigurationFile.defaultPath) {
            try ConfigurationFile.apply(path: ConfigurationFile.defaultPath, to: &config)
        }
        try ConfigurationFile.apply(overrides: overrides, to: &config)
    }

    private func bindTarget() -> BindTarget {
        let inherited = SocketActivation.listeningSockets()
        if let s = inherited.first(where: { $0.name == "careerd" }) ?? inherited.first {
            return .inheritedDescriptor(s.fd)
        }
        return .unixDomainSocket(path: socket ?? Paths.defaultSocket())
    }
}

/// Reloads the knowledge on each SIGHUP, until shutdown. `signals` must trap SIGHUP from
/// before the server starts listening (`UnixSignalsSequence`'s init returns once its
/// handler is registered), so that no SIGHUP meets the default action, which ends the
/// process.
struct ReloadOnHangup: Service {
    let server: CareerServer
    let signals: UnixSignalsSequence

    func run() async throws {
        await withGracefulShutdownHandler {
            for await _ in signals.cancelOnGracefulShutdown() {
                _ = await server.reload()
            }
        } onGracefulShutdown: {}
    }
}
