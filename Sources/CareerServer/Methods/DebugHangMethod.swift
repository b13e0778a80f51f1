#if canImport(Glibc)
import Glibc
#endif
import CareerProtocol

/// `debug.hang {"seconds": n}`: blocks the connection's event loop for n seconds (at
/// most 120), so tests can prove the watchdog notices a stuck loop. Registered only
/// when the daemon runs with CAREERD_TEST_HOOKS=1.
enum DebugHangMethod {
    static let name = "debug.hang"

    static func handle(_ ctx: MethodContext, _ params: JSONValue?) -> MethodOutcome {
        let seconds = params?["seconds"]?.int ?? 10
        guard (0...120).contains(seconds) else { return .failure(.invalidParams(field: "seconds", "'seconds' must be 0...120")) }
        ctx.state.logger.warning("debug.hang: blocking an event loop on request", metadata: ["seconds": "\(seconds)"])
        sleep(UInt32(seconds))
        return .result(["hung_seconds": JSONValue(seconds)])
    }
}
