import Testing
@testable import SiteBuilder

@Suite("Front matter")
struct FrontMatterTests {
    @Test("the header is split from the body and body lines are counted from the file's first line")
    func split() throws {
        let page = try #require(FrontMatter.split("---\ntitle: A\nweight: 2\n---\n\n# Body\n"))
        #expect(page.frontMatter == "title: A\nweight: 2")
        #expect(page.body == "\n# Body\n")
        #expect(page.bodyLineOffset == 4)
    }

    @Test("a file without front matter is not split")
    func missing() {
        #expect(FrontMatter.split("# Just Markdown\n") == nil)
        #expect(FrontMatter.split("---\ntitle: never closed\n") == nil)
    }

    @Test("known keys are typed and every key is kept for templates")
    func typed() throws {
        let matter = try FrontMatter.parse("""
            title: Hubei
            description: One site per application.
            weight: 5
            reviewed: 2026-11-29
            sources: [A-LIM, B-BAIDU]
            confidence: medium
            aliases: [regions/e/]
            province: hubei
            """, file: "content/x.md").get()
        #expect(matter.title == "Hubei")
        #expect(matter.weight == 5)
        #expect(matter.reviewed == "2026-11-29")
        #expect(matter.sources.map(\.id) == ["A-LIM", "B-BAIDU"])
        #expect(matter.sources.map(\.line) == [6, 6])
        #expect(matter.aliases == ["regions/e/"])
        #expect(matter.params["province"] == .string("hubei"))
    }

    @Test("draft and search take YAML 1.2's unquoted booleans", arguments: [
        ("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false),
    ])
    func flagBooleans(value: String, expected: Bool) throws {
        let draft = try FrontMatter.parse("title: A\ndraft: \(value)", file: "content/x.md").get()
        #expect(draft.draft == expected)
        let search = try FrontMatter.parse("title: A\nsearch: \(value)", file: "content/x.md").get()
        #expect(search.search == expected)
    }

    @Test("YAML 1.1's yes, no, on and off are text, and an error says to write true or false",
          arguments: ["yes", "No", "ON", "off", "\"true\""])
    func yaml11Booleans(value: String) throws {
        let error = try #require(throws: BuildError.self) { try FrontMatter.parse("title: A\ndraft: \(value)", file: "content/x.md").get() }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.line == 3 && diagnostic.message == "`draft` must be true or false")
        #expect((diagnostic.help ?? "").contains("YAML 1.2 reads") == !value.hasPrefix("\""))
    }

    @Test("a page is searchable and not a draft unless its front matter says otherwise")
    func flagDefaults() throws {
        let matter = try FrontMatter.parse("title: A", file: "content/x.md").get()
        #expect(matter.search && !matter.draft)
    }

    @Test("errors name the file line of the offending key", arguments: [
        ("description: no title here", 1, "missing `title`"),
        ("title: A\nweight: heavy", 3, "`weight` must be a whole number"),
        ("title: A\nreviewed: yesterday", 3, "`reviewed` must be a date"),
        ("title: A\nconfidence: certain", 3, "unknown confidence"),
        ("title: A\ndraft: maybe", 3, "`draft` must be true or false"),
        ("title: A\ndraft: \"true\"", 3, "`draft` must be true or false"),
        ("title: A\nsearch: never", 3, "`search` must be true or false"),
        ("title: A\nweight: \"2\"", 3, "`weight` must be a whole number"),
        ("title: A\ndescription: a: b", 3, "invalid YAML"),
        ("title: A\nsources:\n  - [nested]", 4, "each entry of `sources` must be text"),
    ])
    func errors(yaml: String, line: Int, message: String) {
        guard case .failure(let error) = FrontMatter.parse(yaml, file: "content/x.md") else {
            Issue.record("expected an error for \(yaml)")
            return
        }
        let diagnostic = error.diagnostics.first
        #expect(diagnostic?.file == "content/x.md")
        #expect(diagnostic?.line == line)
        #expect(diagnostic?.message.contains(message) == true, "\(String(describing: diagnostic))")
    }

    @Test("diagnostics read like a compiler's")
    func format() {
        let diagnostic = Diagnostic(file: "content/x.md", line: 12, column: 5, message: "no anchor `#a`", help: "add it")
        #expect(diagnostic.description == "content/x.md:12:5: error: no anchor `#a`\n  = help: add it")
    }
}
