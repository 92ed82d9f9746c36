import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// Hummingbird's HTTP/1.1 channel with `ConnectionHandler` right after the HTTP parser, and the
/// connection limit applied as each connection is set up.
struct FastPathHTTP1Channel: ServerChildChannel, HTTPChannelHandler {
    typealias Value = HTTP1Channel.Value
    let base: HTTP1Channel
    let limiter: ConnectionLimiter
    let makeHandler: @Sendable (_ refusing: Bool, _ peer: String?) -> ConnectionHandler

    var responder: Responder { base.responder }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let admission = limiter.opened()
        let limiter = self.limiter
        channel.closeFuture.whenComplete { _ in limiter.closed(admission) }
        if admission == .drop {
            logger.warning("too many open connections; one closed without an answer")
            channel.close(promise: nil)
        }
        return base.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let parser = try channel.pipeline.syncOperations.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
            try channel.pipeline.syncOperations.addHandler(makeHandler(admission != .serve, channel.remoteAddress?.ipAddress), position: .after(parser))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }
}
