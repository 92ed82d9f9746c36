@testable import CheckerServer
@testable import FilingRules
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Drafts the checker cannot read are explained in the language of the page or of the API client.
@Suite("Input errors of the checker in Chinese")
struct ChineseInputErrorTests {
    private let draft: [(String, String)] = [
        ("entity.type", "organization"), ("entity.name", "杭州某某科技有限公司"), ("entity.province", "zhejiang"),
        ("websites.0.name", "12345"), ("websites.0.domains.0.name", "example.com"),
    ]

    @Test("an address without a readable draft is refused in the language of its edition", arguments: [
        ("/zh-CN/check/report?d=AAAA", "草稿无法读取", "readable draft"),
        ("/zh-CN/check/?d=AAAA", "草稿无法读取", "readable draft"),
        ("/zh-CN/check/report", "没有草稿", "holds no draft"),
        ("/zh-CN/check/report?d=" + String(repeating: "A", count: DraftAddress.maxLength + 1), "上限为\(DraftAddress.maxLength)个", "the limit is"),
        ("/check/report?d=AAAA", "readable draft", "草稿"),
    ])
    func badAddress(uri: String, expected: String, absent: String) async throws {
        try await TestSite.app().test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .badRequest)
            let body = String(buffer: response.body)
            #expect(body.contains(expected), "\(body)")
            #expect(!body.contains(absent), "\(body)")
        }
    }

    @Test("a draft too long for the address gets the Chinese form back with a Chinese message")
    func tooLong() async throws {
        try await TestSite.app().test(.router) { client in
            var generator = SystemRandomNumberGenerator()
            let noise = String((0..<3000).map { _ in Character(Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FA5, using: &generator))!) })
            let posted = try await client.postForm("/zh-CN/check/report", draft + [("entity.age", noise)])
            #expect(posted.status == .contentTooLarge)
            let html = String(buffer: posted.body)
            #expect(html.contains("草稿太长，无法保存在报告地址中") && html.contains("上限为\(DraftAddress.maxLength)个"))
            #expect(!html.contains("too long to be kept"))
        }
    }

    @Test("a value the Chinese report cannot read is explained in Chinese beside its field")
    func unreadableValue() async throws {
        try await TestSite.app().test(.router) { client in
            let posted = try await client.postForm("/zh-CN/check/report", draft + [("entity.filed_websites", "许多")])
            let location = try #require(posted.headers[.location])
            let page = try await client.execute(uri: "/zh-CN/check/" + location, method: .get)
            let html = String(buffer: page.body)
            #expect(html.contains("“已备案网站数”应为整数，实际是“许多”"), "\(html)")
            #expect(!html.contains("expected a whole number"))
        }
    }

    @Test("the API words input errors in the language Accept-Language prefers; path and status stay", arguments: [
        ("zh-CN", "“主体性质”没有“organisation”这个取值", "zh-CN"), ("en", "unknown value “organisation”", nil),
    ])
    func api(accept: String, expected: String, contentLanguage: String?) async throws {
        try await TestSite.app().test(.router) { client in
            let body = #"{"entity": {"type": "organisation", "name": "某公司", "province": "zhejiang"}, "websites": [{"name": "笔记", "domains": ["example.com"]}]}"#
            let headers: HTTPFields = [.contentType: "application/json", .acceptLanguage: accept]
            let response = try await client.execute(uri: "/api/check", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentLanguage] == contentLanguage)
            let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            let error = try #require(object?["error"] as? [String: Any])
            #expect(error["path"] as? String == "/entity/type")
            #expect(error["status"] as? Int == 400)
            #expect((error["message"] as? String)?.contains(expected) == true, "\(error)")
        }
    }
}
