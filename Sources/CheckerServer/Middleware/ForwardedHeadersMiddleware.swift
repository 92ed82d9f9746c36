import Foundation
import HTTPTypes
import Hummingbird

/// Reads the request as a trusted proxy forwarded it: the client's address from `X-Forwarded-For`, the
/// host it asked for from `X-Forwarded-Host` and its scheme from `X-Forwarded-Proto` (so the Host allow-list
/// and the cross-site check see the browser's view), and the proxy's `X-Request-Id`. From any other peer
/// these headers are removed, so nothing after this middleware can be fooled by them.
struct ForwardedHeadersMiddleware: RouterMiddleware {
    let trusted: TrustedProxies

    func handle(_ request: Request, context: ServerRequestContext,
                next: (Request, ServerRequestContext) async throws -> Response) async throws -> Response {
        let forwarded = ForwardedHeaders.resolve(request.head, trusted: trusted.contains(context.peer))
        var context = context
        if let client = forwarded.client { context.client = client }
        context.requestID = forwarded.requestID
        guard let head = forwarded.head else { return try await next(request, context) }
        return try await next(Request(head: head, body: request.body), context)
    }
}

/// The forwarded headers of a request head.
enum ForwardedHeaders {
    static let names: [HTTPField.Name] = [.xForwardedFor, .xForwardedHost, .xForwardedProto, .xRequestID, .forwarded]

    /// What a head says when its peer is `trusted`: the client address, the request id and a head rewritten
    /// with the forwarded host and scheme; from an untrusted peer, the head without the forwarded headers.
    /// `head` is nil when the request needs no change.
    static func resolve(_ request: HTTPRequest, trusted: Bool) -> (head: HTTPRequest?, client: String?, requestID: String?) {
        guard trusted else {
            guard names.contains(where: { request.headerFields[$0] != nil }) else { return (nil, nil, nil) }
            var head = request
            for name in names { head.headerFields[name] = nil }
            return (head, nil, nil)
        }
        let client = lastValue(request.headerFields[.xForwardedFor]).flatMap { TrustedProxies.addressBytes($0) == nil ? nil : $0 }
        let requestID = request.headerFields[.xRequestID].flatMap(requestIDValue)
        var head = request
        var changed = false
        if let host = lastValue(request.headerFields[.xForwardedHost]), HostNames.hostName(host) != nil {
            head.authority = host
            changed = true
        }
        if let scheme = lastValue(request.headerFields[.xForwardedProto])?.lowercased(), scheme == "https" || scheme == "http" {
            head.scheme = scheme
            changed = true
        }
        return (changed ? head : nil, client, requestID)
    }

    /// The value the nearest proxy added: the last of a comma-separated list, trimmed.
    private static func lastValue(_ field: String?) -> String? {
        guard let field, let last = field.split(separator: ",").last else { return nil }
        let value = last.trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// A request id as logs can carry it: at most 128 letters, digits, `-`, `_`, `.` or `:`.
    static func requestIDValue(_ text: String) -> String? {
        guard !text.isEmpty, text.utf8.count <= 128, text.utf8.allSatisfy({ byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
        }) else { return nil }
        return text
    }
}

extension HTTPField.Name {
    static let xForwardedFor = Self("X-Forwarded-For")!
    static let xForwardedHost = Self("X-Forwarded-Host")!
    static let xForwardedProto = Self("X-Forwarded-Proto")!
    static let xRequestID = Self("X-Request-Id")!
    static let forwarded = Self("Forwarded")!
}
