import Foundation

/// Renders a page that has no Markdown source (the checker's form and report) with the site's theme:
/// header, sidebar navigation and breadcrumbs, as if it lived at a given URL of the site.
public struct ThemedPageRenderer: Sendable {
    /// The template used for such pages, `theme/templates/checker.mustache`, falling back to `page`.
    public static let templateName = "checker"

    private let templates: TemplateSet
    private let contexts: PageContext
    private let pagesByURL: [String: Page]

    /// The theme, navigation and page contexts of a site already loaded for a build.
    init(model: SiteModel) {
        pagesByURL = model.index.pagesByURL
        templates = model.content.templates
        contexts = model.contexts
    }

    /// The full HTML document for `body` (trusted HTML) at `url` (a folder such as `check/`), placed
    /// under the section at `section` (such as `checker/`) in breadcrumbs and navigation.
    public func render(url: String, title: String, description: String = "", body: String, section: String? = nil) -> String {
        let folder = url.isEmpty || url.hasSuffix("/") ? url : url + "/"
        let context = contexts.make(
            standalone: folder, title: title, description: description, html: body, section: section.flatMap { pagesByURL[$0] })
        let name = templates.has(Self.templateName) ? Self.templateName : "page"
        return ChineseMarking.mark(templates.render(name, context))
    }
}
