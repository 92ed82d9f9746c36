@testable import FilingRules
import Foundation
import Testing

@Suite("Reading drafts")
struct DecodingTests {
    static let minimalYAML = """
        entity: {type: individual, name: 张三, province: zhejiang}
        websites:
          - name: 张三的学习笔记
            domains: [zhangsan.cn]
        """

    @Test("a domain may be a plain string, shorthand for {name: ...}")
    func domainShorthand() throws {
        let draft = try DraftDecoder.decode(yaml: Self.minimalYAML)
        #expect(draft.websites[0].domains == [Domain(name: "zhangsan.cn")])
    }

    @Test("JSON and YAML give the same draft")
    func jsonEqualsYAML() throws {
        let json = #"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang"}, "websites": [{"name": "张三的学习笔记", "domains": ["zhangsan.cn"]}]}"#
        #expect(try DraftDecoder.decode(json: Array(json.utf8)) == DraftDecoder.decode(yaml: Self.minimalYAML))
        #expect(try DraftDecoder.decode(text: json) == DraftDecoder.decode(text: Self.minimalYAML))
    }

    @Test("provinces accept slug, Chinese name with or without suffix, and abbreviation",
          arguments: ["zhejiang", "Zhejiang", "浙江", "浙江省", "浙"])
    func provinceAliases(_ name: String) throws {
        let draft = try DraftDecoder.decode(yaml: Self.minimalYAML.replacingProvince(with: name))
        #expect(draft.entity.province == .zhejiang)
        #expect(Fixtures.rulebook.province(named: name)?.slug == "zhejiang")
    }

    @Test("alternate abbreviations and autonomous-region names are understood",
          arguments: [("川", ProvinceID.sichuan), ("蜀", .sichuan), ("黔", .guizhou), ("贵", .guizhou), ("滇", .yunnan),
                      ("云", .yunnan), ("陇", .gansu), ("甘", .gansu), ("陕", .shaanxi), ("秦", .shaanxi), ("沪", .shanghai),
                      ("渝", .chongqing), ("广西壮族自治区", .guangxi), ("广西", .guangxi), ("宁夏回族自治区", .ningxia),
                      ("新疆维吾尔自治区", .xinjiang), ("内蒙古自治区", .innerMongolia), ("inner mongolia", .innerMongolia),
                      ("inner-mongolia", .innerMongolia), ("西藏", .tibet), ("北京市", .beijing)])
    func provinceAbbreviations(_ name: String, _ id: ProvinceID) {
        #expect(ProvinceID(named: name) == id)
    }

