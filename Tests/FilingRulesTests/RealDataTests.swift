import FilingRules
import Testing

/// An example draft and what its first line promises: `# expect: VERDICT rule rule ...`.
struct Example: CustomTestStringConvertible, Sendable {
    let file: String
    let text: String
    let verdict: String
    let rules: [String]

    var testDescription: String { file }

    static func all() -> [Example] {
        let folder = Repository.root + "/content/examples"
        return FileText.list(folder).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.compactMap { name in
            guard let text = FileText.read(folder + "/" + name) else { return nil }
            let first = text.split(separator: "\n", maxSplits: 1).first ?? ""
            let words = first.split(separator: " ").map(String.init)
            guard words.count >= 3, words[0] == "#", words[1] == "expect:" else {
                return Example(file: name, text: text, verdict: "?", rules: [])
            }
            return Example(file: name, text: text, verdict: words[2], rules: Array(words.dropFirst(3)))
        }
    }
}

@Suite("The real data and the example drafts")
struct RealDataTests {
    static let rulebook: Rulebook? = try? Rulebook.load(Repository.dataFiles())

    @Test("the files under content/data load without a diagnostic")
    func realDataLoads() {
        do {
            let book = try Rulebook.load(Repository.dataFiles())
            #expect(book.provinces.count == 31)
            #expect(book.catalog.count == Checker.implementedRuleIDs.count)
            #expect(book.reviewed == "2026-12-07")
        } catch {
            Issue.record("content/data does not load:\n\(error)")
        }
    }

    @Test("every province of the real data is found by slug, Chinese name and abbreviation")
    func realProvinceNames() throws {
        let book = try #require(Self.rulebook)
        for province in book.provinces {
            #expect(book.province(named: province.slug)?.id == province.id)
            #expect(book.province(named: province.nameZh)?.id == province.id)
            #expect(book.province(named: province.fullNameZh)?.id == province.id)
            #expect(book.province(named: province.abbreviation)?.id == province.id)
        }
    }

    @Test("there is a clean organization, a clean individual and several failing examples")
    func examplesExist() {
        let all = Example.all()
        #expect(all.contains { $0.file == "clean-organization.yaml" && $0.verdict == "pass" })
        #expect(all.contains { $0.file == "clean-individual.yaml" && $0.verdict == "pass" })
        #expect(all.filter { $0.verdict == "fail" }.count >= 3)
    }

    @Test("each example gives the verdict and the findings its first line promises", arguments: Example.all())
    func exampleVerdict(_ example: Example) throws {
        let book = try #require(Self.rulebook)
        let draft = try DraftDecoder.decode(text: example.text)
        let report = Checker(rulebook: book).check(draft)
        #expect(report.verdict.rawValue == example.verdict,
                "\(example.file): \(report.findings.filter { $0.severity != .info }.map { "\($0.severity) \($0.rule)" })")
        for rule in example.rules {
            #expect(report.findings.contains { $0.rule == rule && $0.severity != .info }, "\(example.file) should report \(rule)")
        }
        if example.verdict == "pass" {
            #expect(report.findings.isEmpty, "\(example.file): \(report.findings.map { "\($0.rule) \($0.path)" })")
        }
    }
}
