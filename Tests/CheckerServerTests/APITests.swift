@testable import CheckerServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The JSON API")
struct APITests {
    private let json: HTTPFields = [.contentType: "application/json"]

    @Test("POST /api/check answers the report", arguments: [TestingSetup.router, .live])
    func check(setup: TestingSetup) async throws {
        try await TestSite.app().test(setup) { client in
            let response = try await client.execute(uri: "/api/check", method: .post, headers: json, body: ByteBuffer(string: sampleDraftJSON))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let report = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            #expect(report?["verdict"] as? String == "fail")
            let rules = (report?["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
            #expect(rules.contains("name/all-digits"))
            // Compact, for programs: the same report `icp check --format json` indents.
            let text = String(buffer: response.body)
            #expect(!text.contains("\n") && !text.contains("\": "), "\(text.prefix(200))")
        }
    }

    @Test("POST /api/check answers in Chinese when Accept-Language prefers it, and says so", arguments: [
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"), ("zh-Hans", "zh-CN"), ("en-GB", "en"), ("de, zh-TW", "en"), (nil, "en"),
    ])
    func language(accept: String?, expected: String) async throws {
        try await TestSite.app().test(.router) { client in
            var headers = json
            if let accept { headers[.acceptLanguage] = accept }
            let response = try await client.execute(uri: "/api/check", method: .post, headers: headers, body: ByteBuffer(string: sampleDraftJSON))
            #expect(response.status == .ok)
            #expect(response.headers[.contentLanguage] == expected)
            #expect(response.headers[values: .vary].joined(separator: ",").contains("Accept-Language"))
            let report = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            #expect(report?["lang"] as? String == expected)
            let finding = (report?["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "name/all-digits" }
            #expect(finding?["path"] as? String == "/websites/0/name")
            let message = finding?["message"] as? String ?? ""
            #expect(message.contains("数字") == (expected == "zh-CN"), "\(message)")
        }
    }

    @Test("invalid JSON and contract violations are 400 naming the path", arguments: [
        ("{\"entity\":", ""),
        ("{\"entity\": {\"type\": \"robot\", \"name\": \"x\", \"province\": \"zhejiang\"}, \"websites\": [{\"name\": \"abc\", \"domains\": [\"a.com\"]}]}", "/entity/type"),
        ("[]", ""),
    ])
    func invalid(body: String, path: String) async throws {
        try await TestSite.app().test(.router) { client in
            let response = try await client.execute(uri: "/api/check", method: .post, headers: json, body: ByteBuffer(string: body))
            #expect(response.status == .badRequest)
            let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            let error = object?["error"] as? [String: Any]
            #expect(error?["path"] as? String == path)
            #expect((error?["message"] as? String)?.isEmpty == false)
        }
    }

    @Test("a body over 64 KiB is 413, a wrong type 415, a cross-site post 403")
    func limits() async throws {
        try await TestSite.app().test(.router) { client in
            let big = "{\"x\": \"" + String(repeating: "a", count: 70 * 1024) + "\"}"
            let response4 = try await client.execute(uri: "/api/check", method: .post, headers: json, body: ByteBuffer(string: big))
            #expect(response4.status == .contentTooLarge)
            let text: HTTPFields = [.contentType: "text/plain"]
            let response5 = try await client.execute(uri: "/api/check", method: .post, headers: text, body: ByteBuffer(string: sampleDraftJSON))
            #expect(response5.status == .unsupportedMediaType)
            var crossSite = json
            crossSite[.init("Sec-Fetch-Site")!] = "cross-site"
            let response6 = try await client.execute(uri: "/api/check", method: .post, headers: crossSite, body: ByteBuffer(string: sampleDraftJSON))
            #expect(response6.status == .forbidden)
        }
    }

    @Test("a method a route does not answer gets 405 with the methods it does", arguments: [
        ("/api/check", HTTPRequest.Method.get, "POST"), ("/api/rules", .delete, "GET, HEAD"), ("/healthz", .put, "GET, HEAD"),
        ("/check", .patch, "GET, HEAD"), ("/check/report.json", .delete, "GET, HEAD, POST"), ("/healthz", .options, "GET, HEAD"),
        ("/api/check", .trace, "POST"), ("/naming/", .delete, "GET, HEAD"), ("/css/site.css", .options, "GET, HEAD"),
        ("/naming/", .put, "GET, HEAD"), ("/", .trace, "GET, HEAD"),
    ])
    func methodNotAllowed(uri: String, method: HTTPRequest.Method, allow: String) async throws {
        try await TestSite.app().test(.router) { client in
            let response = try await client.execute(uri: uri, method: method)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == allow)
        }
    }

    @Test("GET /api/rules lists the catalog and /healthz answers")
    func rulesAndHealth() async throws {
        try await TestSite.app().test(.router) { client in
            let rules = try await client.execute(uri: "/api/rules", method: .get)
            #expect(rules.status == .ok)
            let catalog = try JSONSerialization.jsonObject(with: Data(buffer: rules.body)) as? [[String: Any]]
            #expect(catalog?.contains { $0["id"] as? String == "name/all-digits" } == true)
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            #expect(health.headers[.xContentTypeOptions] == "nosniff")
        }
    }
}
