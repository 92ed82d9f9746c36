import Hummingbird
import Logging

/// The router's request context: Hummingbird's own, plus who sent the request, as the forwarded headers of
/// a trusted proxy report it (`ForwardedHeadersMiddleware`).
struct ServerRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The address of the connection's other end.
    let peer: String?
    /// The client's address: the peer's, or the one a trusted proxy forwarded.
    var client: String?
    /// The request id a trusted proxy sent (`X-Request-Id`), for the request log.
    var requestID: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress?.ipAddress
        client = peer
    }
}