    /// Bad input, the pointer it must name, and a fragment the message must contain.
    static let badInputs: [(String, String, String)] = [
        (#"{"entity": {"type": "company", "name": "x", "province": "zhejiang"}, "websites": []}"#,
         "/entity/type", "Accepted: organization, individual"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang"}, "websites": [{"name": "abc", "domains": ["a.cn", {"name": 5}]}]}"#,
         "/websites/0/domains/1/name", "expected text, found a number"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejang"}, "websites": [{"name": "abc", "domains": ["a.cn"]}]}"#,
         "/entity/province", "did you mean “zhejiang”?"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang"}, "websties": []}"#,
         "/websties", "unknown field “websties”; did you mean “websites”?"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang"}}"#,
         "/websites", "missing required field “websites”"),
        (#"{"entity": {"type": "individual", "province": "zhejiang"}, "websites": [{"name": "abc", "domains": ["a.cn"]}]}"#,
         "/entity/name", "missing required field “name”"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang"}, "websites": [{"name": "abc", "domains": ["a.cn"], "content": ["news", "blog"]}]}"#,
         "/websites/0/content/1", "Accepted: general, news, publishing"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang", "age": -1}, "websites": [{"name": "abc", "domains": ["a.cn"]}]}"#,
         "/entity/age", "must be 0 or more"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang", "age": "30"}, "websites": [{"name": "abc", "domains": ["a.cn"]}]}"#,
         "/entity/age", "expected a whole number, found “30”"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang"}, "websites": [{"name": "abc", "domains": []}]}"#,
         "/websites/0/domains", "needs at least one domain"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang"}, "websites": [{"name": "abc", "domains": ["https://a.cn/x"]}]}"#,
         "/websites/0/domains/0", "without “https://”"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang"}, "websites": [{"name": "abc", "domains": ["a.cn"], "cdn": "china"}]}"#,
         "/websites/0/cdn", "Accepted: none, mainland, global, global_excluding_mainland"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang"}, "websites": [{"name": "abc", "domains": ["a.cn"], "commitment_letter": "yes"}]}"#,
         "/websites/0/commitment_letter", "expected true or false"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang"}, "websites": [{"name": "abc", "domains": ["a.cn"]}], "instance": {"product": "vps"}}"#,
         "/instance/product", "Accepted: ecs, simple_application_server"),
        (#"{"entity": {"type": "individual", "name": "张三", "province": "zhejiang", "name": "李四"}, "websites": []}"#,
         "", "duplicate key"),
        (#"{"entity": "#, "", "not valid JSON"),
        (#"[1, 2]"#, "", "expected the draft as a mapping"),
    ]

    @Test("bad input names the JSON pointer and the accepted values", arguments: badInputs)
    func badInput(_ json: String, _ pointer: String, _ fragment: String) {
        do {
            _ = try DraftDecoder.decode(json: Array(json.utf8))
            Issue.record("decoded without error")
        } catch {
            #expect(error.path == pointer)
            #expect(error.message.contains(fragment), "\(error.message)")
        }
    }

    @Test("YAML errors carry the line")
    func yamlSyntaxError() {
        #expect(throws: DraftInputError.self) { try DraftDecoder.decode(yaml: "entity: [\n  websites: {") }
        do {
            _ = try DraftDecoder.decode(yaml: "entity:\n  type: individual\n websites: oops: here\n")
        } catch {
            #expect(error.message.contains("line"), "\(error.message)")
        }
    }

    @Test("YAML takes a plain number where a name is expected; JSON does not")
    func plainNumberNames() throws {
        let yaml = "entity: {type: individual, name: 张三, province: 浙}\nwebsites: [{name: 12345, domains: [a.cn]}]"
        #expect(try DraftDecoder.decode(yaml: yaml).websites[0].name == "12345")
    }

    @Test("alias bombs and deep nesting are refused, not expanded")
    func hostileYAML() {
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 { bomb += "a\(i): &a\(i) [*a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1)]\n" }
        #expect(throws: DraftInputError.self) { try DraftDecoder.decode(yaml: bomb) }
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: DraftInputError.self) { try DraftDecoder.decode(json: Array(deep.utf8)) }
    }

    @Test("domains are lower-cased, and Chinese full stops read as dots")
    func domainNormalization() throws {
        let yaml = "entity: {type: individual, name: 张三, province: 浙}\nwebsites: [{name: 张三的笔记, domains: [' ZhangSan。CN. ']}]"
        #expect(try DraftDecoder.decode(yaml: yaml).websites[0].domains[0].name == "zhangsan.cn")
    }

    @Test("a draft written from the contract table reads back the same as JSON and as YAML", arguments: [Fixtures.organization, Fixtures.individual])
    func contractRoundTrip(_ draft: Draft) throws {
        let values = DraftValues(draft: draft)
        #expect(try DraftDecoder.decode(json: values.json) == draft)
        #expect(try DraftDecoder.decode(yaml: values.yaml) == draft)
        #expect(try DraftValues(json: values.json).draft() == draft)
    }
}

extension String {
    func replacingProvince(with name: String) -> String {
        var out = ""
        var rest = Substring(self)
        if let range = rest.range(of: "province: zhejiang") {
            out += rest[..<range.lowerBound] + "province: \(name)"
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}

@Suite("Domains that are not domain names")
struct HostileDomainTests {
    @Test("IP addresses and mixed-script labels are input errors naming the domain's field", arguments: [
        ("1.2.3.4", "IP address"), ("10.0.0.1.", "IP address"), ("ex\u{0430}mple.com", "mixes Latin letters"), ("p\u{0456}ng.cn", "mixes Latin letters"),
    ])
    func refused(domain: String, message: String) {
        let yaml = "entity: {type: individual, name: 张三, province: zhejiang}\nwebsites: [{name: 张三的学习笔记, domains: [\"\(domain)\"]}]\n"
        #expect {
            try DraftDecoder.decode(yaml: yaml)
        } throws: { error in
            guard let error = error as? DraftInputError else { return false }
            return error.path == "/websites/0/domains/0" && error.message.contains(message)
        }
    }

    @Test("Chinese and all-Cyrillic domains stay accepted", arguments: ["例子.中国", "пример.рф", "qingsong123.com"])
    func accepted(domain: String) throws {
        let yaml = "entity: {type: individual, name: 张三, province: zhejiang}\nwebsites: [{name: 张三的学习笔记, domains: [\"\(domain)\"]}]\n"
        #expect(try DraftDecoder.decode(yaml: yaml).websites[0].domains.count == 1)
    }
}
