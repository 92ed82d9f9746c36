@testable import CheckerServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Hostile requests")
struct HostileRequestTests {
    @Test("paths that could leave the site are refused", arguments: [
        "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd", "/naming/%2e%2e/%2e%2e/etc/passwd", "/a%00b",
        "/a%5c..%5cb", "/%ZZ", "/naming/%2F", "/%7f", "/a%0d%0aSet-Cookie:x",
    ])
    func traversal(path: String) async throws {
        try await TestSite.app().test(.router) { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .badRequest || response.status == .notFound)
            #expect(!String(buffer: response.body).contains("root:"))
            #expect(response.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test("request paths are decoded strictly", arguments: [
        ("/naming/", "naming/"), ("/%E5%A4%87", "备"), ("/a/./b", nil), ("/a/../b", nil), ("/a%2Fb", nil), ("/a\\b", nil), ("/%C3%28", nil),
    ] as [(String, String?)])
    func requestPath(target: String, decoded: String?) {
        #expect(RequestPath(target: target)?.decoded == decoded)
    }

    @Test("an unknown Host is refused, with the security headers (DNS rebinding)", arguments: ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", ""])
    func unknownHost(host: String) async throws {
        try await TestSite.app().test(.live) { client in
            let reply = try await RawHTTP.exchange(port: client.port!, "GET / HTTP/1.1\r\nHost: \(host)\r\n\r\nGET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            #expect(reply.statuses.first == 403)
            #expect(reply.text.contains("Content-Security-Policy"))
            #expect(reply.statuses.last == 200)
        }
    }

    @Test("malformed requests get an error and the connection stays usable", arguments: [
        "GET /%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /naming/ HTTP/1.1\r\nHost: localhost\r\nRange: bytes=--1\r\n\r\n",
        "GET /naming/ HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: \"\r\nIf-Modified-Since: 99 Foo 20000 GMT\r\n\r\n",
        "GET /a%00b HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n{\"a\":",
    ])
    func staysUsable(request: String) async throws {
        try await TestSite.app().test(.live) { client in
            let reply = try await RawHTTP.exchange(port: client.port!, request + "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            #expect(reply.statuses.count == 2)
            #expect(reply.statuses.last == 200)
            #expect(!reply.text.contains("root:"))
        }
    }

    @Test("oversized headers are refused without bringing the server down")
    func hugeHeader() async throws {
        try await TestSite.app().test(.live) { client in
            let big = String(repeating: "a", count: 64 * 1024)
            _ = try? await RawHTTP.exchange(port: client.port!, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: \(big)\r\n\r\n")
            let after = try await RawHTTP.exchange(port: client.port!, "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            #expect(after.statuses == [200])
        }
    }
}

/// A bare TCP client for requests no HTTP library would send.
enum RawHTTP {
    struct Reply {
        let bytes: [UInt8]
        /// True when the server closed the connection, false when the read timed out.
        let closedByServer: Bool
        var text: String { String(decoding: bytes, as: UTF8.self) }
        /// Status codes of the responses read, in order.
        var statuses: [Int] {
            text.components(separatedBy: "HTTP/1.1 ").dropFirst().compactMap { Int($0.prefix(3)) }
        }

        /// The responses read, each as its header fields (names lower-cased) and body, read by `Content-Length`
        /// unless `bodies` is false (answers to HEAD).
        func responses(bodies: Bool = true) -> [(status: Int, headers: [String: String], body: [UInt8])] {
            var result: [(Int, [String: String], [UInt8])] = []
            var rest = bytes[...]
            let separator: [UInt8] = Array("\r\n\r\n".utf8)
            while let end = rest.indices.first(where: { rest[$0...].starts(with: separator) }) {
                let lines = String(decoding: rest[..<end], as: UTF8.self).components(separatedBy: "\r\n")
                var headers: [String: String] = [:]
                for line in lines.dropFirst() {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                let bodyStart = end + separator.count
                let length = bodies ? min(Int(headers["content-length"] ?? "0") ?? 0, rest.endIndex - bodyStart) : 0
                result.append((Int(lines[0].dropFirst(9).prefix(3)) ?? 0, headers, Array(rest[bodyStart..<bodyStart + length])))
                rest = rest[(bodyStart + length)...]
            }
            return result
        }
    }

    /// Sends the bytes and reads until the server closes; runs on its own thread so the server's tasks keep running.
    static func exchange(port: Int, _ request: String, timeout: Int = 5) async throws -> Reply {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try blockingExchange(port: port, request, timeout: timeout) }) }.start()
        }
    }

    private static func blockingExchange(port: Int, _ request: String, timeout: Int) throws -> Reply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return Reply(bytes: received, closedByServer: count == 0) }
            received += buffer[0..<count]
        }
    }
}
