@testable import FilingRules
import Testing

/// The draft contract's one table, and what is derived from it.
@Suite("The draft contract")
struct ContractTests {
    /// The heading of a field on the draft-fields page: `### websites[].domains[].holder {#websites-domains-holder}`.
    static func heading(_ field: DraftField) -> String {
        let path: String
        switch field.object {
        case .account, .entity, .instance: path = "\(field.object.rawValue).\(field.key)"
        case .website: path = "websites[].\(field.key)"
        case .domain: path = "websites[].domains[].\(field.key)"
        }
        return "### \(path) {#\(path.replacingOccurrences(of: "[].", with: "-").replacingOccurrences(of: ".", with: "-"))}"
    }

    /// The section of the page under a field's heading.
    static func section(_ field: DraftField, in page: String) -> Substring? {
        guard let start = page.range(of: heading(field) + "\n") else { return nil }
        let rest = page[start.upperBound...]
        let end = rest.range(of: "\n#")?.lowerBound ?? rest.endIndex
        return rest[..<end]
    }

    @Test("the draft-fields page documents every field of the table: heading, form label, Chinese term and each value's label")
    func pageMatchesTable() throws {
        let page = try #require(FileText.read(Repository.root + "/content/checker/draft-fields.md"))
        for field in DraftContract.fields {
            let section = try #require(Self.section(field, in: page), "no heading \(Self.heading(field))")
            #expect(section.contains("\(field.label) (\(field.chinese))"), "\(field.key): no form label line")
            switch field.kind {
            case .choice(let options), .choices(let options):
                for option in options { #expect(section.contains("`\(option.value)` (\(option.label), \(option.chinese))"), "\(field.key): \(option.value)") }
            default: break
            }
        }
        let headings = page.split(separator: "\n").filter { $0.hasPrefix("### ") }.map(String.init)
        let documented = Set(DraftContract.fields.map(Self.heading))
        for heading in headings where heading != "### websites[].domains {#websites-domains}" {
            #expect(documented.contains(heading), "the page documents \(heading), which the table lacks")
        }
    }

    @Test("every field has a label, a Chinese term, help and a docs page; keys are unique per object")
    func fieldsAreComplete() {
        for field in DraftContract.fields {
            #expect(!field.label.isEmpty && !field.chinese.isEmpty && !field.help.isEmpty && !field.docsTopic.isEmpty)
            #expect(field.docs.hasSuffix("/") || field.docs.contains("/#"))
        }
        let keys = DraftContract.fields.map { "\($0.object.rawValue).\($0.key)" }
        #expect(Set(keys).count == keys.count)
        #expect(Field.names.count <= 64)
    }

    @Test("every field has Chinese help and a Chinese topic for the Chinese form: Han characters, no Markdown")
    func fieldsHaveChineseWords() {
        for field in DraftContract.fields {
            for words in [field.helpZh, field.docsTopicZh] {
                #expect(Self.hasHan(words), "\(field.object.rawValue).\(field.key): no Chinese in “\(words)”")
                #expect(!words.contains("`"), "\(field.object.rawValue).\(field.key): a backtick in “\(words)”")
            }
        }
        #expect(Self.hasHan("域名，例如 example.com。") && !Self.hasHan("The domain, e.g. example.com."))
    }

    /// Whether `text` has a CJK unified ideograph.
    static func hasHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    @Test("field paths read as the form labels them", arguments: [
        ("/websites/0/domains/0/days_to_expiry", "Website 1 › Domain 1 › Days until expiry", "f-websites-0-domains-0-days_to_expiry"),
        ("/websites/1/content/0", "Website 2 › Content", "f-websites-1-content"),
        ("/entity/name", "Entity › Name", "f-entity-name"),
        ("/instance", "Instance", "f-instance"),
        ("/websites/0/domains/1", "Website 1 › Domain 2", "f-websites-0-domains-1"),
        ("", "The draft", "f-"),
    ])
    func labels(pointer: String, label: String, id: String) {
        let path = FieldPath(pointer: pointer)
        #expect(path.label == label)
        #expect(path.elementID == id)
        #expect(FieldPath(formName: path.formName).map { $0.pointer } ?? "" == (pointer.isEmpty ? "" : pointer))
    }

    @Test("the form's pairs build the same draft as the YAML reader, through the same builder")
    func formBuildsTheTree() throws {
        let values = try DraftValues(form: [
            ("entity.type", "individual"), ("entity.name", "张三"), ("entity.province", "浙"), ("entity.age", "30"),
            ("websites.0.name", "张三的博客"), ("websites.0.content", "general"), ("websites.0.content", "forum"),
            ("websites.0.domains.0.name", "zhangsan.cn"), ("websites.0.domains.0.real_name_verified", "true"),
            ("websites.1.name", ""), ("not.a.field", "x"),
        ])
        let yaml = try DraftDecoder.decode(yaml: """
            entity: {type: individual, name: 张三, province: zhejiang, age: 30}
            websites: [{name: 张三的博客, content: [general, forum], domains: [{name: zhangsan.cn, real_name_verified: true}]}]
            """)
        #expect(try values.draft() == yaml)
        #expect(values.websiteCount == 2)
    }
}
