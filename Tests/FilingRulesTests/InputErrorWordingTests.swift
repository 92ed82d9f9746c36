@testable import FilingRules
import Testing

/// Every kind of unreadable draft, worded in English and in Chinese: the pointer is the same in both,
/// the Chinese names fields by the provider's labels and keeps no English sentence.
@Suite("Input errors in both languages")
struct InputErrorWordingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let kind: String
        let draft: String
        let path: String
        let english: String
        let chinese: String
        var testDescription: String { kind }
    }

    static let entity = "entity: {type: individual, name: 张三, province: zhejiang}\n"
    static let site = "websites: [{name: 张三的学习笔记, domains: [example.com]}]\n"

    static let cases: [Case] = [
        Case(kind: "empty draft", draft: "", path: "", english: "the draft is empty", chinese: "草稿是空的"),
        Case(kind: "too large", draft: String(repeating: "#", count: DraftDecoder.maxBytes + 1), path: "",
             english: "the limit is \(DraftDecoder.maxBytes)", chinese: "上限为\(DraftDecoder.maxBytes)字节"),
        Case(kind: "bad JSON", draft: "{\"entity\": [1, }", path: "", english: "not valid JSON: unexpected character at line 1, column 16",
             chinese: "JSON 格式有误（第1行第16列）：出现了意外的字符"),
        Case(kind: "JSON too deep", draft: String(repeating: "[", count: 70), path: "", english: "nested more than 64 levels deep", chinese: "嵌套超过64层"),
        Case(kind: "bad YAML", draft: "entity: [\n  websites: {", path: "", english: "invalid YAML: while parsing a flow node did not find expected node content at line 3, column 1",
             chinese: "YAML 格式有误（第3行第1列）：此处缺少应有的内容"),
        Case(kind: "YAML with a stray colon", draft: "entity: a: b\n", path: "", english: "mapping values are not allowed", chinese: "此处不能出现“键: 值”"),
        Case(kind: "YAML duplicate key", draft: entity + "entity: {}\n" + site, path: "", english: "duplicate key `entity`", chinese: "键`entity`重复"),
        Case(kind: "not a mapping", draft: "entity: 5\n" + site, path: "/entity",
             english: "expected the entity as a mapping of fields, found a number", chinese: "主体信息应写成由字段组成的映射，实际是数字"),
        Case(kind: "unknown field", draft: "entity: {type: individual, nmae: 张三, province: zhejiang}\n" + site, path: "/entity/nmae",
             english: "unknown field “nmae”; did you mean “name”?", chinese: "未知字段“nmae”；是否想写“name”（主办单位名称/姓名）？可用字段："),
        Case(kind: "missing field", draft: "entity: {type: individual, province: zhejiang}\n" + site, path: "/entity/name",
             english: "missing required field “name”: The organization's registered name", chinese: "缺少必填项“主办单位名称/姓名”（name）：单位的登记名称"),
        Case(kind: "missing object", draft: site, path: "/entity", english: "missing required field “entity”: who files", chinese: "缺少必填项“主体信息”（entity）"),
        Case(kind: "not a list", draft: entity + "websites: 5\n", path: "/websites",
             english: "expected a list of websites, found a number", chinese: "网站信息（websites）应写成列表，实际是数字"),
        Case(kind: "empty list", draft: entity + "websites: []\n", path: "/websites", english: "needs at least one website", chinese: "至少需要一个网站"),
        Case(kind: "blank text", draft: entity + "websites: [{name: \" \", domains: [example.com]}]\n", path: "/websites/0/name",
             english: "must not be empty", chinese: "“网站名称”不能为空"),
        Case(kind: "not text", draft: "{\"entity\": {\"type\": \"individual\", \"name\": 5, \"province\": \"zhejiang\"}, \"websites\": []}", path: "/entity/name",
             english: "expected text, found a number", chinese: "“主办单位名称/姓名”应为文本，实际是数字"),
        Case(kind: "not a flag", draft: "entity: {type: organization, name: 某公司, province: zhejiang, shell_entity: maybe}\n" + site, path: "/entity/shell_entity",
             english: "expected true or false, found text", chinese: "应为 true（是）或 false（否），实际是文本"),
        Case(kind: "not a whole number", draft: "entity: {type: organization, name: 某公司, province: zhejiang, filed_websites: 1.5}\n" + site,
             path: "/entity/filed_websites", english: "expected a whole number, found “1.5”", chinese: "“已备案网站数”应为整数，实际是“1.5”"),
        Case(kind: "negative count", draft: "entity: {type: organization, name: 某公司, province: zhejiang, filed_websites: -1}\n" + site,
             path: "/entity/filed_websites", english: "must be 0 or more, found -1", chinese: "“已备案网站数”不能小于0，实际是-1"),
        Case(kind: "choice of the wrong kind", draft: "entity: {type: 5, name: 某公司, province: zhejiang}\n" + site, path: "/entity/type",
             english: "expected one of organization, individual, found a number", chinese: "“主体性质”应为以下之一：organization（单位）、individual（个人）；实际是数字"),
        Case(kind: "unknown value", draft: "entity: {type: indvidual, name: 张三, province: zhejiang}\n" + site, path: "/entity/type",
             english: "unknown value “indvidual”; did you mean “individual”? Accepted: organization, individual",
             chinese: "“主体性质”没有“indvidual”这个取值；是否想写“individual”（个人）？可填：organization（单位）、individual（个人）"),
        Case(kind: "list of choices of the wrong kind", draft: entity + "websites: [{name: 笔记, content: {a: 1}, domains: [example.com]}]\n",
             path: "/websites/0/content", english: "expected a list of", chinese: "“网站内容”应为以下取值的列表："),
        Case(kind: "province of the wrong kind", draft: "entity: {type: individual, name: 张三, province: 5}\n" + site, path: "/entity/province",
             english: "expected a province name, found a number. Accepted: a slug", chinese: "“备案省份”应为省份名称，实际是数字。可填：中文名称"),
        Case(kind: "unknown province", draft: "entity: {type: individual, name: 张三, province: zhejaing}\n" + site, path: "/entity/province",
             english: "unknown province “zhejaing”; did you mean “zhejiang”?", chinese: "没有名为“zhejaing”的省份；是否想写“zhejiang”？"),
        Case(kind: "IP address", draft: entity + "websites: [{name: 笔记, domains: [\"1.2.3.4\"]}]\n", path: "/websites/0/domains/0",
             english: "“1.2.3.4” is an IP address, not a domain name", chinese: "“1.2.3.4”是 IP 地址，不是域名"),
        Case(kind: "URL for a domain", draft: entity + "websites: [{name: 笔记, domains: [\"https://example.com/\"]}]\n", path: "/websites/0/domains/0",
             english: "write the domain alone", chinese: "只写域名本身"),
        Case(kind: "domain without suffix", draft: entity + "websites: [{name: 笔记, domains: [Example]}]\n", path: "/websites/0/domains/0",
             english: "it needs at least a name and a suffix", chinese: "至少要有名称和后缀"),
        Case(kind: "domain with an empty part", draft: entity + "websites: [{name: 笔记, domains: [\"Example..com\"]}]\n", path: "/websites/0/domains/0",
             english: "it has an empty part between dots", chinese: "两个点之间是空的"),
        Case(kind: "domain with an invalid part", draft: entity + "websites: [{name: 笔记, domains: [\"ex_ample.com\"]}]\n", path: "/websites/0/domains/0",
             english: "it has an invalid part “ex_ample”", chinese: "“ex_ample”一段无效"),
        Case(kind: "mixed scripts", draft: entity + "websites: [{name: 笔记, domains: [\"ex\u{0430}mple.com\"]}]\n", path: "/websites/0/domains/0",
             english: "mixes Latin letters", chinese: "形近的字母混在一起"),
    ]

    @Test("each kind of input error reads in English and in Chinese at the same place", arguments: cases)
    func worded(_ c: Case) {
        do {
            _ = try DraftDecoder.decode(text: c.draft)
            Issue.record("\(c.kind): the draft was accepted")
        } catch {
            #expect(error.path == c.path, "\(c.kind): \(error.path)")
            #expect(error.text(in: .english).contains(c.english), "\(c.kind): \(error.text(in: .english))")
            let chinese = error.text(in: .chinese)
            #expect(chinese.contains(c.chinese), "\(c.kind): \(chinese)")
            #expect(error.message == error.text(in: .english))
            for word in [" found ", "expected", "missing", "Accepted", "not a domain"] {
                #expect(!chinese.contains(word), "\(c.kind): English “\(word)” in \(chinese)")
            }
        }
    }

    @Test("the errors the form and the command line raise read in both languages", arguments: [
        (DraftInputError.Problem.tooManyRows(websites: 10, domains: 20), "at most 10 websites", "最多填写10个网站"),
        (.unreadableFile("草稿.yaml"), "cannot read `草稿.yaml`", "无法读取“草稿.yaml”"),
        (.notUTF8, "not UTF-8 text", "不是 UTF-8 编码"),
    ])
    func direct(problem: DraftInputError.Problem, english: String, chinese: String) {
        let error = DraftInputError(path: "", problem: problem)
        #expect(error.text(in: .english).contains(english))
        #expect(error.text(in: .chinese).contains(chinese))
    }

    @Test("a readable draft raises nothing in either language")
    func readable() throws {
        #expect(try DraftDecoder.decode(text: Self.entity + Self.site).websites.count == 1)
    }
}
