import Foundation
import Logging

/// Chooses where the process logs, once.
///
/// Under systemd with stderr connected to the journal (``JournalStream/stderrIsJournal()``)
/// every logger gets a ``JournalLogHandler`` (structured fields); otherwise swift-log's
/// `StreamLogHandler` on standard error. `LoggingSystem.bootstrap` may run only once per
/// process: the first call here decides, later calls change nothing and report the
/// destination chosen first.
public enum LoggingSetup {
    /// Where log entries go.
    public enum Destination: String, Sendable {
        case journal
        case stderr
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var chosen: Destination?

    /// What ``bootstrap(identifier:level:)`` would choose now: `.journal` exactly when
    /// ``JournalStream/stderrIsJournal()``.
    public static func preferredDestination() -> Destination {
        JournalStream.stderrIsJournal() ? .journal : .stderr
    }

    /// Bootstraps swift-log for the process. `identifier` is the journal's
    /// `SYSLOG_IDENTIFIER` (e.g. `careerd`); `level` the initial level of every logger.
    @discardableResult
    public static func bootstrap(identifier: String, level: Logger.Level) -> Destination {
        lock.lock()
        defer { lock.unlock() }
        if let chosen { return chosen }
        let destination = preferredDestination()
        switch destination {
        case .journal:
            LoggingSystem.bootstrap { label in
                var handler = JournalLogHandler(label: label, identifier: identifier)
                handler.logLevel = level
                return handler
            }
        case .stderr:
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        }
        chosen = destination
        return destination
    }
}
