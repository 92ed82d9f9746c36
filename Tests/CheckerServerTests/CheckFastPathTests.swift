@testable import CheckerServer
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing

@Suite("Check fast path")
struct CheckFastPathTests {
    static func post(_ channel: EmbeddedChannel, _ body: String, uri: String = "/api/check", headers: [(String, String)]) throws {
        let head = HTTPRequestHead(version: .http1_1, method: .POST, uri: uri, headers: HTTPHeaders([("Host", "localhost")] + headers))
        try channel.writeInbound(HTTPServerRequestPart.head(head))
        try channel.writeInbound(HTTPServerRequestPart.body(ByteBuffer(string: body)))
        try channel.writeInbound(HTTPServerRequestPart.end(nil))
    }

    static let json = [("Content-Type", "application/json"), ("Content-Length", String(sampleDraftJSON.utf8.count))]

    @Test("a small same-site JSON draft is checked on the event loop; anything else goes to the router", arguments: [
        (json, "/api/check", true),
        ([("Content-Type", "application/json; charset=utf-8"), json[1]], "/api/check", true),
        (json + [("Sec-Fetch-Site", "same-origin")], "/api/check", true),
        (json + [("Origin", "http://localhost")], "/api/check", true),
        (json + [("Origin", "http://evil.example")], "/api/check", false),
        (json + [("Sec-Fetch-Site", "cross-site")], "/api/check", false),
        (json + [("Sec-Fetch-Site", "same-origin"), ("Sec-Fetch-Site", "cross-site")], "/api/check", false),
        ([("Content-Type", "text/plain"), json[1]], "/api/check", false),
        ([json[0], ("Content-Length", "20000")], "/api/check", false),
        ([json[0], ("Transfer-Encoding", "chunked")], "/api/check", false),
        (json + [("Connection", "close")], "/api/check", false),
        (json + [("Expect", "100-continue")], "/api/check", false),
        (json, "/api/check?debug=1", false),
        (json, "/api/rules", false),
    ] as [([(String, String)], String, Bool)])
    func routing(headers: [(String, String)], uri: String, answeredHere: Bool) throws {
        let channel = try FastPathTests.channel()
        try Self.post(channel, sampleDraftJSON, uri: uri, headers: headers)
        let answered = try FastPathTests.written(channel)
        let forwarded = try channel.readInbound(as: HTTPServerRequestPart.self)
        // A forwarded request that expects `100 Continue` gets that interim answer here; only final ones count.
        #expect(answered.statuses.contains { $0 >= 200 } == answeredHere)
        #expect((forwarded != nil) == !answeredHere)
        if answeredHere {
            let responses = answered.responses()
            try #require(responses.count == 1)
            #expect(responses[0].status == 200)
            #expect(responses[0].headers["content-type"] == "application/json; charset=utf-8")
            #expect(responses[0].headers["x-frame-options"] == "DENY")
            let report = try JSONSerialization.jsonObject(with: Data(responses[0].body)) as? [String: Any]
            #expect(report?["verdict"] as? String == "fail")
        }
        _ = try channel.finish()
    }

    @Test("a draft that does not decode goes to the router with the body received")
    func undecodable() throws {
        let channel = try FastPathTests.channel()
        let body = "{\"entity\":"
        try Self.post(channel, body, headers: [("Content-Type", "application/json"), ("Content-Length", String(body.utf8.count))])
        #expect(try FastPathTests.written(channel).bytes.isEmpty)
        var parts: [HTTPServerRequestPart] = []
        while let part = try channel.readInbound(as: HTTPServerRequestPart.self) { parts.append(part) }
        try #require(parts.count == 3)
        guard case .head(let head) = parts[0], case .body(let received) = parts[1], case .end = parts[2] else {
            Issue.record("expected head, body and end, got \(parts)")
            return
        }
        #expect(head.uri == "/api/check")
        #expect(String(buffer: received) == body)
        _ = try channel.finish()
    }

    @Test("answers equal the router's, headers and body, in English and Chinese", arguments: ["en", "zh-CN,zh;q=0.9"])
    func sameAsRouter(language: String) async throws {
        let body = sampleDraftJSON
        let request = "POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept-Language: \(language)\r\n"
            + "Content-Length: \(body.utf8.count)\r\n"
        try await TestSite.app().test(.live) { client in
            // `Connection: close` sends the second request through the router.
            let reply = try await RawHTTP.exchange(port: client.port!, "\(request)\r\n\(body)\(request)Connection: close\r\n\r\n\(body)")
            let responses = reply.responses()
            try #require(responses.count == 2, "\(reply.text.prefix(2000))")
            let (fast, routed) = (responses[0], responses[1])
            #expect(fast.status == 200 && routed.status == 200)
            var routedHeaders = routed.headers
            routedHeaders["connection"] = nil
            #expect(fast.headers.filter { $0.key != "date" } == routedHeaders.filter { $0.key != "date" })
            #expect(fast.body == routed.body)
            #expect(fast.headers["content-language"] == (language == "en" ? "en" : "zh-CN"))
        }
    }

    @Test("checks answered here and by the router keep their order on one connection")
    func order() async throws {
        let good = sampleDraftJSON
        let bad = "{\"entity\":"
        let requests = [good, bad, good].map { body in
            "POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
        }.joined() + "GET /naming/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        try await TestSite.app().test(.live) { client in
            let reply = try await RawHTTP.exchange(port: client.port!, requests)
            let responses = reply.responses()
            #expect(responses.map(\.status) == [200, 400, 200, 200], "\(reply.text.prefix(3000))")
            #expect(responses.count == 4 && responses[0].body == responses[2].body)
        }
    }
}
