@testable import CheckerServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Behind a reverse proxy")
struct ProxyTests {
    @Test("trusted proxies are addresses or CIDR ranges, IPv4 or IPv6", arguments: [
        (["127.0.0.1"], "127.0.0.1", true), (["127.0.0.1"], "127.0.0.2", false), (["10.0.0.0/8"], "10.200.3.4", true),
        (["10.0.0.0/8"], "11.0.0.1", false), (["192.168.1.0/25"], "192.168.1.127", true), (["192.168.1.0/25"], "192.168.1.128", false),
        (["::1"], "::1", true), (["fd00::/8"], "fd12::5", true), (["fd00::/8"], "fe80::1", false), (["127.0.0.1"], "::ffff:127.0.0.1", true),
        ([], "127.0.0.1", false),
    ])
    func trustedRanges(values: [String], address: String, trusted: Bool) throws {
        #expect(try TrustedProxies(values).contains(address) == trusted)
    }

    @Test("a --trusted-proxy that is not an address or range is refused, naming it", arguments: ["localhost", "10.0.0.0/33", "1.2.3", "::1/129", "10.0.0.0/"])
    func badTrustedProxy(value: String) {
        #expect(throws: ServerOptionError.badTrustedProxy(value)) { try TrustedProxies([value]) }
    }

    @Test("from a trusted proxy the forwarded client, host, scheme and request id count; from anyone else they are removed")
    func forwardedHeaders() throws {
        var head = HTTPRequest(method: .get, scheme: nil, authority: "127.0.0.1:8081", path: "/check/")
        head.headerFields[.xForwardedFor] = "203.0.113.9, 198.51.100.7"
        head.headerFields[.xForwardedHost] = "intranet.example"
        head.headerFields[.xForwardedProto] = "https"
        head.headerFields[.xRequestID] = "abc-123"
        let trusted = ForwardedHeaders.resolve(head, trusted: true)
        #expect(trusted.client == "198.51.100.7")
        #expect(trusted.requestID == "abc-123")
        #expect(trusted.head?.authority == "intranet.example")
        #expect(trusted.head?.scheme == "https")

        let untrusted = ForwardedHeaders.resolve(head, trusted: false)
        #expect(untrusted.client == nil && untrusted.requestID == nil)
        #expect(untrusted.head?.authority == "127.0.0.1:8081")
        #expect(ForwardedHeaders.names.allSatisfy { untrusted.head?.headerFields[$0] == nil })
    }

    @Test("forwarded values that are not an address, a host or a clean request id are not used", arguments: [
        (HTTPField.Name.xForwardedFor, "not-an-address"), (.xForwardedHost, "evil.example/path"), (.xRequestID, "id with spaces\u{1B}[31m"),
        (.xForwardedProto, "gopher"),
    ])
    func malformedForwarded(name: HTTPField.Name, value: String) {
        var head = HTTPRequest(method: .get, scheme: nil, authority: "127.0.0.1", path: "/")
        head.headerFields[name] = value
        let resolved = ForwardedHeaders.resolve(head, trusted: true)
        #expect(resolved.client == nil && resolved.requestID == nil && resolved.head == nil)
    }

    /// The app with the given proxies trusted and `intranet.example` allowed.
    private func app(trusting proxies: [String]) async throws -> some ApplicationProtocol {
        var options = TestSite.options()
        options.trustedProxies = try TrustedProxies(proxies)
        options.extraHosts = ["intranet.example"]
        return try await CheckerApplication.make(options)
    }

    /// The status of one request sent raw from 127.0.0.1, so its `Host` and forwarded headers are exactly these.
    private func status(port: Int, _ method: String, _ path: String, headers: [String], body: String = "") async throws -> Int? {
        let head = ([method + " " + path + " HTTP/1.1", "Host: 127.0.0.1", "Connection: close", "Content-Length: \(body.utf8.count)"] + headers)
        return try await RawHTTP.exchange(port: port, head.joined(separator: "\r\n") + "\r\n\r\n" + body).statuses.first
    }

    @Test("the Host allow-list reads X-Forwarded-Host from a trusted proxy and ignores it from others")
    func forwardedHostCheck() async throws {
        try await app(trusting: ["127.0.0.1"]).test(.live) { client in
            let allowed = try await status(port: client.port!, "GET", "/healthz", headers: ["X-Forwarded-Host: intranet.example"])
            #expect(allowed == 200)
            let refused = try await status(port: client.port!, "GET", "/healthz", headers: ["X-Forwarded-Host: evil.example"])
            #expect(refused == 403)
            // A trusted proxy's forwarded request never takes the fast path, which does not read those headers.
            let fileRefused = try await status(port: client.port!, "GET", "/naming/", headers: ["X-Forwarded-Host: evil.example"])
            #expect(fileRefused == 403)
        }
        try await app(trusting: ["10.0.0.0/8"]).test(.live) { client in
            let ignored = try await status(port: client.port!, "GET", "/healthz", headers: ["X-Forwarded-Host: evil.example"])
            #expect(ignored == 200)
        }
    }

    @Test("the cross-site check compares Origin with the scheme and host the proxy forwarded, and only a trusted one's")
    func forwardedOrigin() async throws {
        let headers = [
            "Content-Type: application/json", "Origin: https://intranet.example", "X-Forwarded-Host: intranet.example", "X-Forwarded-Proto: https",
        ]
        try await app(trusting: ["127.0.0.1"]).test(.live) { client in
            let sameSite = try await status(port: client.port!, "POST", "/api/check", headers: headers, body: sampleDraftJSON)
            #expect(sameSite == 200)
        }
        try await app(trusting: []).test(.live) { client in
            let crossSite = try await status(port: client.port!, "POST", "/api/check", headers: headers, body: sampleDraftJSON)
            #expect(crossSite == 403)
        }
    }

    @Test("redirects and the 404 page's base are relative, so they hold under any prefix", arguments: [
        ("/naming", "./naming/"), ("/a/b", "./b/"), ("/check", "./check/"),
    ])
    func relativeRedirect(path: String, location: String) {
        #expect(Redirect.toFolder(rawPath: path, query: nil).headers[.location] == location)
    }

    @Test("the 404 page's base climbs one level per folder of the request path", arguments: [
        ("/missing", ""), ("/a/missing", "../"), ("/a/b/", "../../"), ("/a/b/c", "../../"),
    ])
    func notFoundBase(path: String, base: String) {
        #expect(Redirect.baseToRoot(rawPath: path) == base)
    }

    @Test("the form, its downloads and the report's links are relative to check/")
    func relativeForm() async throws {
        try await TestSite.app().test(.router) { client in
            let redirect = try await client.execute(uri: "/check", method: .get)
            #expect(redirect.status == .movedPermanently)
            #expect(redirect.headers[.location] == "./check/")
            let html = String(buffer: try await client.execute(uri: "/check/", method: .get).body)
            #expect(html.contains("action=\"report\""))
            #expect(html.contains("formaction=\"draft.yaml\""))
            #expect(html.contains("href=\"../css/site.css\""))
            #expect(!html.contains("href=\"/"), "a root-relative link would leave the prefix")
            #expect(!html.contains("src=\"/"))
        }
    }
}
