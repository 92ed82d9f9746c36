import Foundation
import Testing
@testable import SiteBuilder

@Suite("Markdown through the libcmark tree")
struct MarkdownRendererTests {
    static let renderer = MarkdownRenderer(
        index: DataTableTests.index,
        blocks: GeneratorBlocks(data: DataTableTests.data, sources: SourceLinks(data: DataTableTests.data), contentDirectory: TestSupport.fixtureSite.appendingPathComponent("content"), rules: nil))

    func render(_ body: String) -> RenderedMarkdown {
        let page = LinkResolutionTests.page("guide/first.md")
        let withBody = Page(sourcePath: page.sourcePath, url: page.url, kind: page.kind, sectionPath: page.sectionPath,
                            frontMatter: page.frontMatter, body: body, bodyLineOffset: 0)
        return Self.renderer.render(withBody)
    }

    @Test("headings get ids and self-links; the table of contents keeps document order, blocks included")
    func headings() {
        let result = render("## First\n\n```province zhejiang\n```\n\n## Last {#end}\n\n### Deeper\n")
        #expect(result.headings.map(\.anchor) == ["first", "limits", "end", "deeper"])
        #expect(result.html.contains("<h2 id=\"first\">First<a class=\"heading-anchor\" href=\"#first\""))
        #expect(result.html.contains("<h2 id=\"end\">Last<a"))
        #expect(result.anchors == ["first", "limits", "end", "deeper"])
    }

    @Test("block quotes starting Note:, Warning: or Province: become labelled callouts", arguments: [
        ("Note", "note"), ("Warning", "warning"), ("Province", "province"),
    ])
    func callouts(label: String, kind: String) {
        let html = render("> \(label): Hubei accepts *one* website.\n").html
        #expect(html.contains("<aside class=\"callout callout-\(kind)\" role=\"note\" aria-label=\"\(label)\">"))
        #expect(html.contains("<p>Hubei accepts <em>one</em> website.</p>"))
        #expect(!html.contains("<blockquote>"))
    }

    @Test("an ordinary block quote and code block stay as they are")
    func plain() {
        let html = render("> Just a quote.\n\n```yaml\na: 1\n```\n").html
        #expect(html.contains("<blockquote>\n<p>Just a quote.</p>\n</blockquote>"))
        #expect(html.contains("<pre><code class=\"language-yaml\">a: 1\n</code></pre>"))
    }

    @Test("links in the text are rewritten and their anchors recorded for checking")
    func links() {
        let result = render("See [second](second.md#details) and [web](https://example.com).\n")
        #expect(result.html.contains("<a href=\"../second/index.html#details\">second</a>"))
        #expect(result.html.contains("<a href=\"https://example.com\">web</a>"))
        #expect(result.anchorReferences.map(\.anchor) == ["details"])
        #expect(result.diagnostics.isEmpty)
    }
}
