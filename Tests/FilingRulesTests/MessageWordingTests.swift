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

    @Test("no message or fix of any rule, on any example or rule case, has a backtick, a pointer or an enumeration value")
    func wording() throws {
        let book = try Rulebook.load(Repository.dataFiles())
        var checks: [(Checker, Draft)] = ruleCases.map { (Fixtures.checker, $0.draft) }
        for name in FileText.list(Repository.root + "/content/examples") where name.hasSuffix(".yaml") {
            if let text = FileText.read(Repository.root + "/content/examples/" + name), let draft = try? DraftDecoder.decode(yaml: text) {
                checks.append((Checker(rulebook: book), draft))
            }
        }
        let bare = try DraftDecoder.decode(yaml: "entity: {type: individual, name: 张三, province: hubei}\nwebsites: [{name: 张三的博客, domains: [a.cn, b.cn]}]")
        checks.append((Checker(rulebook: book), bare))
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

    @Test("the check fires on a message that speaks the contract")
    func detects() {
        #expect(!Self.problems(in: "Set `cdn` to none").isEmpty)
        #expect(!Self.problems(in: "the draft leaves out /entity/age").isEmpty)
        #expect(!Self.problems(in: "content e_commerce needs a licence").isEmpty)
        #expect(Self.problems(in: "Online shop (电子商务) needs a licence").isEmpty)
    }
}
