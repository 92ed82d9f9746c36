@testable import CheckerServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiteBuilder
import Testing

@Suite("Serving a built site alone, health and metrics")
struct BuiltSiteTests {
    private let json: HTTPFields = [.contentType: "application/json"]

    /// A copy of the shared test site's `public/` alone in an empty folder, changed by `edit`.
    private func siteAlone(_ edit: (URL) throws -> Void = { _ in }) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icp-site-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestSite.shared.appendingPathComponent("public"), to: folder)
        try edit(folder)
        return folder
    }

    private func app(site: URL, metrics: Bool = false) async throws -> some ApplicationProtocol {
        var options = ServerOptions(site: site)
        options.port = 0
        options.metrics = metrics
        return try await CheckerApplication.make(options)
    }

    @Test("a built site with no content/ or theme/ beside it serves its pages, the form and the API from its own rulebook")
    func siteWithoutSources() async throws {
        let site = try siteAlone()
        #expect(!FileManager.default.fileExists(atPath: site.deletingLastPathComponent().appendingPathComponent("content").path))
        try await app(site: site).test(.router) { client in
            #expect(try await client.execute(uri: "/", method: .get).status == .ok)
            let form = try await client.execute(uri: "/check/", method: .get)
            #expect(form.status == .ok)
            #expect(String(buffer: form.body).contains("class=\"checker-form\""))
            #expect(!String(buffer: form.body).contains(CheckerFiles.startMarker))
            let report = try await client.execute(uri: "/api/check", method: .post, headers: json, body: ByteBuffer(string: sampleDraftJSON))
            #expect(report.status == .ok)
            #expect(String(buffer: report.body).contains("\"verdict\""))
            #expect(try await client.execute(uri: "/healthz/ready", method: .get).status == .ok)
        }
    }

    @Test("the published checker page says a static copy cannot check, between the markers the server fills")
    func staticNotice() throws {
        let page = try String(contentsOf: TestSite.shared.appendingPathComponent("public/check/index.html"), encoding: .utf8)
        let start = try #require(page.range(of: CheckerFiles.startMarker))
        let end = try #require(page.range(of: CheckerFiles.endMarker))
        #expect(start.upperBound < end.lowerBound)
        #expect(page[start.upperBound..<end.lowerBound].contains("cannot check a draft"))
        for name in ["rules.yaml", "provinces.yaml"] {
            #expect(FileManager.default.fileExists(atPath: TestSite.shared.appendingPathComponent("public/data/" + name).path))
        }
    }

    @Test("without its rule data the site is still served, but the checker is unavailable and the server not ready")
    func missingRulebook() async throws {
        let site = try siteAlone { try FileManager.default.removeItem(at: $0.appendingPathComponent("data/rules.yaml")) }
        try await app(site: site).test(.router) { client in
            #expect(try await client.execute(uri: "/naming/", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            let ready = try await client.execute(uri: "/healthz/ready", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(String(buffer: ready.body).contains("rules.yaml"))
            let check = try await client.execute(uri: "/api/check", method: .post, headers: json, body: ByteBuffer(string: sampleDraftJSON))
            #expect(check.status == .serviceUnavailable)
        }
    }

    @Test("with metrics on, /metrics counts requests by route and status, latency, checks by verdict and findings by rule")
    func metrics() async throws {
        try await app(site: try siteAlone(), metrics: true).test(.live) { client in
            _ = try await client.execute(uri: "/api/check", method: .post, headers: json, body: ByteBuffer(string: sampleDraftJSON))
            _ = try await client.execute(uri: "/naming/", method: .get)
            _ = try await client.execute(uri: "/no/such/page", method: .get)
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
            let text = String(buffer: response.body)
            #expect(text.contains("icp_http_requests_total{route=\"api/check\",status=\"200\"} 1"))
            #expect(text.contains("icp_http_requests_total{route=\"static\",status=\"404\"} 1"))
            #expect(text.contains("icp_http_request_duration_seconds_bucket{route=\"api/check\",le=\"+Inf\"} 1"))
            #expect(text.contains("icp_checks_total{verdict="))
            #expect(text.contains("icp_findings_total{rule="))
        }
    }

    @Test("/metrics is off unless enabled")
    func metricsOff() async throws {
        try await app(site: try siteAlone()).test(.router) { client in
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .notFound)
        }
    }

    @Test("route labels are bounded: a route, static for files, other for unknown paths under a route", arguments: [
        ("api/check", "api/check"), ("check/", "check"), ("check/draft.yaml", "check/draft.yaml"), ("naming/", "static"),
        ("", "static"), ("api/nope", "other"), ("healthz/ready", "healthz/ready"),
    ])
    func routeLabels(path: String, label: String) {
        #expect(Routes.label(path: path) == label)
    }
}
