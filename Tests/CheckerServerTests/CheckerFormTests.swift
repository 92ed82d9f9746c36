@testable import CheckerServer
@testable import FilingRules
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The checker form")
struct CheckerFormTests {
    private let draft: [(String, String)] = [
        ("entity.type", "organization"), ("entity.name", "杭州某某科技有限公司"), ("entity.province", "zhejiang"),
        ("websites.0.name", "12345"), ("websites.0.domains.0.name", "example.com"),
        ("websites.0.content", "general"), ("websites.1.name", "某某博客"), ("websites.1.domains.0.name", "example.cn"),
        ("websites.1.domains.1.name", "example.net"),
    ]

    @Test("GET /check shows every field of the contract, themed, without inline script", arguments: [TestingSetup.router, .live])
    func form(setup: TestingSetup) async throws {
        try await TestSite.app().test(setup) { client in
            let response = try await client.execute(uri: "/check/", method: .get)
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            for name in ["entity.type", "entity.name", "account.filed_entities", "websites.0.name", "websites.0.domains.0.name",
                         "websites.0.domains.0.days_to_expiry", "instance.service_numbers_used", "websites.0.content"] {
                #expect(html.contains("name=\"\(name)\""), "missing \(name)")
            }
            #expect(html.contains("class=\"breadcrumbs\""))
            #expect(!html.contains("<script>"))
            #expect(html.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)
        }
    }

    @Test("the form has a field for every field of the draft contract, and no other")
    func formCoversTheContract() {
        #expect(DraftFormSchema.account.map(\.key).sorted() == Field.accountFields.names.sorted())
        #expect(DraftFormSchema.entity.map(\.key).sorted() == Field.entityFields.names.sorted())
        #expect(DraftFormSchema.website.map(\.key).sorted() == Field.websiteFields.names.filter { $0 != "domains" }.sorted())
        #expect(DraftFormSchema.domain.map(\.key).sorted() == Field.domainFields.names.sorted())
        #expect(DraftFormSchema.instance.map(\.key).sorted() == Field.instanceFields.names.sorted())
    }

    @Test("POST /check keeps the values and shows findings whose links reach existing anchors")
    func roundTrip() async throws {
        try await TestSite.app().test(.router) { client in
            let response = try await client.postForm("/check/", draft)
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.contains("value=\"12345\""))
            #expect(html.contains("value=\"example.net\""))
            #expect(html.contains("name/all-digits"))
            #expect(html.contains("Verdict: fail"))
            let links = html.matches(of: /href="\.\.\/([^"#]*)#([^"]+)"/).map { (String($0.1), String($0.2)) }
            #expect(!links.isEmpty)
            for (page, anchor) in links {
                let file = TestSite.shared.appendingPathComponent("public").appendingPathComponent(page + "index.html")
                let text = try String(contentsOf: file, encoding: .utf8)
                #expect(text.contains("id=\"\(anchor)\""), "no #\(anchor) on /\(page)")
            }
        }
    }

    @Test("an invalid value is shown on the form, naming its field")
    func invalidValue() async throws {
        try await TestSite.app().test(.router) { client in
            var pairs = draft
            pairs.append(("entity.age", "old"))
            let response = try await client.postForm("/check", pairs)
            #expect(response.status == .badRequest)
            let html = String(buffer: response.body)
            #expect(html.contains("f-entity-age-error"))
            #expect(html.contains("value=\"old\""))
        }
    }

    @Test("XSS payloads in every field are escaped", arguments: ["\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>", "</textarea><svg onload=alert(1)>"])
    func escaping(payload: String) async throws {
        let names = DraftFormSchema.entity.map { "entity." + $0.key } + DraftFormSchema.account.map { "account." + $0.key }
            + DraftFormSchema.instance.map { "instance." + $0.key } + DraftFormSchema.website.map { "websites.0." + $0.key }
            + DraftFormSchema.domain.map { "websites.0.domains.0." + $0.key }
        try await TestSite.app().test(.router) { client in
            for name in names {
                var pairs = draft.filter { $0.0 != name }
                pairs.append((name, payload))
                let response = try await client.postForm("/check", pairs)
                let html = String(buffer: response.body)
                #expect(!html.contains("<script>alert"), "unescaped in \(name)")
                #expect(!html.contains("<img src=x"), "unescaped in \(name)")
                #expect(!html.contains("<svg onload"), "unescaped in \(name)")
            }
        }
    }

    @Test("cross-site form posts are refused", arguments: [
        ["Sec-Fetch-Site": "cross-site"], ["Sec-Fetch-Site": "same-site"], ["Origin": "http://evil.example"], ["Origin": "null"],
    ])
    func crossSite(headers: [String: String]) async throws {
        try await TestSite.app().test(.router) { client in
            var fields: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
            let body = ByteBuffer(string: "entity.name=x")
            let response = try await client.execute(uri: "/check", method: .post, headers: fields, body: body)
            #expect(response.status == .forbidden)
        }
    }

    @Test("the draft downloads as YAML that decodes to the same draft, the report as JSON")
    func downloads() async throws {
        try await TestSite.app().test(.router) { client in
            let yaml = try await client.postForm("/check/draft.yaml", draft)
            #expect(yaml.status == .ok)
            #expect(yaml.headers[.contentDisposition]?.contains("attachment") == true)
            let values = try DraftFormValues(pairs: draft)
            let decoded = try DraftDecoderBridge.yaml(String(buffer: yaml.body))
            let expected = try DraftDecoderBridge.json(values.jsonBytes)
            #expect(decoded == expected)
            let report = try await client.postForm("/check/report.json", draft)
            #expect(report.status == .ok)
            #expect(String(buffer: report.body).contains("\"verdict\""))
        }
    }

    @Test("Add a website adds an empty row and keeps what was entered")
    func addWebsite() async throws {
        try await TestSite.app().test(.router) { client in
            let response = try await client.postForm("/check", draft + [("add", "website")])
            let html = String(buffer: response.body)
            #expect(html.contains("name=\"websites.2.name\""))
            #expect(html.contains("value=\"某某博客\""))
            #expect(!html.contains("Verdict:"))
        }
    }
}
