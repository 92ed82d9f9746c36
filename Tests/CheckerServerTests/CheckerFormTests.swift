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

    /// Every form field name of the contract, for website 1 and domain 1.
    private static var formNames: [String] {
        DraftContract.fields.map { field in
            switch field.object {
            case .account, .entity, .instance: "\(field.object.rawValue).\(field.key)"
            case .website: "websites.0.\(field.key)"
            case .domain: "websites.0.domains.0.\(field.key)"
            }
        }
    }

    @Test("GET /check/ shows every field of the contract with its label and Chinese term, themed, without inline script", arguments: [TestingSetup.router, .live])
    func form(setup: TestingSetup) async throws {
        try await TestSite.app().test(setup) { client in
            let response = try await client.execute(uri: "/check/", method: .get)
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            for name in Self.formNames { #expect(html.contains("name=\"\(name)\""), "missing \(name)") }
            for field in DraftContract.fields {
                #expect(html.contains(field.chinese), "no Chinese term for \(field.key)")
                #expect(html.contains("Read about \(field.docsTopic)"), "no help link for \(field.key)")
            }
            #expect(html.contains("Online shop · 电子商务") || html.contains("Online shop <span lang=\"zh-CN\">电子商务"))
            #expect(html.contains("data-applies-to=\"individual\""))
            #expect(html.contains("class=\"breadcrumbs\""))
            #expect(!html.contains("<script>"))
            #expect(html.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)
        }
    }

    @Test("GET /check redirects to check/ with a relative address, keeping the query")
    func trailingSlash() async throws {
        try await TestSite.app().test(.router) { client in
            let response = try await client.execute(uri: "/check?d=abc", method: .get)
            #expect(response.status == .movedPermanently)
            #expect(response.headers[.location] == "check/?d=abc")
        }
    }

    @Test("every address the form and the report emit is relative")
    func relativeAddresses() async throws {
        try await TestSite.app().test(.router) { client in
            let html = try await Self.report(client, draft).html
            let addresses = html.matches(of: /(?:href|src|action|formaction)="([^"]*)"/).map { String($0.1) }
            #expect(!addresses.isEmpty)
            for address in addresses where !address.hasPrefix("https://") && !address.hasPrefix("http://") {
                #expect(!address.hasPrefix("/"), "absolute address \(address)")
            }
            for action in html.matches(of: /(?:action|formaction)="([^"]*)"/).map({ String($0.1) }) {
                #expect(!action.contains(":"), "form action \(action) is not relative")
            }
        }
    }

    /// Posts the form, follows the redirect and returns the report page.
    private static func report(_ client: some TestClientProtocol, _ pairs: [(String, String)]) async throws -> (html: String, status: HTTPResponse.Status, location: String) {
        let posted = try await client.postForm("/check/report", pairs)
        #expect(posted.status == .seeOther)
        let location = try #require(posted.headers[.location])
        #expect(location.hasPrefix("report?d="))
        let page = try await client.execute(uri: "/check/" + location, method: .get)
        return (String(buffer: page.body), page.status, location)
    }

    @Test("checking redirects to a report whose address holds the draft; its field links land on the form")
    func reportAtAnAddress() async throws {
        try await TestSite.app().test(.router) { client in
            let (html, status, location) = try await Self.report(client, draft)
            #expect(status == .ok)
            #expect(location.count < 1000)
            #expect(html.contains("value=\"12345\""))
            #expect(html.contains("value=\"example.net\""))
            #expect(html.contains("Fail"))
            #expect(html.contains("Website 1 › Website name"))
            #expect(html.contains("Add these to check more"))
            #expect(html.contains("class=\"error-summary\""))
            #expect(!html.contains("`"))
            #expect(!html.contains(">/websites/"))
            let ids = Set(html.matches(of: /id="([^"]+)"/).map { String($0.1) })
            for target in html.matches(of: /href="#([^"]+)"/).map({ String($0.1) }) {
                #expect(ids.contains(target), "no element #\(target)")
            }
            let links = html.matches(of: /href="\.\.\/([^"#]*)#([^"]+)"/).map { (String($0.1), String($0.2)) }
            #expect(!links.isEmpty)
            for (page, anchor) in links {
                let file = TestSite.shared.appendingPathComponent("public").appendingPathComponent(page.hasSuffix(".html") ? page : page + "index.html")
                let text = try String(contentsOf: file, encoding: .utf8)
                #expect(text.contains("id=\"\(anchor)\""), "no #\(anchor) on /\(page)")
            }
        }
    }

    @Test("the report's address gives the JSON report with .json or Accept: application/json")
    func jsonReport() async throws {
        try await TestSite.app().test(.router) { client in
            let location = try await Self.report(client, draft).location
            let query = String(location.dropFirst("report".count))
            let byName = try await client.execute(uri: "/check/report.json" + query, method: .get)
            let byAccept = try await client.execute(uri: "/check/report" + query, method: .get, headers: [.accept: "application/json"])
            for response in [byName, byAccept] {
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(String(buffer: response.body).contains("\"path\": \"/websites/0/name\""))
            }
        }
    }

    @Test("an invalid value is shown beside its field, marked invalid and listed in the error summary")
    func invalidValue() async throws {
        try await TestSite.app().test(.router) { client in
            let (html, status, _) = try await Self.report(client, draft + [("entity.age", "old")])
            #expect(status == .ok)
            #expect(html.contains("value=\"old\""))
            #expect(html.contains("aria-invalid=\"true\""))
            #expect(html.contains("<a href=\"#f-entity-age\">"))
            #expect(html.contains("Entity › Age"))
            #expect(html.range(of: #"id="f-entity-age"[^>]*aria-describedby="f-entity-age-help input-error""#, options: .regularExpression) != nil)
        }
    }

    @Test("an address that holds no readable draft, or too long a draft, is refused with a clear message")
    func badAddresses() async throws {
        try await TestSite.app().test(.router) { client in
            let cut = try await client.execute(uri: "/check/report?d=AAAA", method: .get)
            #expect(cut.status == .badRequest)
            #expect(String(buffer: cut.body).contains("does not hold a readable draft"))
            let long = try await client.execute(uri: "/check/report?d=" + String(repeating: "A", count: DraftAddress.maxLength + 1), method: .get)
            #expect(long.status == .badRequest)
            #expect(String(buffer: long.body).contains("the limit is \(DraftAddress.maxLength)"))
            var generator = SystemRandomNumberGenerator()
            let noise = String((0..<3000).map { _ in Character(Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FA5, using: &generator))!) })
            let posted = try await client.postForm("/check/report", draft + [("entity.age", noise)])
            #expect(posted.status == .contentTooLarge)
            #expect(String(buffer: posted.body).contains("the limit is \(DraftAddress.maxLength)"))
        }
    }

    @Test("XSS payloads in every field are escaped", arguments: ["\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>", "</textarea><svg onload=alert(1)>"])
    func escaping(payload: String) async throws {
        try await TestSite.app().test(.router) { client in
            for name in Self.formNames {
                var pairs = draft.filter { $0.0 != name }
                pairs.append((name, payload))
                let html = try await Self.report(client, pairs).html
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
            let response = try await client.execute(uri: "/check/report", method: .post, headers: fields, body: body)
            #expect(response.status == .forbidden)
        }
    }

    @Test("the draft downloads as YAML that decodes to the same draft, the report as JSON")
    func downloads() async throws {
        try await TestSite.app().test(.router) { client in
            let yaml = try await client.postForm("/check/draft.yaml", draft)
            #expect(yaml.status == .ok)
            #expect(yaml.headers[.contentDisposition]?.contains("attachment") == true)
            let decoded = try DraftDecoderBridge.yaml(String(buffer: yaml.body))
            #expect(decoded == (try DraftValues(form: draft).draft()))
            let report = try await client.postForm("/check/report.json", draft)
            #expect(report.status == .ok)
            #expect(String(buffer: report.body).contains("\"verdict\""))
        }
    }

    @Test("adding and removing rows returns to the place in the form and keeps what was entered")
    func rows() async throws {
        try await TestSite.app().test(.router) { client in
            let added = try await client.postForm("/check/report", draft + [("edit", "add-website")])
            #expect(added.status == .seeOther)
            let location = try #require(added.headers[.location])
            #expect(location.hasPrefix("./?d=") && location.hasSuffix("#f-websites-2"))
            let html = String(buffer: try await client.execute(uri: "/check/" + location.dropFirst(2), method: .get).body)
            #expect(html.contains("name=\"websites.2.name\""))
            #expect(html.contains("value=\"某某博客\""))
            #expect(!html.contains("class=\"checker-report"))
            let removed = try await client.postForm("/check/report", draft + [("edit", "remove-website.0")])
            let after = String(buffer: try await client.execute(uri: "/check/" + (removed.headers[.location] ?? "").dropFirst(2), method: .get).body)
            #expect(!after.contains("value=\"12345\""))
            #expect(after.contains("value=\"某某博客\""))
            #expect(!after.contains("name=\"websites.1.name\""))
        }
    }

    @Test("a pasted YAML draft loads into the form")
    func load() async throws {
        try await TestSite.app().test(.router) { client in
            let text = "entity: {type: individual, name: 张三, province: 浙}\nwebsites:\n  - name: 张三的博客\n    domains: [zhangsan.cn]\n"
            let posted = try await client.postForm("/check/report", [("edit", "load"), ("draft_text", text)])
            #expect(posted.status == .seeOther)
            let html = String(buffer: try await client.execute(uri: "/check/" + (posted.headers[.location] ?? "").dropFirst(2), method: .get).body)
            #expect(html.contains("value=\"张三的博客\""))
            #expect(html.contains("value=\"zhangsan.cn\""))
            #expect(html.contains("<option value=\"individual\" selected>"))
        }
    }
}
