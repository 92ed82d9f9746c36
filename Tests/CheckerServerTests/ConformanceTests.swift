@testable import CheckerServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// RFC 9110 and RFC 9112 over loopback: what a request the router or the parser never expected gets.
@Suite("HTTP conformance")
struct ConformanceTests {
    static let healthz = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"

    @Test("HEAD answers every GET route with its status and length, without the body", arguments: ["/healthz", "/check/", "/api/rules", "/naming/"])
    func head(path: String) async throws {
        try await TestSite.app().test(.live) { client in
            let replies = try await RawHTTP.exchange(port: client.port!, """
                GET \(path) HTTP/1.1\r\nHost: localhost\r\nIf-Modified-Since: Mon, 01 Jan 2001 00:00:00 GMT\r\n\r\n\
                HEAD \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n
                """)
            let responses = replies.responses(bodies: true)
            try #require(responses.count == 2)
            #expect(responses.map(\.status) == [200, 200])
            #expect(responses[1].headers["content-length"] == String(responses[0].body.count))
            #expect(responses[1].body.isEmpty)
            #expect(responses[1].headers["content-security-policy"] != nil)
        }
    }

    @Test("requests the parser or the head checks refuse get 400 with the security headers", arguments: [
        "GET / HTTP/1.1\r\nHost: localhost\r\nBad header\r\n\r\n",
        "GET /naming/ HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n",
        "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:-1\r\n\r\n",
        "GET /naming/ HTTP/1.1\r\nHost: localhost:99999\r\n\r\n",
        "GET /naming/ HTTP/1.1\r\n\r\n",
        "POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
        "POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n",
    ])
    func badRequest(request: String) async throws {
        try await TestSite.app().test(.live) { client in
            let reply = try await RawHTTP.exchange(port: client.port!, request + Self.healthz, timeout: 10)
            #expect(reply.statuses.first == 400)
            #expect(reply.text.contains("Content-Security-Policy"))
            #expect(reply.closedByServer)
        }
    }

    @Test("an absolute-form target's host is checked like Host and replaces it", arguments: [
        ("GET http://evil.example/naming/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 403),
        ("GET http://localhost/naming/ HTTP/1.1\r\nHost: evil.example\r\n\r\n", 200),
        ("GET HTTP://127.0.0.1:8080/healthz HTTP/1.1\r\nHost: localhost\r\n\r\n", 200),
    ])
    func absoluteForm(request: String, status: Int) async throws {
        try await TestSite.app().test(.live) { client in
            let reply = try await RawHTTP.exchange(port: client.port!, request + Self.healthz)
            #expect(reply.statuses == [status, 200])
        }
    }

    @Test("after CONNECT or an Upgrade request the connection is answered and closed, never left hanging", arguments: [
        ("CONNECT localhost:443 HTTP/1.1\r\nHost: localhost\r\n\r\n", 501),
        ("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n", 200),
        ("GET /naming/ HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n", 200),
    ])
    func upgrade(request: String, status: Int) async throws {
        try await TestSite.app().test(.live) { client in
            let start = ContinuousClock.now
            let reply = try await RawHTTP.exchange(port: client.port!, request + Self.healthz, timeout: 10)
            #expect(reply.statuses.first == status)
            #expect(reply.statuses.count == 1 || reply.statuses == [status, 200])
            #expect(reply.closedByServer)
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test("Expect: 100-continue gets 100 Continue before the body is sent", .timeLimit(.minutes(1)))
    func expectContinue() async throws {
        try await TestSite.app().test(.live) { client in
            let port = client.port!
            let (interim, statuses) = try await RawConnection.run { () -> (Bool, [Int]) in
                let connection = try RawConnection(port: port)
                connection.send("""
                    POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
                    Content-Length: \(sampleDraftJSON.utf8.count)\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n
                    """)
                let interim = connection.read(until: "100 Continue\r\n\r\n", seconds: 3)
                connection.send(sampleDraftJSON)
                connection.read(seconds: 5)
                return (interim, connection.statuses)
            }
            #expect(interim)
            #expect(statuses == [100, 200])
        }
    }

    @Test("If-Match answers 412 unless it names the file's tag or *", arguments: [("same", 200), ("*", 200), ("\"other\"", 412), ("weak", 412)])
    func ifMatch(form: String, status: Int) async throws {
        try await TestSite.app().test(.router) { client in
            let tag = try #require(try await client.execute(uri: "/naming/", method: .get).headers[.eTag])
            let value = form == "same" ? tag : form == "weak" ? "W/" + tag : form
            let response = try await client.execute(uri: "/naming/", method: .get, headers: [.ifMatch: value])
            #expect(response.status.code == status)
            #expect(response.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test("a port in Host is digits only, at most 65535", arguments: [
        ("localhost:8080", "localhost"), ("localhost:", "localhost"), ("[::1]:80", "[::1]"),
        ("127.0.0.1:-1", nil), ("localhost:99999", nil), ("localhost:+80", nil), ("[::1]:x", nil), ("a b", nil),
    ] as [(String, String?)])
    func hostPort(authority: String, host: String?) {
        #expect(HostNames.hostName(authority) == host)
    }
}
