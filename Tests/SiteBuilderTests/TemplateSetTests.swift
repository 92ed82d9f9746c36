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
