#if canImport(Glibc)
import Glibc
#endif

/// Load-time work on a plain POSIX thread of its own, for work that waits on the disk
/// beside work that keeps the cores busy: libdispatch's pool keeps to one thread a core,
/// even while one waits, and Foundation's `Thread` (linked in) made the shipped
/// knowledge's start 0.8 MB larger in resident memory. Not for the hot path.
enum PosixThread {
    /// Starts `work` on a new thread; nil when no thread could be started (the caller
    /// then runs the work itself). The thread must be joined with `pthread_join`.
    static func start(_ work: @escaping @Sendable () -> Void) -> pthread_t? {
        let box = Unmanaged.passRetained(WorkBox(work)).toOpaque()
        var thread = pthread_t()
        guard pthread_create(&thread, nil, { box in
            Unmanaged<WorkBox>.fromOpaque(box!).takeRetainedValue().run()
            return nil
        }, box) == 0 else {
            Unmanaged<WorkBox>.fromOpaque(box).release()
            return nil
        }
        return thread
    }
}

/// A result computed on a thread of its own while the caller does other work: `wait()`
/// joins the thread and returns it. Used once; `wait` must be called exactly once, from
/// the thread that made it.
final class Pending<T: Sendable> {
    private let slot: UnsafeMutablePointer<T>
    private var thread: pthread_t?

    /// Starts `work` on its own thread, or runs it here when no thread can be started.
    init(_ work: @escaping @Sendable () -> T) {
        slot = .allocate(capacity: 1)
        nonisolated(unsafe) let slot = self.slot  // written by the thread, read after the join
        thread = PosixThread.start { slot.initialize(to: work()) }
        if thread == nil { slot.initialize(to: work()) }
    }

    /// The result, once the thread is done.
    func wait() -> T {
        if let thread { pthread_join(thread, nil) }
        thread = nil
        return slot.move()
    }

    deinit { slot.deallocate() }
}

/// A thread's work, handed to `pthread_create` through an opaque pointer.
private final class WorkBox {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
