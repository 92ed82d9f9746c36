import Foundation
import FilingRules
import Testing

@Suite("Loading the data files")
struct LoaderTests {
    /// The fixture files with one file's text replaced.
    func files(replacing name: String, with text: String) -> [DataFile] {
        Repository.fixtureFiles().map { $0.fileName == name ? DataFile(path: $0.path, contents: text) : $0 }
    }

    func diagnostics(_ files: [DataFile]) -> [Diagnostic] {
        do {
            _ = try Rulebook.load(files)
            return []
        } catch {
            return error.diagnostics
        }
    }

    static let tlds = """
        tlds:
          - {suffix: .com, status: approved, sources: [A-DOM], confidence: high}
          - suffix: .cn
            status: approved
            confidence: high
          - {suffix: .net, status: maybe, sources: [A-DOM], confidence: high}
          - {suffix: .org, status: approved, sources: [A-NOPE], confidence: high}
          - {suffix: .top, status: approved, sources: [A-DOM], confidence: high, colour: red}
        """

    @Test("every source has a Chinese title, and one without is reported at its line")
    func chineseSourceTitles() throws {
        let real = try #require(Repository.fixtureFiles().first { $0.fileName == "sources.yaml" }).contents
        let plain = real.replacingOccurrences(of: #"title: {en: "ICP filing: Limitations", zh-CN: "ICP备案：使用限制"}"#, with: "title: 'ICP filing: Limitations'")
        #expect(plain != real)
        let line = try #require(plain.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("title: 'ICP filing: Limitations'") }) + 1
        let found = diagnostics(files(replacing: "sources.yaml", with: plain))
        #expect(found.contains { $0.file.hasSuffix("sources.yaml") && $0.message == "`title` of source `A-LIM` has no Chinese title" && $0.line == line }, "\(found)")
        let rulebook = try Rulebook.load(Repository.fixtureFiles())
        let limits = try #require(rulebook.source("A-LIM"))
        #expect(limits.title(in: .chinese) == "ICP备案：使用限制" && limits.title(in: .english) == "ICP filing: Limitations")
    }

    @Test("a missing field is reported with file and line")
    func missingField() {
        let found = diagnostics(files(replacing: "tlds.yaml", with: Self.tlds))
        #expect(found.contains { $0.file == "content/data/tlds.yaml" && $0.line == 3 && $0.message.contains("missing field `sources`") })
    }

    @Test("a wrong enumeration value names the accepted values")
    func wrongValue() {
        let found = diagnostics(files(replacing: "tlds.yaml", with: Self.tlds))
        let d = found.first { $0.message.contains("`status`") }
        #expect(d?.line == 6)
        #expect(d?.help?.contains("approved, refused") == true)
    }

    @Test("an unknown source id is reported where it is used, with a suggestion")
    func unknownSource() {
        let found = diagnostics(files(replacing: "tlds.yaml", with: Self.tlds))
        let d = found.first { $0.message.contains("unknown source id `A-NOPE`") }
        #expect(d?.line == 7)
        #expect(d?.description.hasPrefix("content/data/tlds.yaml:7: error: unknown source id `A-NOPE`") == true)
    }

    @Test("an unknown key is an error")
    func unknownKey() {
        let found = diagnostics(files(replacing: "tlds.yaml", with: Self.tlds))
        #expect(found.contains { $0.line == 8 && $0.message.contains("unknown field `colour`") })
    }

    @Test("a wrong type is reported with its line")
    func wrongType() {
        let rules = (Repository.fixtureFiles().first { $0.fileName == "rules.yaml" }?.contents ?? "")
            .replacingFirst("min_characters: 3", with: "min_characters: three")
        let found = diagnostics(files(replacing: "rules.yaml", with: rules))
        #expect(found.contains { $0.message.contains("`min_characters`") && $0.message.contains("whole number") && $0.line > 0 })
    }

    @Test("a threshold per kind of entity names an unknown kind at its line")
    func thresholdKinds() {
        let provinces = (Repository.fixtureFiles().first { $0.fileName == "provinces.yaml" }?.contents ?? "")
            .replacingFirst("value: {individual: 7, organization: 15}", with: "value: {people: 7}")
        let found = diagnostics(files(replacing: "provinces.yaml", with: provinces))
        #expect(found.contains { $0.message.contains("unknown field `people`") && $0.line > 0 })
        #expect(found.contains { $0.message.contains("names no entity type") })
    }

    @Test("a rule without code, and code without a rule, are both errors")
    func catalogAndCodeAgree() {
        let original = Repository.fixtureFiles().first { $0.fileName == "rules.yaml" }?.contents ?? ""
        let renamed = original.replacingFirst("id: access/ip-only", with: "id: access/ip-only-access")
        let found = diagnostics(files(replacing: "rules.yaml", with: renamed))
        #expect(found.contains { $0.message.contains("`access/ip-only` is implemented but has no catalog entry") })
        #expect(found.contains { $0.message.contains("`access/ip-only-access` is in the catalog but no code implements it") && $0.line > 0 })
    }

    @Test("a word list several rules read is reported missing once")
    func missingListOnce() {
        let words = (Repository.fixtureFiles().first { $0.fileName == "words.yaml" }?.contents ?? "")
            .replacingFirst("  - id: finance\n", with: "  - id: finance-renamed\n")
        let found = diagnostics(files(replacing: "words.yaml", with: words))
        #expect(found.filter { $0.message == "missing word list `finance`" }.count == 1)
    }

    @Test("a content value in a rule option is checked when the data loads, not silently never matched")
    func contentOption() {
        let rules = (Repository.fixtureFiles().first { $0.fileName == "rules.yaml" }?.contents ?? "")
            .replacingFirst("commercial_content: [e_commerce]", with: "commercial_content: [ecommerce]")
        let found = diagnostics(files(replacing: "rules.yaml", with: rules))
        #expect(found.contains { $0.message.contains("unknown content `ecommerce`") && $0.line > 0 && $0.help?.contains("e_commerce") == true })
    }

    @Test("a missing file is named")
    func missingFile() {
        let found = diagnostics(Repository.fixtureFiles().filter { $0.fileName != "words.yaml" })
        #expect(found.contains { $0.file == "content/data/words.yaml" && $0.message == "missing data file" })
    }

    @Test("invalid YAML is reported with its line")
    func invalidYAML() {
        let found = diagnostics(files(replacing: "tlds.yaml", with: "tlds:\n  - {suffix: .com\n  - x: [\n"))
        #expect(found.contains { $0.file.hasSuffix("tlds.yaml") && $0.message.hasPrefix("invalid YAML") && $0.line > 0 })
    }

    @Test("the loaded catalog keeps each rule's line in rules.yaml, so nothing parses the file again for it", arguments: [
        "name/all-digits", "region/min-age", "instance/public-ip",
    ])
    func catalogLines(id: String) throws {
        let text = try #require(FileText.read(Repository.root + "/content/data/rules.yaml"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.hasSuffix("- id: \(id)") }) + 1
        let rulebook = try Rulebook.load(Repository.dataFiles())
        #expect(rulebook.catalogLine(of: id) == line)
        #expect(rulebook.catalogLine(of: "name/no-such-rule") == 0)
    }

    @Test("a province file without all 31 provinces is refused")
    func incompleteProvinces() {
        let text = FileText.read(Repository.fixtures + "/provinces.yaml") ?? ""
        let cut = String(text[..<(text.range(of: "  - slug: xinjiang")?.lowerBound ?? text.endIndex)])
        let found = diagnostics(files(replacing: "provinces.yaml", with: cut))
        #expect(found.contains { $0.message.contains("provinces missing: xinjiang") })
    }

    @Test("the version is a hash of the data and does not depend on file order")
    func versionIsDeterministic() throws {
        let files = Repository.fixtureFiles()
        let a = try Rulebook.load(files)
        let b = try Rulebook.load(files.reversed())
        #expect(a.version == b.version)
        #expect(a.version.count == 16)
        let changed = try Rulebook.load(files.map {
            $0.fileName == "tlds.yaml" ? DataFile(path: $0.path, contents: $0.contents + "\n# changed\n") : $0
        })
        #expect(changed.version != a.version)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
    }
}
