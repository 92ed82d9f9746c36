import Logging
import NIOCore
import NIOHTTP1

/// Sits right after the HTTP parser of every connection and keeps it bounded and in order.
///
/// Request parts go through a queue, processed one request at a time: a request the fast path can answer
/// is answered here (a file of the site on the event loop, a small draft checked on the concurrency pool);
/// a refused head (two `Host` headers, a malformed host, `CONNECT`, a connection past the limit) gets its
/// error here; every other request goes on to the router.
/// A request is answered here only when no earlier one is still with the router, so responses keep their
/// order. Reading stops while the channel is not writable (the client does not read what it asked for) or
/// a request waits in the queue, as NIO's backpressure handlers do, and resumes when it is writable again;
/// a connection past `maxQueuedRequests` waiting requests answers those and closes. The deadlines
/// (idle, request body, shutdown grace) are kept in `ConnectionHandler+Timers.swift`, parser errors and
/// the handler's own error responses in `ConnectionHandler+Errors.swift`.
final class ConnectionHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// Where the parts of the request at the front of the queue go.
    enum Current { case none, local(LocalAnswer), checking(PendingCheck), router }

    /// A `POST /api/check` the fast path answers once its body is in.
    final class PendingCheck {
        let head: HTTPRequestHead
        var body = ByteBuffer()
        /// The body is in and being checked; what follows waits.
        var running = false

        init(_ head: HTTPRequestHead) { self.head = head }
    }

    /// The request at the front is being answered here, not by the router.
    var answeringHere: Bool {
        switch current {
        case .local, .checking: true
        case .none, .router: false
        }
    }

    /// A request handed to the router, until its response ends.
    struct Forwarded {
        /// HTTP/1.0 without keep-alive, `Connection: close`, or an upgrade: the connection closes after the response.
        var closeAfter: Bool
        var expectsContinue: Bool
        var bodyDone = false
        var responseStarted = false
    }

    let fastPath: FastPath
    let limits: ConnectionLimits
    let refusing: Bool
    let logger: Logger
    /// Checks run on the calling thread instead of the concurrency pool (for `EmbeddedChannel` tests, whose
    /// event loop takes no work from other threads).
    let checksInline: Bool

    var queue = CircularBuffer<HTTPServerRequestPart>(initialCapacity: 4)
    var queuedHeads = 0
    var current = Current.none
    var forwarded = CircularBuffer<Forwarded>(initialCapacity: 2)
    /// No more requests are taken (upgrade, overflow, shutdown, error); the connection closes once those taken are answered.
    var closing = false
    /// Input after the last request taken is dropped.
    var discardingInput = false
    var closed = false
    var readHeld = false
    var draining = false
    /// Between a read from the socket and its `channelReadComplete`.
    var inReadCycle = false
    /// Parts passed on to the router since the last `channelReadComplete` it saw.
    var forwardedSinceReadComplete = false
    /// When the head of the request being received arrived; nil between requests.
    var readingSince: NIODeadline?
    var lastActivity = NIODeadline.now()
    /// Closed by then whatever is in progress (shutdown grace period, an unanswered error).
    var closeDeadline: NIODeadline?
    /// A parser error waiting for the router's responses before its 400.
    var pendingError: (status: HTTPResponseStatus, message: String)?
    /// The last response's end while `closing`: the connection closes once it is written.
    var lastWrite: EventLoopFuture<Void>?
    /// The router answered the request being received before its body ended (413, say); a timeout must not answer it again.
    var readingAnswered = false
    var timer: Scheduled<Void>?
    /// The context of NIO's HTTP/1 response encoder, below which the fast path writes its encoded answers.
    var encoderContext: ChannelHandlerContext?
    var timerDeadline = NIODeadline.distantFuture

    init(fastPath: FastPath, limits: ConnectionLimits, refusing: Bool = false, checksInline: Bool = false, logger: Logger) {
        self.checksInline = checksInline
        self.fastPath = fastPath
        self.limits = limits
        self.refusing = refusing
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        inReadCycle = true
        lastActivity = .now()
        switch part {
        case .head:
            if closing || forwarded.count + queuedHeads >= limits.maxQueuedRequests { discardingInput = true }
            if discardingInput {
                closing = true
                return closeIfDone(context)
            }
            readingSince = lastActivity
            readingAnswered = false
            schedule(context, at: lastActivity + limits.requestTimeout)
            queuedHeads += 1
        case .body:
            if discardingInput { return }
        case .end:
            if discardingInput { return }
            readingSince = nil
        }
        queue.append(part)
        drain(context)
    }

    /// Processes queued parts until the queue is empty or the front request must wait (for the router's
    /// earlier responses, or for the channel to become writable).
    func drain(_ context: ChannelHandlerContext) {
        guard !draining, !closed else { return }
        draining = true
        defer { draining = false }
        var unflushed = false
        /// Writes an answer made here; flushed at the end, or at once when the client is not reading.
        func send(_ answer: LocalAnswer) {
            write(context, answer)
            unflushed = context.channel.isWritable
            if !unflushed { context.flush() }
        }
        loop: while let part = queue.first {
            switch (current, part) {
            case (.none, .head(let request)):
                switch decide(request) {
                case .route(let head):
                    take()
                    forward(context, head)
                case .answer(let answer):
                    guard forwarded.isEmpty, context.channel.isWritable else { break loop }
                    take()
                    current = .local(answer)
                case .check(let head):
                    guard forwarded.isEmpty, context.channel.isWritable else { break loop }
                    take()
                    current = .checking(PendingCheck(head))
                case .refuse(let status, let message):
                    guard forwarded.isEmpty else { break loop }
                    take()
                    return refuse(context, status: status, message: message, request: request)
                }
            case (.none, _):
                queue.removeFirst()
            case (.router, _):
                queue.removeFirst()
                if case .end = part {
                    current = .none
                    if !forwarded.isEmpty { forwarded[forwarded.index(before: forwarded.endIndex)].bodyDone = true }
                }
                context.fireChannelRead(wrapInboundOut(part))
                forwardedSinceReadComplete = true
            case (.local(let answer), _):
                queue.removeFirst()
                guard case .end = part else { continue }
                current = .none
                send(answer)
            case (.checking(let pending), _):
                guard !pending.running else { break loop }
                queue.removeFirst()
                if case .body(var chunk) = part { pending.body.writeBuffer(&chunk) }
                guard case .end = part else { continue }
                start(context, pending)
            }
        }
        if unflushed { context.flush() }
        // Hummingbird's inbound stream takes parts on channelReadComplete; parts passed on outside a read need one.
        if forwardedSinceReadComplete, !inReadCycle {
            forwardedSinceReadComplete = false
            context.fireChannelReadComplete()
        }
        closeIfDone(context)
        resumeReading(context)
    }

    /// Removes the head at the front of the queue.
    private func take() {
        queue.removeFirst()
        queuedHeads -= 1
    }

    enum Decision {
        case answer(LocalAnswer)
        /// A `POST /api/check` answered here once its body is in.
        case check(HTTPRequestHead)
        case route(HTTPRequestHead)
        case refuse(HTTPResponseStatus, String)
    }

    private func decide(_ request: HTTPRequestHead) -> Decision {
        if refusing { return .refuse(.serviceUnavailable, "the server has too many connections; try again shortly") }
        let head: HTTPRequestHead
        switch RequestHeadCheck.check(request) {
        case .success(let checked): head = checked
        case .failure(let refusal): return .refuse(.badRequest, refusal.message)
        }
        if head.method == .CONNECT { return .refuse(.notImplemented, "CONNECT is not supported") }
        guard encoderContext != nil else { return .route(head) }
        if let answer = fastPath.answer(to: head) { return .answer(answer) }
        if fastPath.takesCheck(head) { return .check(head) }
        return .route(head)
    }

    private func forward(_ context: ChannelHandlerContext, _ head: HTTPRequestHead) {
        // After an upgrade request NIO's parser stops parsing, so nothing after it can be answered.
        let upgrade = head.headers.contains(name: "upgrade")
        let expect = head.headers.first(name: "expect")?.lowercased() == "100-continue" && head.version == .http1_1
        forwarded.append(Forwarded(closeAfter: upgrade || !head.isKeepAlive, expectsContinue: expect))
        current = .router
        if upgrade || !head.isKeepAlive { closing = true }
        context.fireChannelRead(wrapInboundOut(.head(head)))
        forwardedSinceReadComplete = true
        sendContinueIfDue(context)
    }

    /// Checks the draft of `pending` on the concurrency pool; the answer is written back on the event loop,
    /// unless the connection has moved on (closed, or an error answered in its place).
    private func start(_ context: ChannelHandlerContext, _ pending: PendingCheck) {
        guard let job = fastPath.checkJob(pending.head, body: pending.body) else { return forward(context, pending) }
        pending.running = true
        if checksInline { return finish(context, pending, job.run(), startedAt: job.start) }
        let bound = NIOLoopBound((self, context, pending), eventLoop: context.eventLoop)
        Task {
            let answer = job.run()
            bound.eventLoop.execute {
                let (handler, context, pending) = bound.value
                handler.finish(context, pending, answer, startedAt: job.start)
            }
        }
    }

    /// Back on the event loop: writes the answer, or hands an undecodable draft to the router, then goes on.
    private func finish(_ context: ChannelHandlerContext, _ pending: PendingCheck, _ answer: CheckAnswer?, startedAt start: NIODeadline) {
        guard !closed, case .checking(let current) = current, current === pending else { return }
        if let answer {
            self.current = .none
            write(context, fastPath.answer(answer, to: pending.head, startedAt: start))
            context.flush()
        } else {
            forward(context, pending)
        }
        drain(context)
    }

    /// Hands a check the fast path did not answer, with the body it received, to the router.
    private func forward(_ context: ChannelHandlerContext, _ pending: PendingCheck) {
        forward(context, pending.head)
        if pending.body.readableBytes > 0 { context.fireChannelRead(wrapInboundOut(.body(pending.body))) }
        context.fireChannelRead(wrapInboundOut(.end(nil)))
        current = .none
        forwarded[forwarded.index(before: forwarded.endIndex)].bodyDone = true
    }

    /// Writes an answer of the fast path below NIO's HTTP/1 encoder: its head is encoded already, and the
    /// encoder would only copy the bytes again. Writes keep their order either way. An answer still queued
    /// when the handler leaves the pipeline (the connection is closing) is not written.
    private func write(_ context: ChannelHandlerContext, _ answer: LocalAnswer) {
        guard let wire = encoderContext else { return }
        let end = endPromise(context, nil)
        wire.write(NIOAny(IOData.byteBuffer(answer.head)), promise: answer.body == nil ? end : nil)
        if let body = answer.body { wire.write(NIOAny(IOData.byteBuffer(body)), promise: end) }
        logger.info(AccessLog.message, metadata: AccessLog.metadata(
            method: answer.method, path: answer.path, status: 200, milliseconds: answer.milliseconds, client: fastPath.peer, requestID: nil))
    }

    /// `100 Continue` for the request the router is reading, when it asked for one and has sent no body yet.
    func sendContinueIfDue(_ context: ChannelHandlerContext) {
        guard forwarded.count == 1, let first = forwarded.first, first.expectsContinue, !first.bodyDone, !first.responseStarted else { return }
        forwarded[forwarded.startIndex].expectsContinue = false
        context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .continue))), promise: nil)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        lastActivity = .now()
        switch unwrapOutboundIn(data) {
        case .head(var head) where head.status.code >= 200:
            guard !forwarded.isEmpty else { break }
            forwarded[forwarded.startIndex].responseStarted = true
            if forwarded[forwarded.startIndex].closeAfter || (closing && forwarded.count == 1 && queue.isEmpty) {
                head.headers.replaceOrAdd(name: "Connection", value: "close")
                return context.write(wrapOutboundOut(.head(head)), promise: promise)
            }
        case .end:
            if forwarded.popFirst()?.bodyDone == false { readingAnswered = true }
            context.write(data, promise: endPromise(context, promise))
            if let error = pendingError, forwarded.isEmpty {
                context.flush()
                return writeError(context, status: error.status, message: error.message)
            }
            sendContinueIfDue(context)
            drain(context)
            return
        default:
            break
        }
        context.write(data, promise: promise)
    }

    /// Whether to read from the socket: not while a request waits, the client does not read, or the connection takes no more requests.
    private func mayRead(_ context: ChannelHandlerContext) -> Bool {
        queuedHeads == 0 && !discardingInput && !(closing && readingSince == nil) && context.channel.isWritable
    }

    func read(context: ChannelHandlerContext) {
        guard mayRead(context) else {
            readHeld = true
            return
        }
        context.read()
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        inReadCycle = false
        forwardedSinceReadComplete = false
        context.fireChannelReadComplete()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        lastActivity = .now()
        if context.channel.isWritable { drain(context) }
        context.fireChannelWritabilityChanged()
    }

    private func resumeReading(_ context: ChannelHandlerContext) {
        guard readHeld, mayRead(context) else { return }
        readHeld = false
        context.read()
    }

    /// Closes the connection once it takes no more requests and every request taken is answered.
    func closeIfDone(_ context: ChannelHandlerContext) {
        guard closing, !closed, queue.isEmpty, forwarded.isEmpty, readingSince == nil || discardingInput, !answeringHere else { return }
        close(context)
    }

    /// The promise for a response's end: while `closing`, one the close waits for, so the response is not cut short.
    private func endPromise(_ context: ChannelHandlerContext, _ promise: EventLoopPromise<Void>?) -> EventLoopPromise<Void>? {
        guard closing else { return promise }
        let written = promise ?? context.eventLoop.makePromise(of: Void.self)
        lastWrite = written.futureResult
        return written
    }

    /// Closes the connection, after the last response is written unless `cutShort` (a deadline passed);
    /// a client that reads nothing gets the idle timeout for it.
    func close(_ context: ChannelHandlerContext, cutShort: Bool = false) {
        guard !closed else { return }
        closed = true
        timer?.cancel()
        context.flush()
        guard !cutShort, let lastWrite else { return context.close(promise: nil) }
        lastWrite.assumeIsolatedUnsafeUnchecked().whenComplete { _ in context.close(promise: nil) }
        context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(in: idleTimeout) { context.close(promise: nil) }
    }
}
