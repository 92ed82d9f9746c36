@testable import CheckerServer
@testable import FilingRules
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The checker in the Chinese edition: `zh-CN/check/` with the form, the report and the findings in Chinese.
@Suite("The checker in Chinese")
struct ChineseCheckerTests {
    private let draft: [(String, String)] = [
        ("entity.type", "organization"), ("entity.name", "杭州某某科技有限公司"), ("entity.province", "zhejiang"),
        ("websites.0.name", "12345"), ("websites.0.domains.0.name", "example.com"),
    ]

    @Test("GET /zh-CN/check/ shows the form in the Chinese edition's theme, with Chinese legends, labels and buttons", arguments: [TestingSetup.router, .live])
    func form(setup: TestingSetup) async throws {
        try await TestSite.app().test(setup) { client in
            let folder = try await client.execute(uri: "/zh-CN/check", method: .get)
            #expect(folder.status == .movedPermanently)
            #expect(folder.headers[.location] == "./check/")
            let response = try await client.execute(uri: "/zh-CN/check/", method: .get)
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.contains("<html lang=\"zh-CN\">"))
            #expect(html.contains("<legend>主体信息</legend>") && html.contains("<legend>网站1</legend>") && html.contains("<legend>域名1</legend>"))
            #expect(html.contains(">检查草稿</button>") && html.contains("下载报告（JSON）"))
            #expect(html.contains("<option value=\"zhejiang\">浙江省</option>"))
            #expect(html.contains("<script src=\"../../js/checker.js\""))
            #expect(!html.contains("Check the draft") && !html.contains("Add a website"))
            for field in DraftContract.fields {
                #expect(html.contains(field.chinese), "no Chinese term for \(field.key)")
                #expect(html.contains("\(field.helpZh) <a href=\"../\(field.docs)\">了解：\(field.docsTopicZh)</a>"), "no Chinese help for \(field.key)")
                #expect(!html.contains(field.help), "English help for \(field.key)")
            }
            #expect(!html.contains("<span lang=\"en\">"))
        }
    }

    @Test("a form posted in Chinese gives a Chinese report whose links stay in the Chinese edition; rule ids and fields are unchanged")
    func report() async throws {
        try await TestSite.app().test(.router) { client in
            let posted = try await client.postForm("/zh-CN/check/report", draft)
            #expect(posted.status == .seeOther)
            let location = try #require(posted.headers[.location])
            #expect(location.hasPrefix("report?d="))
            let page = try await client.execute(uri: "/zh-CN/check/" + location, method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("<title>备案草稿检查报告"))
            #expect(html.contains("<h1>备案草稿检查报告</h1>"))
            // The header's link has the same words as the form's title and keeps them on the report.
            #expect(html.contains("class=\"site-check\" href=\"index.html\">检查备案草稿</a>"))
            #expect(html.contains("有2个问题需要处理"))
            #expect(html.contains("✖ 不通过"))
            #expect(html.contains("网站名称“12345”全部由数字组成。"))
            #expect(html.contains("<a href=\"#f-websites-0-name\">网站1 › 网站名称</a>"))
            #expect(html.contains("<a href=\"../naming/#all-digits\">网站名称 › 不能只有数字</a>"))
            #expect(html.contains("<a href=\"../checker/rules/#name/all-digits\">网站名称不能只有数字</a>"))
            #expect(html.contains("补充这些信息以检查更多规则"))
            #expect(!html.contains("What to do") && !html.contains("Explained in") && !html.contains("Website 1 ›"))
            // Every relative link of the report lands on a file of the Chinese edition.
            for target in html.matches(of: /href="\.\.\/([a-z][^"#]*)/).map({ String($0.1) }) where !target.hasPrefix("..") {
                let file = TestSite.shared.appendingPathComponent("public/zh-CN/" + target + (target.hasSuffix("/") ? "index.html" : ""))
                #expect(FileManager.default.fileExists(atPath: file.path), "no zh-CN/\(target)")
            }
            let json = try await client.execute(uri: "/zh-CN/check/" + location.replacingOccurrences(of: "report?", with: "report.json?"), method: .get)
            let report = try JSONSerialization.jsonObject(with: Data(buffer: json.body)) as? [String: Any]
            #expect(report?["lang"] as? String == "zh-CN")
            #expect(json.headers[.contentLanguage] == "zh-CN")
            let rules = (report?["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
            #expect(rules.contains("name/all-digits"))
            let docs = (report?["findings"] as? [[String: Any]])?.compactMap { $0["docs"] as? String } ?? []
            #expect(!docs.isEmpty && docs.allSatisfy { $0.hasPrefix("zh-CN/") }, "\(docs)")
            #expect(docs.contains("zh-CN/naming/#all-digits"))
            let sources = Self.sourceTitles(html)
            #expect(!sources.isEmpty && sources.allSatisfy(Self.hasHan), "\(sources)")
        }
    }

    /// The titles of the sources the report links.
    static func sourceTitles(_ html: String) -> [String] {
        html.matches(of: /href="\.\.\/sources\/#[^"]+">([^<]+)<\/a>/).map { String($0.1) }
    }

    static func hasHan(_ text: String) -> Bool { text.unicodeScalars.contains { $0.properties.isIdeographic } }

    @Test("the English form and report stay in English")
    func englishUnchanged() async throws {
        try await TestSite.app().test(.router) { client in
            let posted = try await client.postForm("/check/report", draft)
            let location = try #require(posted.headers[.location])
            let html = String(buffer: try await client.execute(uri: "/check/" + location, method: .get).body)
            #expect(html.contains("<html lang=\"en\">"))
            #expect(html.contains("The website name “12345” is made only of digits."))
            #expect(html.contains("Explained in:</strong> <a href=\"../naming/#all-digits\">Website names › Not only digits</a>"))
            #expect(!html.contains("全部由数字组成"))
            let sources = Self.sourceTitles(html)
            #expect(!sources.isEmpty && !sources.contains(where: Self.hasHan), "\(sources)")
            let json = try await client.execute(uri: "/check/" + location.replacingOccurrences(of: "report?", with: "report.json?"), method: .get)
            let report = try JSONSerialization.jsonObject(with: Data(buffer: json.body)) as? [String: Any]
            let docs = (report?["findings"] as? [[String: Any]])?.compactMap { $0["docs"] as? String } ?? []
            #expect(docs.contains("naming/#all-digits") && !docs.contains { $0.hasPrefix("zh-CN/") }, "\(docs)")
        }
    }

    @Test("zh-CN/ pages are served through the router too (a conditional request skips the fast path)")
    func pagesBesideTheChineseChecker() async throws {
        try await TestSite.app().test(.router) { client in
            for path in ["/zh-CN/naming/", "/zh-CN/", "/zh-CN/checker/index.html"] {
                let page = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: "\"stale\""])
                #expect(page.status == .ok, "\(path)")
            }
            #expect(try await client.execute(uri: "/zh-CN/no-such-page/", method: .get).status == .notFound)
        }
    }

    @Test("zh-CN/ pages stay files of the site; only zh-CN/check belongs to the checker")
    func routes() {
        #expect(Routes.isRoute("zh-CN/check/report"))
        #expect(Routes.isRoute("zh-CN/check"))
        #expect(!Routes.isRoute("zh-CN/naming/index.html"))
        #expect(!Routes.isRoute("zh-CN/index.html"))
        #expect(!Routes.isRoute("zh-CN/checker/index.html"))
        #expect(Routes.allowedMethods(path: "zh-CN/check/report") == [.get, .head, .post])
        #expect(Routes.allowedMethods(path: "zh-CN/check/nothing") == nil)
    }
}
