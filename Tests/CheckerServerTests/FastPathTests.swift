@testable import CheckerServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTP1
import SiteBuilder
import Testing

@Suite("Fast path: files")
struct FastPathTests {
    static let state: SiteState = {
        do {
            return SiteState(SiteSnapshot(manifest: try SiteManifest.load(from: TestSite.shared.appendingPathComponent("public"))))
        } catch {
            fatalError("the test site does not load: \(error)")
        }
    }()

    /// A channel with the fast path above NIO's response encoder: what it answers shows up outbound as bytes,
    /// what it passes on inbound.
    static func channel() throws -> EmbeddedChannel {
        let fastPath = FastPath(state: state, allowedHosts: ["localhost"])
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandlers([
            HTTPResponseEncoder(), ConnectionHandler(fastPath: fastPath, limits: ConnectionLimits(), checksInline: true, logger: Logger(label: "test")),
        ])
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        return channel
    }

    /// Every byte written to the channel so far, read as HTTP responses.
    static func written(_ channel: EmbeddedChannel) throws -> RawHTTP.Reply {
        var bytes: [UInt8] = []
        while let data = try channel.readOutbound(as: IOData.self) {
            guard case .byteBuffer(let buffer) = data else { continue }
            bytes += buffer.readableBytesView
        }
        return RawHTTP.Reply(bytes: bytes, closedByServer: !channel.isActive)
    }

