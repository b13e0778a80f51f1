#if canImport(Glibc)
import Glibc
#endif
import CareerAdvisor
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOExtras
import NIOPosix
import ServiceLifecycle

/// The careerd socket server as a swift-service-lifecycle `Service`.
///
/// `run()` binds (or adopts) the Unix socket, reports ready, serves until graceful
/// shutdown, then stops accepting, lets every connection finish the requests it has
/// in flight (at most `shutdownGraceSeconds`), closes, and removes a socket file it
/// created, and saves the sessions. Requests are answered on the connection's event
/// loop; only `reload` leaves it (to load files on a thread pool), and profile writes are
/// handed to the session archive's writer thread.
public final class CareerServer: Service, Sendable {
    let state: ServerState
    let group: MultiThreadedEventLoopGroup
    let threadPool: NIOThreadPool
    /// Per event loop, when it last ran its heartbeat (uptime nanoseconds).
    private let heartbeats: NIOLockedValueBox<[ObjectIdentifier: Int64]>
    private let boundChannel = NIOLockedValueBox<Channel?>(nil)
    /// Timers (heartbeats, status, watchdog): cancelled before the loops shut down.
    private let timers = NIOLockedValueBox<[RepeatedTask]>([])

    /// Loads nothing: the knowledge is loaded by the caller (so a bad folder fails
    /// before anything binds) and handed in as `advisor`.
    public init(configuration: ServerConfiguration, advisor: Advisor, knowledgeDirectory: String,
                events: ServerEvents = ServerEvents(), logger: Logger) {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        threadPool = pool
        group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, configuration.threads))
        let loaded = AdvisorStore.Loaded(advisor: advisor, directory: knowledgeDirectory, loadedAt: Int(wallClockSeconds()))
        let archive = configuration.stateDirectory.flatMap { SessionArchive.open(directory: $0, logger: logger) }
        if configuration.stateDirectory == nil {
            logger.notice("no state directory ($STATE_DIRECTORY or --state-directory): sessions will not survive a restart")
        }
        state = ServerState(configuration: configuration, advisors: AdvisorStore(loaded, threadPool: pool, modelCache: configuration.modelCache),
                            events: events, logger: logger, archive: archive)
        state.restoreSessions()
        heartbeats = NIOLockedValueBox([:])
        // The load's garbage (parse trees, index builders) is freed by now: hand its pages
        // back, as a reload does (27 MB of 470 at 100k entities, docs/PERFORMANCE.md).
        HeapPolicy.releaseFreePages()
    }

    public func run() async throws {
        try await serveUntilDrained()
        cleanUpSocketFile()
        state.saveSessions()
        for timer in timers.withLockedValue({ t in defer { t = [] }; return t }) { timer.cancel() }
        try await group.shutdownGracefully()
        try await threadPool.shutdownGracefully()
        state.logger.info("stopped")
    }

    /// Serves until a graceful shutdown, then waits (at most the grace period) for the
    /// requests in flight. The quiescing helper lives only in here: its deinit completes a
    /// promise on an event loop, so it must be gone before the loops stop.
    private func serveUntilDrained() async throws {
        let quiesce = ServerQuiescingHelper(group: group)
        let channel = try await bind(quiesce: quiesce)
        boundChannel.withLockedValue { $0 = channel }
        startHeartbeats()
        state.logger.info("listening", metadata: ["socket": "\(state.configuration.bind)", "threads": "\(state.configuration.threads)"])
        state.events.ready(state.summary)
        every(.seconds(2)) { [state] in state.events.status(state.summary) }

        let drained = group.next().makePromise(of: Void.self)
        try await withGracefulShutdownHandler {
            try await channel.closeFuture.get()
        } onGracefulShutdown: { [state] in
            state.logger.info("shutting down: no new connections; finishing requests in flight")
            state.events.stopping()
            quiesce.initiateShutdown(promise: drained)
        }
        let grace = TimeAmount.seconds(Int64(state.configuration.shutdownGraceSeconds))
        let timeout = group.next().scheduleTask(in: grace) { drained.fail(ChannelError.alreadyClosed) }
        do {
            try await drained.futureResult.get()
            timeout.cancel()
        } catch {
            state.logger.warning("shutdown grace period over; closing remaining connections")
        }
    }

    /// Reloads the knowledge folder (SIGHUP and the `reload` method use this).
    public func reload() async -> String? {
        state.events.reloading()
        let outcome = try? await state.advisors.reload(on: group.next()).get()
        switch outcome {
        case .reloaded(let loaded, _)?:
            state.logger.info("knowledge reloaded", metadata: ["summary": "\(state.summary)",
                                                              "model": "\(loaded.advisor.modelOrigin.rawValue)"])
            state.events.reloaded(nil, state.summary)
            return nil
        case .failed(let diagnostics)?:
            let first = diagnostics.first ?? "unknown error"
            state.logger.error("reload failed; still serving the previous knowledge", metadata: ["error": "\(first)", "problems": "\(diagnostics.count)"])
            state.events.reloaded(first, state.summary)
            return first
        case nil:
            return "reload could not run"
        }
    }

    /// True when every event loop ran its heartbeat within `nanoseconds`: the watchdog
    /// pings only then, so one stuck loop stops the pings.
    public func loopsResponsive(within nanoseconds: Int64) -> Bool {
        let now = NIODeadline.now().uptimeNanoseconds
        let beats = heartbeats.withLockedValue { $0 }
        let loops = group.makeIterator().map { ObjectIdentifier($0) }
        return loops.allSatisfy { id in beats[id].map { Int64(now) - $0 < nanoseconds } ?? false }
    }

    /// Schedules `body` on one of the server's event loops every `interval`.
    public func every(_ interval: TimeAmount, _ body: @escaping @Sendable () -> Void) {
        let task = group.next().scheduleRepeatedTask(initialDelay: .zero, delay: interval) { _ in body() }
        timers.withLockedValue { $0.append(task) }
    }

    public var summary: String { state.summary }

    private func startHeartbeats() {
        for loop in group.makeIterator() {
            let id = ObjectIdentifier(loop)
            let task = loop.scheduleRepeatedTask(initialDelay: .zero, delay: .milliseconds(250)) { [heartbeats] _ in
                let now = Int64(NIODeadline.now().uptimeNanoseconds)
                heartbeats.withLockedValue { $0[id] = now }
            }
            timers.withLockedValue { $0.append(task) }
        }
    }

    private func cleanUpSocketFile() {
        if case .path(let path) = state.configuration.bind.kind { unlink(path) }
    }
}
