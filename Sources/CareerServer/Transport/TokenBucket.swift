import NIOCore

/// A rate limiter: `rate` tokens a second, at most `burst` saved up. A value: its owner
/// (`UserTable`, under its lock) decides where it lives.
struct TokenBucket: Sendable {
    let rate: Double
    let burst: Double
    private var tokens: Double
    private var last: NIODeadline

    init(rate: Double, burst: Double, now: NIODeadline = .now()) {
        self.rate = rate
        self.burst = burst
        tokens = burst
        last = now
    }

    private mutating func refill(_ now: NIODeadline) {
        if now > last {
            tokens = min(burst, tokens + Double((now - last).nanoseconds) / 1e9 * rate)
            last = now
        }
    }

    /// Takes a token when one is there.
    mutating func take(now: NIODeadline = .now()) -> Bool {
        refill(now)
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }

    /// Milliseconds until a whole token is there again (at least 1).
    func millisecondsUntilNextToken() -> Int {
        guard rate > 0 else { return Int.max / 2 }
        return max(1, Int(((1 - tokens) / rate * 1000).rounded(.up)))
    }

    /// True when waiting longer would save no more tokens.
    func isFull(now: NIODeadline) -> Bool {
        tokens + Double((now - last).nanoseconds) / 1e9 * rate >= burst
    }
}
