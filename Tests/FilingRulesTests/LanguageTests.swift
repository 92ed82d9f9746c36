@testable import FilingRules
import Testing

/// Which language a request asks for, and how a Chinese report names fields.
@Suite("Languages of the report")
struct LanguageTests {
    @Test("Accept-Language picks Chinese for zh, zh-CN and zh-Hans, English otherwise", arguments: [
        ("zh-CN,zh;q=0.9,en;q=0.8", Language.chinese),
        ("zh", .chinese),
        ("zh-Hans-CN", .chinese),
        ("ZH-cn", .chinese),
        ("en-US,en;q=0.9,zh-CN;q=0.5", .english),
        ("en;q=0.4, zh-CN;q=0.6", .chinese),
        ("zh-TW", .english),
        ("fr-FR", .english),
        ("zh-CN;q=0", .english),
        ("", .english),
        ("*", .english),
    ])
    func acceptLanguage(header: String, expected: Language) {
        #expect(Language(acceptLanguage: header) == expected)
    }

    @Test("language codes: en and zh-CN and their variants; nothing else", arguments: [
        ("en", Language.english), ("zh-CN", .chinese), ("zh-hans", .chinese), ("zh", .chinese),
    ])
    func codes(code: String, expected: Language) {
        #expect(Language(code: code) == expected)
        #expect(Language(code: "de") == nil)
        #expect(Language(code: "zh-TW") == nil)
    }

    @Test("a Chinese report names fields with the contract's Chinese terms", arguments: [
        ("/websites/0/domains/0/days_to_expiry", "网站1 › 域名1 › 域名到期天数", "Website 1 › Domain 1 › Days until expiry"),
        ("/websites/1/pre_approvals/0", "网站2 › 前置审批", "Website 2 › Approvals held"),
        ("/entity/age", "主体信息 › 年龄", "Entity › Age"),
        ("", "草稿", "The draft"),
    ])
    func fieldLabels(pointer: String, chinese: String, english: String) {
        #expect(FieldPath(pointer: pointer).label(in: .chinese) == chinese)
        #expect(FieldPath(pointer: pointer).label(in: .english) == english)
    }
}
