import Foundation
import FilingRules

/// Markdown rendered on its own, through the same libcmark tree and transforms as a page body (anchors,
/// link checks, generator blocks, callouts, safe mode), on a site with no other page and no data: for
/// tools and fuzzing that need the generator's HTML without building a site.
public enum MarkdownSnippet {
    /// The HTML of `markdown` as the body of `content/page.md`, and the problems the build would report.
    /// `include` blocks read from `contentFolder`.
    public static func render(_ markdown: String, contentFolder: URL) -> (html: String, diagnostics: [FilingRules.Diagnostic]) {
        let matter = FrontMatter(
            title: "Page", description: nil, weight: 0, draft: false, aliases: [], reviewed: nil,
            sources: [], confidence: nil, confidenceNote: nil, params: .map([]))
        let page = Page(sourcePath: "page.md", url: "page/", kind: .page, sectionPath: "", frontMatter: matter, body: markdown, bodyLineOffset: 0)
        let data = DataStore()
        let blocks = GeneratorBlocks(data: data, sources: SourceLinks(data: data), contentDirectory: contentFolder, rules: nil)
        let rendered = MarkdownRenderer(index: SiteIndex(pages: [page], files: []), blocks: blocks).render(page)
        return (rendered.html, rendered.diagnostics)
    }
}
