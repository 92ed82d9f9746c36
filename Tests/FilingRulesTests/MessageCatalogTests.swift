import FilingRules
import Testing

@Suite("Rule messages in the catalog")
struct MessageCatalogTests {
    static let rules = Repository.fixtureFiles().first { $0.fileName == "rules.yaml" }?.contents ?? ""

    /// The diagnostics of the fixture data with `target` in rules.yaml replaced, and the line `target` was on.
    static func load(replacing target: String, with replacement: String) -> (found: [Diagnostic], line: Int) {
        let line = (rules.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(target) } ?? -1) + 1
        let edited = rules.replacingFirst(target, with: replacement)
        let files = Repository.fixtureFiles().map { $0.fileName == "rules.yaml" ? DataFile(path: $0.path, contents: edited) : $0 }
        do {
            _ = try Rulebook.load(files)
            return ([], line)
        } catch {
            return (error.diagnostics, line)
        }
    }

    @Test("every message the code writes is worded in the catalog, in English and Chinese")
    func realCatalogLoads() throws {
        let found = Self.load(replacing: "", with: "").found
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a broken message is refused at its line, naming what the message may use", arguments: [
        ("\"{domain} was verified {days} ago", "\"{doman} was verified {days} ago",
         "the English `message` of `too-recent` in the messages of rule `domain/real-name-sync` names `{doman}`, which the rule does not fill in"),
        ("\"{domain}在{days}前完成实名认证", "\"{domain}在{days前完成实名认证",
         "the Chinese `message` of `too-recent` in the messages of rule `domain/real-name-sync` has a `{` without its `}`"),
        ("\"Wait until about {minimum} days", "\"Wait until about {Minimum} days",
         "the English `fix` of `too-recent` in the messages of rule `domain/real-name-sync` has `{Minimum}`, which is not a name in braces"),
    ])
    func brokenText(target: String, replacement: String, message: String) {
        let (found, line) = Self.load(replacing: target, with: replacement)
        #expect(line > 0)
        let hit = found.first { $0.file.hasSuffix("rules.yaml") && $0.line == line && $0.message == message }
        #expect(hit != nil, "\(found)")
        #expect(hit?.help == "names this message may use: {domain}, {days}, {minimum}")
    }

    @Test("a message the code writes but the catalog lacks, and one the code never writes, are both refused")
    func keysAgreeWithCode() {
        let (found, _) = Self.load(replacing: "      too-recent:\n", with: "      too-recnt:\n")
        #expect(found.contains { $0.message == "missing field `too-recent` in the messages of rule `domain/real-name-sync`" }, "\(found)")
        #expect(found.contains { $0.message == "unknown field `too-recnt` in the messages of rule `domain/real-name-sync`" && $0.help?.hasPrefix("did you mean `too-recent`?") == true }, "\(found)")
    }

    @Test("a text without its Chinese is refused")
    func needsBothLanguages() {
        let (found, _) = Self.load(replacing: "          zh-CN: \"{domain}在{days}前完成实名认证；新的实名信息约需三个工作日才能同步到工信部。\"\n", with: "")
        #expect(found.contains { $0.message == "`message` of `too-recent` in the messages of rule `domain/real-name-sync` needs English and Chinese text" }, "\(found)")
    }
}
