import NIOCore
import NIOHTTP1

/// The connection's deadlines, kept by one timer that is moved only when a deadline comes earlier:
///
/// - idle: with nothing in progress (or the client not reading), the connection closes `idleTimeout` after the
///   last request or response part; bytes of an unfinished head are not a part, so this is the head's deadline too;
/// - request: a body must end within `requestTimeout` of its head, or the request gets 408 and the connection closes;
/// - shutdown: once the server stops, a connection still busy after `shutdownGracePeriod` is closed.
///
/// Hummingbird's own idle timeout is off: requests answered here never reach it.
extension ConnectionHandler {
    func handlerAdded(context: ChannelHandlerContext) {
        encoderContext = try? context.pipeline.syncOperations.context(handlerType: HTTPResponseEncoder.self)
        if context.channel.isActive { start(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        closed = true
        timer?.cancel()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        encoderContext = nil
        timer?.cancel()
        timer = nil
    }

    private func start(_ context: ChannelHandlerContext) {
        lastActivity = .now()
        schedule(context, at: lastActivity + idleTimeout)
    }

    /// Connections being refused get a short idle timeout.
    var idleTimeout: TimeAmount { refusing ? min(limits.refusalTimeout, limits.idleTimeout) : limits.idleTimeout }

    /// Makes the timer fire at `deadline` unless it already fires sooner.
    func schedule(_ context: ChannelHandlerContext, at deadline: NIODeadline) {
        guard deadline < timerDeadline, !closed else { return }
        timer?.cancel()
        timerDeadline = deadline
        timer = context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(deadline: deadline) { [weak self] in
            self?.tick(context)
        }
    }

    private func tick(_ context: ChannelHandlerContext) {
        timer = nil
        timerDeadline = .distantFuture
        guard !closed else { return }
        let now = NIODeadline.now()
        var next = now + idleTimeout
        if let deadline = closeDeadline {
            if now >= deadline { return close(context, cutShort: true) }
            next = min(next, deadline)
        }
        if let since = readingSince {
            let deadline = since + limits.requestTimeout
            if now >= deadline {
                return answerAndClose(context, status: .requestTimeout, message: "the request was not received in time")
            }
            next = min(next, deadline)
        }
        // The router answering a request (a long event stream) keeps the connection, unless the client stopped reading.
        if forwarded.isEmpty || !context.channel.isWritable {
            let deadline = lastActivity + idleTimeout
            if now >= deadline { return close(context, cutShort: true) }
            next = min(next, deadline)
        }
        schedule(context, at: next)
    }

    /// Graceful shutdown: an idle connection closes now, a busy one after its requests or the grace period.
    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is ChannelShouldQuiesceEvent else { return context.fireUserInboundEventTriggered(event) }
        closing = true
        let deadline = NIODeadline.now() + limits.shutdownGracePeriod
        closeDeadline = min(closeDeadline ?? deadline, deadline)
        if readingSince == nil, queue.isEmpty, forwarded.isEmpty, !answeringHere { return close(context) }
        schedule(context, at: deadline)
        closeIfDone(context)
    }
}
