@testable import CheckerServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Deadlines, limits and shutdown against the real server on 127.0.0.1, with timeouts shortened to keep each test fast.
@Suite("Connection deadlines and limits")
struct ConnectionDeadlineTests {
    static func options(idle: Duration = .seconds(30), request: Duration = .seconds(30), grace: Duration = .seconds(5)) -> ServerOptions {
        var options = TestSite.options()
        options.idleTimeout = idle
        options.requestTimeout = request
        options.shutdownGracePeriod = grace
        return options
    }

    @Test("a body that never ends gets 408 with the security headers and the connection closes", .timeLimit(.minutes(1)), arguments: [
        "POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"entity\":",
        "POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n",
        "POST /check/report HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10\r\n\r\n",
    ])
    func stalledBody(request: String) async throws {
        try await CheckerApplication.make(Self.options(request: .milliseconds(400))).test(.live) { client in
            let start = ContinuousClock.now
            let reply = try await RawHTTP.exchange(port: client.port!, request, timeout: 10)
            #expect(reply.statuses == [408])
            #expect(reply.text.contains("Content-Security-Policy"))
            #expect(reply.closedByServer)
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test("a head sent a byte at a time is closed after the idle timeout", .timeLimit(.minutes(1)))
    func trickledHead() async throws {
        try await CheckerApplication.make(Self.options(idle: .milliseconds(500))).test(.live) { client in
            let port = client.port!
            let closedAfter = try await RawConnection.run { () -> Double? in
                let connection = try RawConnection(port: port)
                let start = Date()
                for byte in "GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + String(repeating: "a", count: 100) {
                    connection.send(String(byte))
                    if connection.read(seconds: 0.05) { return Date().timeIntervalSince(start) }
                }
                return nil
            }
            #expect(closedAfter != nil && closedAfter! < 2)
        }
    }

    @Test("the idle timeout runs from the last response, whoever answered it", .timeLimit(.minutes(1)), arguments: ["/healthz", "/naming/"])
    func idleAfterResponse(path: String) async throws {
        try await CheckerApplication.make(Self.options(idle: .seconds(1))).test(.live) { client in
            let port = client.port!
            let closedAfter = try await RawConnection.run { () -> Double in
                let connection = try RawConnection(port: port)
                Thread.sleep(forTimeInterval: 0.3)
                connection.send("GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n")
                connection.read(until: "\r\n\r\n", seconds: 5)
                let answered = Date()
                connection.read(seconds: 5)
                return connection.closedByServer ? Date().timeIntervalSince(answered) : 99
            }
            // It used to be counted from the previous check, which stretched it towards twice as long.
            #expect(closedAfter > 0.8 && closedAfter < 1.25, "closed \(closedAfter) s after the response")
        }
    }

    @Test("HTTP/1.0 without keep-alive closes after the response", .timeLimit(.minutes(1)), arguments: ["/healthz", "/naming/", "/api/rules"])
    func http10(path: String) async throws {
        try await TestSite.app().test(.live) { client in
            let start = ContinuousClock.now
            let reply = try await RawHTTP.exchange(port: client.port!, "GET \(path) HTTP/1.0\r\nHost: localhost\r\n\r\n", timeout: 10)
            #expect(reply.text.hasPrefix("HTTP/1.1 200"))
            #expect(reply.text.lowercased().contains("connection: close"))
            #expect(reply.closedByServer)
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test("shutdown finishes within the grace period while a client stalls its body", .timeLimit(.minutes(1)))
    func shutdownWithStalledClient() async throws {
        let app = try await CheckerApplication.make(Self.options(grace: .milliseconds(500)))
        let connection = LockedBox<RawConnection?>(nil)
        let stopping = LockedBox(ContinuousClock.now)
        try await app.test(.live) { client in
            let port = client.port!
            try await RawConnection.run {
                let stalled = try RawConnection(port: port)
                stalled.send("POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                connection.value = stalled
            }
            try await Task.sleep(for: .milliseconds(200))
            stopping.value = ContinuousClock.now
        }
        #expect(ContinuousClock.now - stopping.value < .seconds(4))
        _ = connection
    }

    @Test("past the connection limit a client gets 503 with the security headers, and the server recovers", .timeLimit(.minutes(1)))
    func connectionLimit() async throws {
        var options = TestSite.options()
        options.maxConnections = 2
        try await CheckerApplication.make(options).test(.live) { client in
            let port = client.port!
            let (refused, later) = try await RawConnection.run { () -> (String, [Int]) in
                var held = [try RawConnection(port: port), try RawConnection(port: port)]
                for connection in held {
                    connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    connection.read(until: "ok\n", seconds: 5)
                }
                let third = try RawConnection(port: port)
                third.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
                third.read(seconds: 5)
                held.removeAll()
                Thread.sleep(forTimeInterval: 0.3)
                let fourth = try RawConnection(port: port)
                fourth.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                fourth.read(seconds: 5)
                return (third.closedByServer ? third.text : "", fourth.statuses)
            }
            #expect(refused.hasPrefix("HTTP/1.1 503"))
            #expect(refused.contains("Content-Security-Policy"))
            #expect(refused.contains("Retry-After"))
            #expect(later == [200])
        }
    }
}

/// A value shared with a client thread.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
