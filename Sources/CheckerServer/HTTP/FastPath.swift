import Foundation
import NIOCore
import NIOHTTP1

/// A response written by the connection handler itself, without the router.
struct LocalAnswer {
    /// The status line and headers as they go on the wire, made once a second per file and connection.
    let head: ByteBuffer
    let body: ByteBuffer?
    /// The method and path for the request log, whose entry is made only when the log is written.
    let method: String
    let path: String
}

/// Answers a plain GET or HEAD of a file of the site as soon as the request is parsed, on the
/// connection's event loop, before Hummingbird's HTTP layer and router.
///
/// Only the common case is taken: HTTP/1.1 with keep-alive, an allowed `Host`, no conditional header, no
/// body, no `Upgrade` or `Expect`, a path that is not a route and names a file of the manifest. Everything
/// else (other methods, routes, `If-None-Match`, folder redirects, 404s, refused hosts and paths) goes on to
/// the router. Status, headers and body are the router's own; only the `Date` is formatted here. One
/// instance serves one connection (`ConnectionHandler`), which keeps the responses in order.
final class StaticFastPath {
    private let state: SiteState
    private let allowedHosts: Set<String>
    /// The address of the connection's other end, for the request log.
    let peer: String?
    /// The peer is a trusted proxy: requests carrying forwarded headers go to the router, which reads them.
    private let peerIsProxy: Bool
    private var date = (second: 0, text: "")
    /// The last `Host` value found allowed; a connection sends the same one again and again.
    private var allowedAuthority: String?
    /// The last head answered and what it was for (`head(for:gzip:)`).
    private var lastHead: (file: StaticFile, gzip: Bool, second: Int, head: ByteBuffer)?

    init(state: SiteState, allowedHosts: Set<String>, peer: String? = nil, trustedProxies: TrustedProxies = .none) {
        self.state = state
        self.allowedHosts = allowedHosts
        self.peer = peer
        peerIsProxy = trustedProxies.contains(peer)
    }

    /// The response when this request is the common case; nil to hand it to the router.
    func answer(to request: HTTPRequestHead) -> LocalAnswer? {
        guard request.version == .http1_1, request.isKeepAlive, request.method == .GET || request.method == .HEAD,
              let authority = request.headers.first(name: "host"), isAllowed(authority),
              !request.headers.contains(name: "if-none-match"), !request.headers.contains(name: "if-modified-since"),
              !request.headers.contains(name: "if-match"), !request.headers.contains(name: "if-unmodified-since"),
              !request.headers.contains(name: "content-length"), !request.headers.contains(name: "transfer-encoding"),
              !request.headers.contains(name: "upgrade"), !request.headers.contains(name: "expect"),
              let path = RequestPath(target: request.uri), !path.isUnusual, !Routes.isRoute(path.decoded),
              !peerIsProxy || !ForwardedHeaders.names.contains(where: { request.headers.contains(name: $0.rawName) }) else { return nil }
        guard let file = state.manifest.file(at: path) else { return nil }
        let gzip = file.gzipped != nil && ContentNegotiation.acceptsGzip(request.headers.first(name: "accept-encoding"))
        let body = request.method == .HEAD ? nil : gzip ? file.gzipped : file.body
        state.metrics?.recordRequest(route: ServerMetrics.staticRoute, status: 200, nanoseconds: 0)
        return LocalAnswer(head: head(for: file, gzip: gzip), body: body, method: request.method.rawValue, path: path.raw)
    }

    /// The response head with the `Date`, encoded as NIO's HTTP/1 encoder writes it (status line, the file's
    /// headers in order, `Date`, blank line). The last one is kept: a connection often asks for the same file
    /// again within the second, and then the same bytes are written again without encoding anything.
    private func head(for file: StaticFile, gzip: Bool) -> ByteBuffer {
        let date = currentDate()
        if let last = lastHead, last.file === file, last.gzip == gzip, last.second == self.date.second {
            return last.head
        }
        let headers = gzip ? file.gzipHead : file.plainHead
        var head = ByteBuffer()
        head.reserveCapacity(1024)
        head.writeStaticString("HTTP/1.1 200 OK\r\n")
        for (name, value) in headers {
            head.writeString(name)
            head.writeStaticString(": ")
            head.writeString(value)
            head.writeStaticString("\r\n")
        }
        head.writeStaticString("Date: ")
        head.writeString(date)
        head.writeStaticString("\r\n\r\n")
        lastHead = (file, gzip, self.date.second, head)
        return head
    }

    private func isAllowed(_ authority: String) -> Bool {
        if authority == allowedAuthority { return true }
        guard let host = HostNames.hostName(authority), allowedHosts.contains(host) else { return false }
        allowedAuthority = authority
        return true
    }

    /// The `Date` header, formatted once a second.
    func currentDate() -> String {
        let now = Int(time(nil))
        if now != date.second { date = (now, HTTPDate.format(now)) }
        return date.text
    }
}
