import Foundation
import Testing

@testable import SiteBuilder

/// ```` ```draft-field PATH ```` renders a field of the draft contract in the page's language.
@Suite("The draft-field block")
struct DraftFieldBlockTests {
    static let strings = ThemeStrings.load(from: TestSupport.repositoryRoot.appendingPathComponent("theme"), fallback: "en").strings

    static func words(_ language: String) -> Words { Words(strings: strings, language: language) }

    @Test("a field renders its label and Chinese term, kind, values to write, required flag and entity types", arguments: [
        ("entity.type", "en", """
            <dl class="rule-facts draft-field"><dt>On the form</dt><dd><strong>Entity type (主体性质)</strong></dd>\
            <dt>Kind</dt><dd>One of the values</dd><dt>Values</dt><dd><ul class="field-values">\
            <li><code>organization</code>: Organization (单位)</li><li><code>individual</code>: Individual (个人)</li></ul></dd>\
            <dt>Required</dt><dd>Yes</dd><dt>Shown for</dt><dd>Every entity type</dd></dl>

            """),
        ("entity.residence_permit_province", "zh-CN", """
            <dl class="rule-facts draft-field"><dt>表单上</dt><dd><strong>居住证所在省份（Residence permit province）</strong></dd>\
            <dt>类型</dt><dd>省份：slug、中文名称或简称</dd><dt>必填</dt><dd>否</dd><dt>适用主体</dt><dd>仅个人</dd></dl>

            """),
        ("websites[].domains[].days_to_expiry", "en", """
            <dl class="rule-facts draft-field"><dt>On the form</dt><dd><strong>Days until expiry (域名到期天数)</strong></dd>\
            <dt>Kind</dt><dd>A whole number, negative allowed</dd><dt>Required</dt><dd>No</dd>\
            <dt>Shown for</dt><dd>Every entity type</dd></dl>

            """),
        ("entity.leader_is_legal_representative", "en", """
            <dl class="rule-facts draft-field"><dt>On the form</dt><dd><strong>Leader is the legal representative (主体负责人为法定代表人)</strong></dd>\
            <dt>Kind</dt><dd>true or false</dd><dt>Required</dt><dd>No</dd><dt>Shown for</dt><dd>Organizations only</dd></dl>

            """),
    ])
    func renders(path: String, language: String, html: String) throws {
        let output = try DraftFieldBlock.render(path: path, words: Self.words(language)).get()
        #expect(output.html == html)
        #expect(output.headings.isEmpty)
    }

    @Test("a name the contract lacks, or written another way than the page's headings, fails", arguments: [
        "entity.typ", "website.name", "websites.0.name", "",
    ])
    func unknownField(path: String) {
        guard case .failure(let error) = DraftFieldBlock.render(path: path, words: Self.words("en")) else {
            Issue.record("\(path) rendered")
            return
        }
        #expect(error.message == "no draft field `\(path)`")
    }

    @Test("an unknown field in a page fails the build at the block's line")
    func unknownFieldFailsBuild() throws {
        let site = try TestSupport.copyOfFixture()
        try TestSupport.write("---\ntitle: Fields\n---\n\n```draft-field entity.colour\n```\n", to: "content/guide/fields.md", in: site)
        let lines = TestSupport.failures(site).map(\.description)
        #expect(lines.contains { $0.hasPrefix("content/guide/fields.md:5:1: error: ```draft-field``` block: no draft field `entity.colour`") }, "\(lines)")
    }
}
