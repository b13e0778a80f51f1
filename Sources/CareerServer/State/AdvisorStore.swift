#if canImport(Glibc)
import Glibc
#endif
import CareerAdvisor
import CareerKnowledge
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// The advisor currently serving, and how to replace it.
///
/// A reload loads and validates the folder on a background thread beside the serving
/// advisor, builds a new `Advisor`, and swaps the reference under a lock. Requests hold
/// the reference they read, so requests in flight finish on the old knowledge. A folder
/// that fails to load leaves the old advisor serving and returns the diagnostics.
/// Concurrent reloads share one load.
final class AdvisorStore: Sendable {
    struct Loaded: Sendable {
        var advisor: Advisor
        var directory: String
        /// Seconds since the epoch.
        var loadedAt: Int
    }

    enum ReloadOutcome: Sendable {
        case reloaded(Loaded, tookMilliseconds: Int)
        case failed([String])
    }

    private let current: NIOLockedValueBox<Loaded>
    private let inFlight = NIOLockedValueBox<EventLoopFuture<ReloadOutcome>?>(nil)
    private let threadPool: NIOThreadPool
    private let modelCache: IntentModelCache?

    init(_ loaded: Loaded, threadPool: NIOThreadPool, modelCache: IntentModelCache? = nil) {
        current = NIOLockedValueBox(loaded)
        self.threadPool = threadPool
        self.modelCache = modelCache
    }

    var loaded: Loaded { current.withLockedValue { $0 } }
    var advisor: Advisor { current.withLockedValue { $0.advisor } }

    /// Loads `directory` into a new advisor, its intent model from `modelCache` when that
    /// holds one for the folder. Synchronous; used at start and on the pool.
    static func load(directory: String, modelCache: IntentModelCache? = nil) throws(KnowledgeLoadError) -> Loaded {
        let kb = try KnowledgeLoader.load(directory: directory)
        return Loaded(advisor: Advisor(knowledge: kb, modelCache: modelCache), directory: directory,
                      loadedAt: Int(wallClockSeconds()))
    }

    /// Runs slow work (cross-validation) on the store's thread pool, never on an event loop.
    func offload<T: Sendable>(on eventLoop: EventLoop, _ work: @escaping @Sendable () -> T) -> EventLoopFuture<T> {
        threadPool.runIfActive(eventLoop: eventLoop, work)
    }

    /// Reloads the current directory off the event loop; completes on `eventLoop`.
    func reload(on eventLoop: EventLoop) -> EventLoopFuture<ReloadOutcome> {
        inFlight.withLockedValue { running in
            if let running { return running.hop(to: eventLoop) }
            let directory = loaded.directory
            let future = threadPool.runIfActive(eventLoop: eventLoop) { () -> ReloadOutcome in
                let start = NIODeadline.now()
                do throws(KnowledgeLoadError) {
                    let fresh = try Self.load(directory: directory, modelCache: self.modelCache)
                    self.current.withLockedValue { $0 = fresh }
                    // The previous knowledge and index are freed now (requests hold them
                    // for microseconds); hand their pages back so that reloads leave
                    // resident memory flat (docs/RELIABILITY.md, the soak).
                    HeapPolicy.releaseFreePages()
                    let ms = Int((NIODeadline.now() - start).nanoseconds / 1_000_000)
                    return .reloaded(fresh, tookMilliseconds: ms)
                } catch {
                    return .failed(error.diagnostics.map(\.description))
                }
            }
            running = future
            future.whenComplete { _ in self.inFlight.withLockedValue { $0 = nil } }
            return future
        }
    }
}

/// Seconds since the epoch, from the system clock.
func wallClockSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
