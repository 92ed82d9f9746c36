import NIOCore
import NIOHTTP1

/// Errors answered by the connection handler itself, before the router: refused heads, the parser's own
/// errors, requests past their deadline. Each carries the security headers and closes the connection.
extension ConnectionHandler {
    /// The security headers as NIO's encoder takes them.
    static let securityHeaders = HTTPHeaders(SecurityHeaders.fields.map { ($0.name.rawName, $0.value) })

    /// A request whose head is refused: its error, then the connection closes.
    func refuse(_ context: ChannelHandlerContext, status: HTTPResponseStatus, message: String, request: HTTPRequestHead) {
        logger.info(AccessLog.message, metadata: AccessLog.metadata(
            method: request.method.rawValue, path: request.uri, status: Int(status.code), milliseconds: 0, client: fastPath.peer, requestID: nil))
        writeError(context, status: status, message: message)
    }

    /// A parser error (malformed head or chunked body, oversized headers) is answered 400 here rather than by
    /// Hummingbird, which would send it without the security headers.
    func errorCaught(context: ChannelHandlerContext, error: Error) {
        guard error is HTTPParserError else { return context.fireErrorCaught(error) }
        answerAndClose(context, status: .badRequest, message: "the request is not valid HTTP/1.1")
    }

    /// Answers the request being received with `status` and closes, when that keeps responses in order:
    /// nothing of an earlier response is pending and the router has not started answering it. When the router
    /// still answers earlier requests, the error waits for them; when it has started this one, the connection just closes.
    func answerAndClose(_ context: ChannelHandlerContext, status: HTTPResponseStatus, message: String) {
        guard !closed else { return }
        closing = true
        discardingInput = true
        queue.removeAll()
        queuedHeads = 0
        if answeringHere { current = .none }
        let routerHasStarted = forwarded.contains { $0.responseStarted }
        let routerReadsThisOne = forwarded.count == 1 && !forwarded[forwarded.startIndex].bodyDone
        if readingAnswered { return close(context, cutShort: true) }
        if forwarded.isEmpty || (routerReadsThisOne && !routerHasStarted) {
            return writeError(context, status: status, message: message)
        }
        if forwarded.allSatisfy(\.bodyDone) {
            pendingError = (status, message)
            let deadline = NIODeadline.now() + limits.shutdownGracePeriod
            closeDeadline = min(closeDeadline ?? deadline, deadline)
            schedule(context, at: deadline)
            return
        }
        close(context, cutShort: true)
    }

    /// Writes a plain-text error with the security headers and `Connection: close`, then closes.
    func writeError(_ context: ChannelHandlerContext, status: HTTPResponseStatus, message: String) {
        guard !closed else { return }
        closed = true
        timer?.cancel()
        let body = context.channel.allocator.buffer(string: message + "\n")
        var headers = Self.securityHeaders
        headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
        headers.add(name: "Content-Length", value: String(body.readableBytes))
        headers.add(name: "Cache-Control", value: "no-store")
        headers.add(name: "Connection", value: "close")
        headers.add(name: "Date", value: fastPath.currentDate())
        if status == .serviceUnavailable { headers.add(name: "Retry-After", value: "1") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        let written = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: written)
        // Closed once the response is with the kernel, or at once when the client reads nothing.
        written.futureResult.assumeIsolatedUnsafeUnchecked().whenComplete { _ in context.close(promise: nil) }
        context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(in: limits.refusalTimeout) { context.close(promise: nil) }
    }
}
