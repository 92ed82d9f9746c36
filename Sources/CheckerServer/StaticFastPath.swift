import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Answers a plain GET or HEAD of a file of the site as soon as the request is parsed, on the
/// connection's event loop, before Hummingbird's HTTP layer and router.
///
/// Only the common case is taken: HTTP/1.1 with keep-alive, an allowed `Host`, no conditional header, no
/// body, a path that is not a route and names a file of the manifest. Everything else (other methods, routes,
/// `If-None-Match`, folder redirects, 404s, refused hosts and paths) goes on to the router, which answers
/// it as before. A request is answered here only while no earlier request of the connection is still
/// with the router, so responses keep their order. Status, headers and body are the router's own; only
/// the `Date` is formatted here.
///
/// Because the requests it answers never reach Hummingbird's connection handler, the idle timeout is
/// kept here, for every request: a connection is closed after `idleTimeout` without a request or
/// response part, unless the router is still answering one of its requests.
final class StaticFastPath: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private let state: SiteState
    private let allowedHosts: Set<String>
    private let logger: Logger
    private let idleTimeout: TimeAmount
    /// Requests handed to the router whose responses have not ended yet.
    private var withRouter = 0
    /// The response to the request being read, when it is answered here.
    private var pending: (head: HTTPResponseHead, body: ByteBuffer?, line: String)?
    private var lastActivity = NIODeadline.now()
    private var idleCheck: Scheduled<Void>?
    private var date = (second: 0, text: "")
    /// The last `Host` value found allowed; a connection sends the same one again and again.
    private var allowedAuthority: String?

    init(state: SiteState, allowedHosts: Set<String>, idleTimeout: TimeAmount, logger: Logger) {
        self.state = state
        self.allowedHosts = allowedHosts
        self.idleTimeout = idleTimeout
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { scheduleIdleCheck(context, at: .now() + idleTimeout) }
    }

    func channelActive(context: ChannelHandlerContext) {
        scheduleIdleCheck(context, at: .now() + idleTimeout)
        context.fireChannelActive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        idleCheck?.cancel()
        idleCheck = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        lastActivity = .now()
        switch unwrapInboundIn(data) {
        case .head(let request):
            if withRouter == 0, let response = response(to: request) {
                pending = response
            } else {
                pending = nil
                withRouter += 1
                context.fireChannelRead(data)
            }
        case .body:
            if pending == nil { context.fireChannelRead(data) }
        case .end:
            guard let (head, body, line) = pending else { return context.fireChannelRead(data) }
            pending = nil
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            if let body { context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil) }
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            logger.info("\(line)")
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        lastActivity = .now()
        if case .end = unwrapOutboundIn(data) { withRouter = max(0, withRouter - 1) }
        context.write(data, promise: promise)
    }

    /// The response when this request is the common case; nil to hand it to the router.
    private func response(to request: HTTPRequestHead) -> (head: HTTPResponseHead, body: ByteBuffer?, line: String)? {
        guard request.version == .http1_1, request.isKeepAlive, request.method == .GET || request.method == .HEAD,
              let authority = request.headers.first(name: "host"), isAllowed(authority),
              !request.headers.contains(name: "if-none-match"), !request.headers.contains(name: "if-modified-since"),
              !request.headers.contains(name: "content-length"), !request.headers.contains(name: "transfer-encoding"),
              let path = RequestPath(target: request.uri), !path.isUnusual, !CheckerApplication.isRoute(path.decoded) else { return nil }
        guard let file = state.manifest.file(at: path) else { return nil }
        let gzip = file.gzipped != nil && ContentNegotiation.acceptsGzip(request.headers.first(name: "accept-encoding"))
        var headers = gzip ? file.gzipHead : file.plainHead
        headers.add(name: "Date", value: currentDate())
        let body = request.method == .HEAD ? nil : gzip ? file.gzipped : file.body
        let line = AccessLog.line(method: request.method.rawValue, path: path.raw, status: 200, milliseconds: 0)
        return (HTTPResponseHead(version: .http1_1, status: .ok, headers: headers), body, line)
    }

    private func isAllowed(_ authority: String) -> Bool {
        if authority == allowedAuthority { return true }
        guard let host = HostNames.hostName(authority), allowedHosts.contains(host) else { return false }
        allowedAuthority = authority
        return true
    }

    /// The `Date` header, formatted once a second.
    private func currentDate() -> String {
        let now = Int(time(nil))
        if now != date.second { date = (now, HTTPDate.format(now)) }
        return date.text
    }

    private func scheduleIdleCheck(_ context: ChannelHandlerContext, at deadline: NIODeadline) {
        idleCheck?.cancel()
        idleCheck = context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(deadline: deadline) { [weak self] in
            self?.checkIdle(context)
        }
    }

    /// Closes the connection when it has been quiet for the idle timeout and the router is not answering it.
    private func checkIdle(_ context: ChannelHandlerContext) {
        let now = NIODeadline.now()
        if withRouter == 0, now >= lastActivity + idleTimeout {
            context.close(promise: nil)
        } else {
            scheduleIdleCheck(context, at: max(lastActivity, now) + idleTimeout)
        }
    }
}
