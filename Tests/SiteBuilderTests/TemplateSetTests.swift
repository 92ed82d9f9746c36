import Foundation
import Testing
@testable import SiteBuilder

@Suite("Theme templates")
struct TemplateSetTests {
    /// Loads templates written into a fresh folder, by name.
    static func load(_ templates: [String: String]) throws -> TemplateSet {
        let folder = TestSupport.temporaryFolder("icp-templates")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in templates { try TestSupport.write(text, to: name + ".mustache", in: folder) }
        return TemplateSet.load(from: folder)
    }

    static let unsafe = #"<b class="x">Tom & Jerry's</b>"#
    static let escaped = "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;"

    @Test("variables are escaped for HTML in templates, partials, blocks and sections; triple mustaches are not")
    func escaping() throws {
        let set = try Self.load([
            "base": "<title>{{$title}}{{/title}}</title>\n{{$main}}{{/main}}\n",
            "page": "{{<base}}{{$title}}{{text}}{{/title}}{{$main}}{{> partials/item}}|{{#items}}{{.}}{{/items}}|{{{text}}}{{/main}}{{/base}}",
            "partials/item": "<i>{{text}}</i>",
        ])
        #expect(!set.problems.contains { $0.message.hasPrefix("template syntax") })
        let html = set.render("page", ["text": Self.unsafe, "items": [Self.unsafe, "plain"]])
        let e = Self.escaped
        #expect(html == "<title>\(e)</title>\n<i>\(e)</i>|\(e)plain|\(Self.unsafe)\n")
    }

    @Test("text with nothing to escape and text beyond ASCII come out as they are")
    func unchanged() {
        #expect(escapeHTML("") == "")
        #expect(escapeHTML("plain text") == "plain text")
        #expect(escapeHTML("湖北 <省> & 🇨🇳") == "湖北 &lt;省&gt; &amp; 🇨🇳")
    }

    @Test("templates render line for line, standalone tags leaving no blank lines")
    func layout() throws {
        let set = try Self.load(["page": "<ul>\n{{#items}}\n<li>{{.}}</li>\n{{/items}}\n</ul>\n"])
        #expect(set.render("page", ["items": ["a", "b"]]) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
    }

    @Test("a syntax error names the template's own line and column")
    func syntaxError() throws {
        let set = try Self.load(["page": "<p>one</p>\n<p>two {{/close}}</p>\n"])
        let problem = try #require(set.problems.first { $0.file == "theme/templates/page.mustache" })
        #expect(problem.message.hasPrefix("template syntax"))
        #expect(problem.line == 2)
        #expect(problem.column == 11)
    }
}

@Suite("Compiled templates")
struct CompiledTemplateTests {
    /// swift-mustache's own rendering of the same template and data: the text the compiled form must match.
    static func reference(_ set: TemplateSet, _ name: String, _ context: [String: Any]) -> String {
        set.library.render(context, withTemplate: name) ?? ""
    }

    static let partials = [
        "base": "<h1>{{$title}}Base{{/title}}</h1>\n{{$main}}none{{/main}}\n{{> partials/foot}}",
        "middle": "{{<base}}{{$title}}Middle {{site.title}}{{/title}}{{/base}}",
        "partials/foot": "<footer>{{site.title}}</footer>\n",
    ]

