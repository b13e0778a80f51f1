import CareerServer
import Logging
import Systemd

/// Connects the server's life events to systemd: READY=1 once listening with the
/// knowledge loaded, STATUS= lines, RELOADING=1/READY=1 around reloads, STOPPING=1,
/// and WATCHDOG=1 at half of WatchdogSec, only while every event loop is responsive.
/// Without systemd every call is a no-op.
struct SystemdGlue: Sendable {
    let notifier = SystemdNotifier()
    let logger: Logger

    func events() -> ServerEvents {
        var e = ServerEvents()
        let n = notifier
        let logger = self.logger
        e.ready = { summary in
            _ = n.status(summary)
            _ = n.ready()
            logger.info("ready", metadata: ["status": "\(summary)"])
        }
        e.reloading = { _ = n.reloading() }
        e.reloaded = { error, summary in
            _ = n.status(error.map { "reload failed, serving previous knowledge: " + $0 } ?? summary)
            _ = n.ready()
        }
        e.stopping = {
            _ = n.status("stopping")
            _ = n.stopping()
        }
        e.status = { summary in _ = n.status(summary) }
        return e
    }

    func startWatchdog(_ server: CareerServer) {
        guard notifier.isAvailable, let period = Watchdog.interval() else { return }
        let n = notifier
        let nanos = period.components.seconds * 1_000_000_000 + period.components.attoseconds / 1_000_000_000
        logger.info("watchdog on", metadata: ["period_ms": "\(nanos / 1_000_000)"])
        server.every(.nanoseconds(nanos)) {
            if server.loopsResponsive(within: nanos) { _ = n.watchdog() }
        }
    }
}
