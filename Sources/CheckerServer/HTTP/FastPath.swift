import Foundation
import NIOCore
import NIOHTTP1

/// A response written by the connection handler itself, without the router.
struct LocalAnswer {
    /// The status line and headers as they go on the wire.
    let head: ByteBuffer
    let body: ByteBuffer?
    /// The method, path and time taken for the request log, whose entry is made only when the log is written.
    let method: String
    let path: String
    var milliseconds = 0.0
}

/// Answers the most common requests without Hummingbird's HTTP layer and router: plain GET and HEAD of a
/// file of the site, as soon as they are parsed (`FastPath+Files.swift`), and `POST /api/check` of a small
/// JSON draft (`FastPath+Check.swift`).
///
/// Only the common case is taken: HTTP/1.1 with keep-alive, an allowed `Host`, no `Upgrade` or `Expect`, and
/// from a trusted proxy no forwarded header. Everything else goes on to the router. Status, headers and body
/// are the router's own; only the `Date` is formatted here. One instance serves one connection
/// (`ConnectionHandler`), which keeps the responses in order.
final class FastPath {
    let state: SiteState
    private let allowedHosts: Set<String>
    /// The address of the connection's other end, for the request log.
    let peer: String?
    /// The peer is a trusted proxy: requests carrying forwarded headers go to the router, which reads them.
    private let peerIsProxy: Bool
    private var date = (second: 0, text: "")
    /// The last `Host` value found allowed; a connection sends the same one again and again.
    private var allowedAuthority: String?
    /// The last file head answered and what it was for (`head(for:gzip:)`).
    var lastHead: (file: StaticFile, gzip: Bool, date: String, head: ByteBuffer)?

    init(state: SiteState, allowedHosts: Set<String>, peer: String? = nil, trustedProxies: TrustedProxies = .none) {
        self.state = state
        self.allowedHosts = allowedHosts
        self.peer = peer
        peerIsProxy = trustedProxies.contains(peer)
    }

    /// What every request answered here has in common: HTTP/1.1 with keep-alive, an allowed `Host`, no
    /// `Upgrade` or `Expect`, and no forwarded header from a trusted proxy.
    func isPlain(_ request: HTTPRequestHead) -> Bool {
        guard request.version == .http1_1, request.isKeepAlive,
              let authority = request.headers.first(name: "host"), isAllowed(authority),
              !request.headers.contains(name: "upgrade"), !request.headers.contains(name: "expect") else { return false }
        return !peerIsProxy || !ForwardedHeaders.names.contains(where: { request.headers.contains(name: $0.rawName) })
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

    /// `200 OK` and `headers` as NIO's HTTP/1 encoder writes them: the status line and one line per header.
    static func encodedOK(_ headers: HTTPHeaders) -> ByteBuffer {
        var head = ByteBuffer()
        head.reserveCapacity(1024)
        head.writeStaticString("HTTP/1.1 200 OK\r\n")
        for (name, value) in headers {
            head.writeString(name)
            head.writeStaticString(": ")
            head.writeString(value)
            head.writeStaticString("\r\n")
        }
        return head
    }

    /// A whole head: `encoded` (from `encodedOK`), then `Content-Length` when given, `Date` and the blank line.
    func head(_ encoded: ByteBuffer, contentLength: Int? = nil) -> ByteBuffer {
        var head = encoded
        if let contentLength {
            head.writeStaticString("Content-Length: ")
            head.writeString(String(contentLength))
            head.writeStaticString("\r\n")
        }
        head.writeStaticString("Date: ")
        head.writeString(currentDate())
        head.writeStaticString("\r\n\r\n")
        return head
    }
}
