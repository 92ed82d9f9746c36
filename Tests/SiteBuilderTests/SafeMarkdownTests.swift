import Foundation
import Testing
@testable import SiteBuilder

/// What Markdown may put in a page: no raw HTML, no script URLs, and work in proportion to its size.
@Suite("Safe Markdown")
struct SafeMarkdownTests {
    private func render(_ markdown: String) -> (html: String, diagnostics: [Diagnostic]) {
        MarkdownSnippet.render(markdown, contentFolder: TestSupport.fixtureSite.appendingPathComponent("content"))
    }

    @Test("raw HTML written in Markdown is dropped, blocks and inline alike")
    func rawHTML() {
        let html = render("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> and <b onclick=\"x\">bold</b>.\n\n<iframe src=\"https://evil.example\"></iframe>\n").html
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("onclick") && !html.contains("<iframe"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(html.contains("bold"))
    }

    @Test("the generator's own HTML (anchors, callouts, includes) is kept in safe mode")
    func generatorHTML() {
        let html = render("## Title\n\n> Note: careful\n\n```include examples/sample.yaml\n```\n").html
        #expect(html.contains("<h2 id=\"title\">Title<a class=\"heading-anchor\""))
        #expect(html.contains("<aside class=\"callout callout-note\""))
        #expect(html.contains("<figure class=\"include\">"))
    }

    @Test("javascript:, vbscript: and data: URLs are errors and never reach the HTML", arguments: [
        "[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](java&#9;script:alert(1))", "[x](  vbscript:msgbox)",
        "![x](data:image/png;base64,AAAA)", "[x](data:text/html;base64,PHNjcmlwdD4=)", "<javascript:alert(1)>",
    ])
    func scriptURLs(link: String) {
        let (html, diagnostics) = render("Text " + link + ".\n")
        #expect(html.contains("href=\"\"") || html.contains("src=\"\""), "\(html)")
        #expect(!html.contains("%09") && !html.lowercased().contains("=\"javascript") && !html.lowercased().contains("=\"data"), "\(html)")
        #expect(diagnostics.count == 1 && diagnostics.first?.message.contains("never published") == true, "\(diagnostics)")
    }

    @Test("identical headings get distinct anchors in linear time")
    func manyHeadings() {
        let (html, diagnostics) = render(String(repeating: "## Same\n\n", count: 20_000))
        #expect(diagnostics.isEmpty)
        #expect(html.contains("id=\"same-20000\""))
        // Numbering from 2 for every heading took 25.7 s for 20,000 headings.
        let ratio = growth(size: 4_000) { count in _ = render(String(repeating: "## Same\n\n", count: count)) }
        #expect(ratio < 9, "four times the headings took \(ratio)× as long")
    }
}