    /// Each case: templates, the one rendered, its data, and whether the compiled form takes it.
    static var cases: [(name: String, templates: [String: String], data: [String: Any], compiled: Bool)] { [
        ("dotted names and the stack", ["t": "{{site.title}}|{{#page}}{{title}}/{{site.title}}/{{missing}}{{/page}}"],
         ["site": ["title": TemplateText("S&P")], "page": ["title": TemplateText("<T>")]], true),
        ("the current value and sections over text, lists and flags",
         ["t": "{{#a}}[{{.}}]{{/a}}{{#list}}<{{name}}>{{/list}}{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{^list}}empty{{/list}}"],
         ["a": TemplateText("x\"y"), "list": [["name": TemplateText("one")], ["name": "two"]], "yes": true, "no": false], true),
        ("inverted sections over an empty list, a missing key and text",
         ["t": "{{^list}}none{{/list}}{{^gone}}gone{{/gone}}{{^a}}never{{/a}}"],
         ["list": [[String: Any]](), "a": TemplateText("")], true),
        ("transforms", ["t": "{{^empty(list)}}{{count(list)}} {{uppercased(a)}}{{/empty(list)}}{{#empty(none)}}E{{/empty(none)}}"],
         ["list": [["x": 1]], "a": TemplateText("abc"), "none": [Any]()], true),
        ("numbers, flags and names from the top only", ["t": "{{n}} {{flag}} {{#page}}{{.title}}|{{.site}}{{/page}}"],
         ["n": 42, "flag": true, "page": ["title": TemplateText("T")], "site": TemplateText("S")], true),
        ("inherited blocks over two levels with partials", partials.merging(["t": "{{<middle}}{{$main}}<p>{{page.title}}</p>{{/main}}{{/middle}}"]) { a, _ in a },
         ["site": ["title": TemplateText("Site")], "page": ["title": TemplateText("Page")]], true),
        ("data of another type falls back", ["t": "{{value}}"], ["value": 1.5], true),
        ("a child of text falls back", ["t": "{{#a}}{{text}}{{/a}}"], ["a": TemplateText("inner")], true),
        ("an indented partial is not compiled", ["t": "<ul>\n  {{> item}}\n</ul>\n", "item": "<li>{{x}}</li>\n<li>2</li>\n"],
         ["x": TemplateText("1")], false),
        ("a sequence transform is not compiled", ["t": "{{#list}}{{^first()}},{{/first()}}{{.}}{{/list}}"], ["list": ["a", "b"]], false),
    ] }

    @Test("renders the same text as swift-mustache, or leaves the template to it", arguments: cases.indices)
    func sameText(index: Int) throws {
        let (_, templates, data, compiles) = Self.cases[index]
        let set = try TemplateSetTests.load(templates)
        #expect(!set.problems.contains { $0.message.hasPrefix("template syntax") })
        #expect((CompiledTemplate(named: "t", library: set.library) != nil) == compiles)
        let expected = Self.reference(set, "t", data)
        #expect(!expected.isEmpty)
        #expect(set.render("t", data) == expected)
    }

    @Test("values the compiled form does not know make it give way")
    func givesWay() throws {
        let set = try TemplateSetTests.load(["t": "{{#a}}{{text}}{{/a}}|{{value}}"])
        let compiled = try #require(CompiledTemplate(named: "t", library: set.library))
        #expect(compiled.render(["a": TemplateText("inner")]) == nil)
        #expect(compiled.render(["value": 1.5]) == nil)
        #expect(compiled.render(["value": TemplateText("v")]) == "|v")
    }

    @Test("the default theme's templates compile and render a page as swift-mustache does")
    func defaultTheme() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("theme/templates")
        let set = TemplateSet.load(from: folder)
        let link: [String: Any] = ["title": TemplateText("A & B"), "url": TemplateText("../a/index.html"), "description": TemplateText("About <a>")]
        let page: [String: Any] = [
            "title": TemplateText("Title \"quoted\""), "content": TemplateText("<p>Body</p>\n"), "kind": TemplateText("page"),
            "params": [String: Any](), "source_path": TemplateText("content/a.md"), "description": TemplateText("Lede"),
            "reviewed": TemplateText("2026-01-01"), "confidence": TemplateText("high"),
            "sources": [["id": TemplateText("miit"), "title": TemplateText("MIIT"), "url": TemplateText("https://x/?a&b")],
                        ["id": TemplateText("other"), "title": TemplateText("Other"), "publisher": TemplateText("P")]],
            "has_sources": true,
        ]
        let context: [String: Any] = [
            "site": ["title": TemplateText("Handbook"), "language": TemplateText("en")], "root": TemplateText("../"),
            "nav": TemplateText("<ul><li>nav</li></ul>"), "live_reload": true, "breadcrumbs": [link], "toc": [[String: Any]](),
            "toc_html": TemplateText("<li>toc</li>\n"), "has_toc": true, "prev": link, "next": link, "children": [link, link],
            "canonical": TemplateText("https://example.org/a/"), "page": page,
            "sections": [["title": "Section", "url": "s/index.html"]],
        ]
        for name in ["page", "section", "home", "404", "search", "checker"] {
            #expect(CompiledTemplate(named: name, library: set.library) != nil, "\(name) is not compiled")
            let expected = Self.reference(set, name, context)
            #expect(expected.contains("Handbook"))
            #expect(set.render(name, context) == expected, "\(name) differs")
        }
    }
}
