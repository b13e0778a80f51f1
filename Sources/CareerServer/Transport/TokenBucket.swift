import NIOCore

/// A per-connection rate limiter: `rate` tokens a second, at most `burst` saved up.
/// Used on one event loop only.
struct TokenBucket {
    let rate: Double
    let burst: Double
    private var tokens: Double
    private var last: NIODeadline

    init(rate: Double, burst: Double) {
        self.rate = rate
        self.burst = burst
        tokens = burst
        last = .now()
    }

    mutating func take() -> Bool {
        let now = NIODeadline.now()
        tokens = min(burst, tokens + Double((now - last).nanoseconds) / 1e9 * rate)
        last = now
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
