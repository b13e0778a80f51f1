import Testing
@testable import Systemd

#if canImport(Glibc)
import Glibc
#endif

@Suite struct WatchdogTests {
    @Test func pingsAtHalfTheTimeout() {
        TestEnvironment.with(["WATCHDOG_USEC": "3000000", "WATCHDOG_PID": String(getpid())]) {
            #expect(Watchdog.timeout() == .seconds(3))
            #expect(Watchdog.interval() == .milliseconds(1500))
        }
    }

    @Test func withoutPIDTheWatchdogStillCounts() {
        TestEnvironment.with(["WATCHDOG_USEC": "1000000", "WATCHDOG_PID": nil]) {
            #expect(Watchdog.interval() == .milliseconds(500))
        }
    }

    @Test func anotherProcessesWatchdogIsIgnored() {
        TestEnvironment.with(["WATCHDOG_USEC": "3000000", "WATCHDOG_PID": "1"]) {
            #expect(Watchdog.interval() == nil)
        }
    }

    @Test func offOrMalformedMeansNone() {
        TestEnvironment.with(["WATCHDOG_USEC": nil, "WATCHDOG_PID": nil]) {
            #expect(Watchdog.interval() == nil)
        }
        TestEnvironment.with(["WATCHDOG_USEC": "soon", "WATCHDOG_PID": nil]) {
            #expect(Watchdog.interval() == nil)
        }
        TestEnvironment.with(["WATCHDOG_USEC": "3000000", "WATCHDOG_PID": String(getpid())]) {
            _ = Watchdog.interval()
            #expect(getenv("WATCHDOG_USEC") != nil, "the environment must be kept")
        }
    }
}
