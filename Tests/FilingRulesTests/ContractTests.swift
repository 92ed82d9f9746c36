@testable import FilingRules
import Testing

/// The draft contract's one table, and what is derived from it.
@Suite("The draft contract")
struct ContractTests {
    /// The `draft-field` blocks of a page, each with the path of the `###` heading above it.
    static func blocks(in page: String) -> [(field: String, heading: String)] {
        var heading = ""
        var blocks: [(String, String)] = []
        for line in page.split(separator: "\n") {
            if line.hasPrefix("### ") { heading = String(line.dropFirst(4).prefix { $0 != " " }) }
            if line.hasPrefix("```draft-field ") { blocks.append((String(line.dropFirst("```draft-field ".count)), heading)) }
        }
        return blocks
    }

    @Test("the draft-fields page has one block per contract field, under the field's own heading", arguments: [
        "content/checker/draft-fields.md", "content/checker/draft-fields.zh-CN.md",
    ])
    func pageHasEveryField(file: String) throws {
        let page = try #require(FileText.read(Repository.root + "/" + file))
        let blocks = Self.blocks(in: page)
        for field in DraftContract.fields {
            let found = blocks.filter { $0.field == field.documentedPath }
            #expect(found.count == 1, "\(file): \(found.count) blocks for \(field.documentedPath)")
            #expect(found.allSatisfy { $0.heading == field.documentedPath }, "\(file): \(field.documentedPath) is not under its heading")
        }
        #expect(blocks.count == DraftContract.fields.count, "\(file): a block names a field the contract lacks")
    }

    @Test("the blocks are found only where a page has them", arguments: [
        ("### entity.age {#entity-age}\n\n```draft-field entity.age\n```\n", 1),
        ("### entity.age {#entity-age}\n\nAge in years.\n", 0),
        ("```draft-field entity.age\n```\n```draft-field entity.age\n```\n", 2),
    ])
    func blocksAreCounted(page: String, count: Int) {
        #expect(Self.blocks(in: page).count == count)
    }

    @Test("a field's documented path is the page's heading for it", arguments: [
        (DraftField.Object.entity, "type", "entity.type"),
        (.website, "content", "websites[].content"),
        (.domain, "holder", "websites[].domains[].holder"),
        (.account, "filed_entities", "account.filed_entities"),
    ])
    func documentedPaths(object: DraftField.Object, key: String, path: String) throws {
        let field = try #require(DraftContract.field(object, key))
        #expect(field.documentedPath == path)
        #expect(DraftContract.field(documentedPath: path)?.key == key)
        #expect(DraftContract.field(documentedPath: "\(object.rawValue).\(key)x") == nil)
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

    /// A JSON value of the field's kind that no blank object holds.
    static func sample(_ field: DraftField) -> String {
        switch field.kind {
        case .text: "\"text-\(field.key)\""
        case .domainName: "\"example.com\""
        case .region: "\"cn-hangzhou\""
        case .province: "\"xizang\""
        case .wholeNumber: "-3"
        case .count: "7"
        case .flag: "true"
        case .choice(let options): "\"\(options.last?.value ?? "")\""
        case .choices(let options): "[\"\(options.last?.value ?? "")\"]"
        }
    }

    static func object(_ object: DraftField.Object) -> String {
        "{" + DraftContract.fields.filter { $0.object == object }.map { "\"\($0.key)\": \(sample($0))" }.joined(separator: ", ") + "}"
    }

    @Test("every field read is stored in its own property, and written back from it")
    func everyFieldIsStored() throws {
        let websiteFields = Self.object(.website).dropLast() + ", \"domains\": [\(Self.object(.domain))]}"
        let json = "{\"account\": \(Self.object(.account)), \"entity\": \(Self.object(.entity)), \"websites\": [\(websiteFields)], \"instance\": \(Self.object(.instance))}"
        let draft = try DraftDecoder.decode(json: Array(json.utf8))
        let account = try #require(draft.account), instance = try #require(draft.instance)
        let website = try #require(draft.websites.first), domain = try #require(website.domains.first)
        func written<Root>(_ bindings: [FieldBinding<Root>], _ root: Root) -> [String] {
            bindings.filter { $0.write(root) != nil }.map(\.field.key)
        }
        #expect(written(DraftContract.account, account) == DraftContract.account.map(\.field.key))
        #expect(written(DraftContract.entity, draft.entity) == DraftContract.entity.map(\.field.key))
        #expect(written(DraftContract.website, website) == DraftContract.website.map(\.field.key))
        #expect(written(DraftContract.domain, domain) == DraftContract.domain.map(\.field.key))
        #expect(written(DraftContract.instance, instance) == DraftContract.instance.map(\.field.key))
        #expect(draft.entity.type == .individual && draft.entity.province == .tibet && draft.entity.name == "text-name")
        #expect(domain.daysToExpiry == -3 && domain.verifiedDaysAgo == 7 && domain.privacyProtection == true)
        #expect(instance.region == "cn-hangzhou" && website.cdn == .globalExcludingMainland && account.filedEntities == 7)
        #expect(try DraftDecoder.decode(json: DraftValues(draft: draft).json) == draft)
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

    @Test("a field's label read by pointer is the path's label, in both languages, for every field and numbered places")
    func labelsByPointer() {
        var pointers = DraftContract.fields.map { field -> String in
            switch field.object {
            case .account, .entity, .instance: "/\(field.object.rawValue)/\(field.key)"
            case .website: "/websites/2/\(field.key)"
            case .domain: "/websites/0/domains/1/\(field.key)"
            }
        }
        pointers += ["/entity", "/websites", "/entity/no_such_field", ""]
        for pointer in pointers {
            for language in Language.allCases {
                #expect(FieldPath.label(pointer: pointer, in: language) == FieldPath(pointer: pointer).label(in: language), "\(pointer)")
            }
        }
        #expect(FieldPath.label(pointer: "/entity/age", in: .chinese) == "主体信息 › 年龄")
    }
}
