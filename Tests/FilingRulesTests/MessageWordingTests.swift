@testable import FilingRules
import Testing

/// Findings speak the user's words: no backticks, JSON pointers or enumeration values in what a person reads.
@Suite("The wording of findings")
struct MessageWordingTests {
    /// Every enumeration value written with `_`, which only the contract uses (`e_commerce`, `pay_as_you_go`).
    static let internalValues: [String] = DraftContract.fields.flatMap { field -> [String] in
        switch field.kind {
        case .choice(let options), .choices(let options): options.map(\.value).filter { $0.contains("_") }
        default: []
        }
    } + DraftContract.fields.map(\.key).filter { $0.contains("_") }

    static func problems(in text: String) -> [String] {
        var found: [String] = []
        if text.contains("`") { found.append("a backtick") }
        if text.contains("/websites/") || text.contains("/entity/") || text.contains("/instance") || text.contains("/account/") {
            found.append("a JSON pointer")
        }
        for value in internalValues where text.contains(value) { found.append("the value \(value)") }
        return found
    }

    /// Every rule case, every example and a bare draft that leaves most facts out, each with its checker.
    static func checks() throws -> (book: Rulebook, checks: [(Checker, Draft)]) {
        let book = try Rulebook.load(Repository.dataFiles())
        var checks: [(Checker, Draft)] = ruleCases.map { (Fixtures.checker, $0.draft) }
        for name in FileText.list(Repository.root + "/content/examples") where name.hasSuffix(".yaml") {
            if let text = FileText.read(Repository.root + "/content/examples/" + name), let draft = try? DraftDecoder.decode(yaml: text) {
                checks.append((Checker(rulebook: book), draft))
            }
        }
        let bare = try DraftDecoder.decode(yaml: "entity: {type: individual, name: 张三, province: hubei}\nwebsites: [{name: 张三的博客, domains: [a.cn, b.cn]}]")
        checks.append((Checker(rulebook: book), bare))
        return (book, checks)
    }

    @Test("no message or fix of any rule, on any example or rule case, has a backtick, a pointer or an enumeration value")
    func wording() throws {
        let (book, checks) = try Self.checks()
        #expect(checks.count > 20)
        var rules = Set<String>()
        for (checker, draft) in checks {
            for finding in checker.check(draft).findings {
                rules.insert(finding.rule)
                for text in [finding.message, finding.fix] {
                    #expect(Self.problems(in: text).isEmpty, "\(finding.rule): \(Self.problems(in: text)) in “\(text)”")
                }
            }
        }
        #expect(rules.count >= book.catalog.count / 2, "the drafts fire too few rules to test the wording")
    }

    /// Why a Chinese text is not Chinese enough: no Han character, or three English words in a row.
    static func notChinese(_ text: String) -> [String] {
        var found: [String] = []
        if !text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { found.append("no Chinese") }
        var run = 0
        var englishRun = false
        for token in text.split(separator: " ") {
            run = !token.isEmpty && token.allSatisfy({ $0.isASCII && $0.isLetter }) ? run + 1 : 0
            if run >= 3 { englishRun = true }
        }
        if englishRun { found.append("English words") }
        return found
    }

    @Test("every finding of every rule that fires exists in English and in Chinese, at the same place")
    func bothLanguages() throws {
        let (book, checks) = try Self.checks()
        var rules = Set<String>()
        for (checker, draft) in checks {
            let english = checker.check(draft)
            let chinese = checker.check(draft, language: .chinese)
            #expect(english.lang == .english && chinese.lang == .chinese)
            #expect(english.findings.map(\.rule) == chinese.findings.map(\.rule))
            #expect(english.findings.map(\.path) == chinese.findings.map(\.path))
            #expect(english.findings.map(\.severity) == chinese.findings.map(\.severity))
            for finding in chinese.findings {
                rules.insert(finding.rule)
                for text in [finding.message, finding.fix] {
                    let problems = Self.problems(in: text) + Self.notChinese(text)
                    #expect(problems.isEmpty, "\(finding.rule): \(problems) in “\(text)”")
                }
            }
            for (en, zh) in zip(english.findings, chinese.findings) {
                #expect(en.message != zh.message && en.fix != zh.fix, "\(en.rule) has one text for both languages")
            }
        }
        #expect(rules.count >= book.catalog.count / 2, "the drafts fire too few rules to test the Chinese")
        for entry in book.catalog {
            #expect(entry.titleZh != nil, "\(entry.id) has no Chinese title")
        }
    }

    @Test("the Chinese check fires on English, and passes Chinese with a brand or domain in it")
    func detectsEnglish() {
        #expect(!Self.notChinese("Remove these words from the name.").isEmpty)
        #expect(!Self.notChinese("域名 is held by someone else entirely").isEmpty)
        #expect(Self.notChinese("为网站取一个中文名称（如“Acme 技术博客”），域名example.com").isEmpty)
    }

    @Test("the check fires on a message that speaks the contract")
    func detects() {
        #expect(!Self.problems(in: "Set `cdn` to none").isEmpty)
        #expect(!Self.problems(in: "the draft leaves out /entity/age").isEmpty)
        #expect(!Self.problems(in: "content e_commerce needs a licence").isEmpty)
        #expect(Self.problems(in: "Online shop (电子商务) needs a licence").isEmpty)
    }
}