    /// The status line and header lines of the first response in `reply`.
    static func headLines(_ reply: RawHTTP.Reply) -> [String] {
        Array(reply.text.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n"))
    }

    static func send(_ channel: EmbeddedChannel, _ method: HTTPMethod, _ uri: String, version: HTTPVersion = .http1_1, headers: [(String, String)] = []) throws {
        var head = HTTPRequestHead(version: version, method: method, uri: uri, headers: HTTPHeaders([("Host", "localhost")] + headers))
        if headers.contains(where: { $0.0 == "Host" }) { head.headers.replaceOrAdd(name: "Host", value: headers.first { $0.0 == "Host" }!.1) }
        try channel.writeInbound(HTTPServerRequestPart.head(head))
        try channel.writeInbound(HTTPServerRequestPart.end(nil))
    }

    @Test("plain GET and HEAD of a file are answered on the event loop; everything else goes to the router", arguments: [
        (HTTPMethod.GET, "/naming/", [], true),
        (.HEAD, "/naming/", [], true),
        (.GET, "/css/site.css", [("Accept-Encoding", "gzip")], true),
        (.GET, "/", [], true),
        (.GET, "/naming/", [("If-None-Match", "*")], false),
        (.GET, "/naming/", [("If-Modified-Since", "Sun, 29 Nov 2026 04:37:01 GMT")], false),
        (.GET, "/naming/", [("Connection", "close")], false),
        (.GET, "/naming/", [("Content-Length", "3")], false),
        (.GET, "/naming/", [("Transfer-Encoding", "chunked")], false),
        (.GET, "/naming/", [("Host", "evil.example")], false),
        (.POST, "/naming/", [], false),
        (.GET, "/naming", [], false),
        (.GET, "/no/such/page/", [], false),
        (.GET, "/check", [], false),
        (.GET, "/api/rules", [], false),
        (.GET, "/healthz", [], false),
        (.GET, "/.hidden", [], false),
        (.GET, "/naming/%2e%2e/", [], false),
    ] as [(HTTPMethod, String, [(String, String)], Bool)])
    func routing(method: HTTPMethod, uri: String, headers: [(String, String)], answeredHere: Bool) throws {
        let channel = try Self.channel()
        try Self.send(channel, method, uri, headers: headers)
        let answered = try Self.written(channel)
        let forwarded = try channel.readInbound(as: HTTPServerRequestPart.self)
        #expect(!answered.bytes.isEmpty == answeredHere)
        #expect((forwarded != nil) == !answeredHere)
        if answeredHere {
            let responses = answered.responses(bodies: method != .HEAD)
            try #require(responses.count == 1)
            #expect(responses[0].status == 200)
            #expect(responses[0].headers["content-security-policy"]?.contains("frame-ancestors 'none'") == true)
            #expect(Self.headLines(answered).filter { $0.hasPrefix("Date: ") }.count == 1)
            if method == .HEAD { #expect(answered.text.hasSuffix("\r\n\r\n")) } else { #expect(!responses[0].body.isEmpty) }
        }
        _ = try channel.finish()
    }

    /// The status line and headers answered to one request on `channel`; none when nothing was answered.
    static func answeredHead(_ channel: EmbeddedChannel, _ uri: String, headers: [(String, String)]) throws -> [String]? {
        try send(channel, .GET, uri, headers: headers)
        let reply = try written(channel)
        return reply.bytes.isEmpty ? nil : headLines(reply)
    }

    @Test("one connection asking for files in turn gets each file's own headers, with one Date each")
    func headsInTurn() throws {
        let requests: [(String, [(String, String)])] = [
            ("/naming/", []), ("/naming/", [("Accept-Encoding", "gzip")]), ("/css/site.css", [("Accept-Encoding", "gzip")]),
            ("/naming/", []), ("/naming/", []), ("/css/site.css", []),
        ]
        let shared = try Self.channel()
        for (uri, headers) in requests {
            let fresh = try Self.channel()
            let expected = try #require(try Self.answeredHead(fresh, uri, headers: headers))
            let head = try #require(try Self.answeredHead(shared, uri, headers: headers))
            #expect(head.filter { $0.hasPrefix("Date: ") }.count == 1)
            let withoutDate = { (lines: [String]) in lines.filter { !$0.hasPrefix("Date: ") } }
            #expect(withoutDate(head) == withoutDate(expected), "\(uri) \(headers)")
            _ = try fresh.finish()
        }
        _ = try shared.finish()
    }

    @Test("HTTP/1.0 requests go to the router, which knows their keep-alive rules")
    func http10() throws {
        let channel = try Self.channel()
        try Self.send(channel, .GET, "/naming/", version: .http1_0)
        #expect(try Self.written(channel).bytes.isEmpty)
        #expect(try channel.readInbound(as: HTTPServerRequestPart.self) != nil)
        _ = try channel.finish()
    }

    @Test("while the router answers a request, later ones wait for it, so responses keep their order")
    func order() throws {
        let channel = try Self.channel()
        try Self.send(channel, .POST, "/api/check")
        #expect(try channel.readInbound(as: HTTPServerRequestPart.self) != nil)
        try Self.send(channel, .GET, "/naming/")
        #expect(try Self.written(channel).bytes.isEmpty)
        while try channel.readInbound(as: HTTPServerRequestPart.self) != nil {}
        // The router ends its response; the file waiting behind it is answered at once.
        let routed = HTTPResponseHead(version: .http1_1, status: .accepted, headers: ["Content-Length": "0"])
        try channel.writeOutbound(HTTPServerResponsePart.head(routed))
        try channel.writeOutbound(HTTPServerResponsePart.end(nil))
        #expect(try Self.written(channel).statuses == [202, 200])
        _ = try channel.finish()
    }

    @Test("answers equal the router's, headers and body, plain and gzip", arguments: [[], ["Accept-Encoding: gzip"]])
    func sameAsRouter(extra: [String]) async throws {
        let headers = (["Host: localhost"] + extra).joined(separator: "\r\n")
        // An old If-Modified-Since sends the request through the router, which answers 200 as well.
        let viaRouter = "If-Modified-Since: Mon, 01 Jan 2001 00:00:00 GMT"
        try await TestSite.app().test(.live) { client in
            let gets = try await RawHTTP.exchange(port: client.port!, """
                GET /naming/ HTTP/1.1\r\n\(headers)\r\n\r\n\
                GET /naming/ HTTP/1.1\r\n\(headers)\r\n\(viaRouter)\r\nConnection: close\r\n\r\n
                """).responses()
            let heads = try await RawHTTP.exchange(port: client.port!, """
                HEAD /naming/ HTTP/1.1\r\n\(headers)\r\n\r\n\
                HEAD /naming/ HTTP/1.1\r\n\(headers)\r\n\(viaRouter)\r\nConnection: close\r\n\r\n
                """).responses(bodies: false)
            try #require(gets.count == 2 && heads.count == 2)
            for pair in [gets, heads] {
                let (fast, routed) = (pair[0], pair[1])
                #expect(fast.status == 200 && routed.status == 200)
                var routedHeaders = routed.headers
                routedHeaders["connection"] = nil
                #expect(fast.headers.filter { $0.key != "date" } == routedHeaders.filter { $0.key != "date" })
            }
            #expect(gets[0].body == gets[1].body)
            #expect(!gets[0].body.isEmpty)
            #expect(gets[0].headers["content-encoding"] == (extra.isEmpty ? nil : "gzip"))
        }
    }

    @Test("a pipelined API request and page keep their order")
    func pipelined() async throws {
        try await TestSite.app().test(.live) { client in
            let body = sampleDraftJSON
            let reply = try await RawHTTP.exchange(port: client.port!, """
                POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)\
                GET /naming/ HTTP/1.1\r\nHost: localhost\r\n\r\n\
                GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n
                """)
            let responses = reply.responses()
            try #require(responses.count == 3, "\(reply.text.prefix(3000))")
            #expect(responses.map(\.status) == [200, 200, 200])
            #expect(responses[0].headers["content-type"]?.hasPrefix("application/json") == true)
            #expect(responses[1].headers["content-type"] == "text/html; charset=utf-8")
        }
    }

    @Test("an idle connection is closed after the idle timeout", .timeLimit(.minutes(1)))
    func idle() async throws {
        var options = TestSite.options()
        options.idleTimeout = .milliseconds(300)
        try await CheckerApplication.make(options).test(.live) { client in
            let start = ContinuousClock.now
            let reply = try await RawHTTP.exchange(port: client.port!, "GET /naming/ HTTP/1.1\r\nHost: localhost\r\n\r\n", timeout: 10)
            #expect(reply.statuses == [200])
            #expect(reply.closedByServer)
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test("a connection the router is still answering stays open past the idle timeout", .timeLimit(.minutes(1)))
    func longResponse() async throws {
        var options = TestSite.options(try TestSite.make(build: true), watch: true)
        options.idleTimeout = .milliseconds(200)
        try await CheckerApplication.make(options).test(.live) { client in
            let reply = try await RawHTTP.exchange(port: client.port!, "GET /_live/events HTTP/1.1\r\nHost: localhost\r\n\r\n", timeout: 1)
            #expect(reply.statuses == [200])
            #expect(!reply.closedByServer)
        }
    }
}
