import CSystemd

/// The service watchdog (`WatchdogSec=`), read with `sd_watchdog_enabled(3)`.
///
/// Guarantees: reads `WATCHDOG_USEC` (and `WATCHDOG_PID`, which must be this process when
/// set) without modifying the environment; `nil` whenever the watchdog is off for this
/// process. Send ``SystemdNotifier/watchdog()`` once per ``interval()``.
public enum Watchdog {
    /// The ping period: half of the watchdog timeout, or `nil` when there is no watchdog.
    public static func interval() -> Duration? {
        guard let timeout = timeout() else { return nil }
        return timeout / 2
    }

    /// The full timeout systemd enforces (`WatchdogSec=`), or `nil` when there is none.
    public static func timeout() -> Duration? {
        var usec: UInt64 = 0
        guard sd_watchdog_enabled(0, &usec) > 0, usec > 0 else { return nil }
        return .microseconds(Int64(clamping: usec))
    }
}
