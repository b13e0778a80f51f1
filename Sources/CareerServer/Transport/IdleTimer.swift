import NIOCore

/// Tells the connection, with an `IdleTimer.Idle` event, when nothing was read from or
/// written to its channel for `timeout`; the connection decides what to do (it says so
/// and closes, docs/OPERATIONS.md). Reads count when a read completes; writes count
/// when they are handed to the channel, whether or not the client reads them, so a
/// client that stops reading goes idle too.
///
/// NIO's `IdleStateHandler(allTimeout:)` measured the same, but timed writes by their
/// completion: every reply got a promise, its future and a callback, about 2% of the
/// daemon's CPU under 32x1 load (docs/PERFORMANCE.md, "Twelfth round"). Here a write costs
/// one read of the event loop's clock (the monotonic clock; tests
/// run it on an `EmbeddedEventLoop`'s time). One check is scheduled at a time, at the moment the
/// connection would go idle. Runs on the channel's event loop only.
final class IdleTimer: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny
    typealias InboundOut = NIOAny
    typealias OutboundIn = NIOAny
    typealias OutboundOut = NIOAny

    /// The event sent down the pipeline: `timeout` passed with no read or write.
    struct Idle: Sendable {}

    let timeout: TimeAmount
    private var reading = false
    private var lastActivity = NIODeadline.uptimeNanoseconds(0)
    private var check: Scheduled<Void>?

    init(timeout: TimeAmount) { self.timeout = timeout }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        reading = true
        context.fireChannelRead(data)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if reading {
            lastActivity = context.eventLoop.now
            reading = false
        }
        context.fireChannelReadComplete()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        lastActivity = context.eventLoop.now
        context.write(data, promise: promise)
    }

    private func start(_ context: ChannelHandlerContext) {
        guard check == nil else { return }
        lastActivity = context.eventLoop.now
        schedule(context, at: lastActivity + timeout)
    }

    private func schedule(_ context: ChannelHandlerContext, at deadline: NIODeadline) {
        check = context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(deadline: deadline) {
            self.fire(context)
        }
    }

    /// At the deadline: idle if nothing happened since; otherwise the next deadline is
    /// `timeout` after the last activity (or after now, while a read is under way).
    private func fire(_ context: ChannelHandlerContext) {
        guard context.channel.isActive else { check = nil; return }
        let now = context.eventLoop.now
        if reading {
            schedule(context, at: now + timeout)
        } else if now - lastActivity >= timeout {
            schedule(context, at: now + timeout)
            context.fireUserInboundEventTriggered(Idle())
        } else {
            schedule(context, at: lastActivity + timeout)
        }
    }
}
