import Foundation

/// Renders a page that has no Markdown source (the checker's form and report) with the site's theme:
/// header, sidebar navigation and breadcrumbs, as if it lived at a given URL of the site.
public struct ThemedPageRenderer: Sendable {
    /// The template used for such pages, `theme/templates/checker.mustache`, falling back to `page`.
    public static let templateName = "checker"

    private let templates: TemplateSet
    private let contexts: PageContext
    private let tree: SiteTree
    private let pagesByURL: [String: Page]

    /// The theme, navigation and page contexts of a site already loaded for a build.
    init(model: SiteModel) {
        tree = model.tree
        pagesByURL = model.index.pagesByURL
        templates = model.content.templates
        contexts = model.contexts
    }

    /// The full HTML document for `body` (trusted HTML) at `url` (a folder such as `check/`), placed
    /// under the section at `section` (such as `checker/`) in breadcrumbs and navigation.
    public func render(url: String, title: String, description: String = "", body: String, section: String? = nil) -> String {
        let folder = url.isEmpty || url.hasSuffix("/") ? url : url + "/"
        let sectionPage = section.flatMap { pagesByURL[$0] }
        let matter = FrontMatter(
            title: title, description: description.isEmpty ? nil : description, weight: 0, draft: false, aliases: [],
            reviewed: nil, sources: [], confidence: nil, confidenceNote: nil, params: .map([]))
        let page = Page(
            sourcePath: folder + "_index.md", url: folder, kind: .page, sectionPath: sectionPage?.url ?? "",
            frontMatter: matter, body: "", bodyLineOffset: 0)
        var context = contexts.make(for: page, rendered: RenderedMarkdown(html: body))
        let chain = sectionPage.map { tree.ancestors(of: $0) + [$0] } ?? [tree.home]
        context["breadcrumbs"] = chain.map { PageContext.link(to: $0, from: folder) }
        if let sectionPage { context["nav"] = TemplateText(tree.sidebar(at: folder, within: sectionPage)) }
        context["prev"] = nil
        context["next"] = nil
        let name = templates.has(Self.templateName) ? Self.templateName : "page"
        return ChineseMarking.mark(templates.render(name, context))
    }
}
