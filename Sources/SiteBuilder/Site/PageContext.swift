/// Builds the dictionary a page's template renders from.
struct PageContext {
    let config: SiteConfig
    let tree: SiteTree
    let sources: SourceLinks
    let liveReload: Bool
    /// The edition's language and folder (`""` for the original language).
    let language: String
    let prefix: String
    /// The theme's words in the edition's language.
    let text: [String: String]
    /// `text` as templates read it, made once: handing a `[String: String]` to a template would copy it
    /// into a `[String: Any]` at every `{{t.…}}` of every page (twice the build time of a large site).
    private let templateText: TemplateTable
    /// The site's title in the edition's language.
    let siteTitle: String
    /// Every edition: language code, folder and the language's own name for the switch.
    private let editions: [(language: String, prefix: String, name: String)]

    init(config: SiteConfig, tree: SiteTree, sources: SourceLinks, liveReload: Bool, language: String, prefix: String, strings: ThemeStrings) {
        self.config = config
        self.tree = tree
        self.sources = sources
        self.liveReload = liveReload
        self.language = language
        self.prefix = prefix
        text = strings.table(for: language)
        templateText = TemplateTable(values: text.mapValues { $0 as Any })
        siteTitle = strings.byLanguage[language]?["site_title"] ?? config.title
        editions = ([config.language] + config.translations).map { code in
            (code, code == config.language ? "" : code + "/", strings.text("language_name", code))
        }
    }

    /// The context of a page of the site: its Markdown rendered, its place in the navigation, its front matter.
    func make(for page: Page, rendered: RenderedMarkdown) -> [String: Any] {
        func link(_ target: Page) -> [String: Any] { Self.link(to: target, from: page.url) }
        var context = frame(url: page.url, headings: rendered.headings)
        context["nav"] = TemplateText(tree.sidebar(for: page))
        context["breadcrumbs"] = tree.ancestors(of: page).map(link)
        if let previous = tree.previous(page) { context["prev"] = link(previous) }
        if let next = tree.next(page) { context["next"] = link(next) }
        if page.kind != .page { context["children"] = (tree.children[page.url] ?? []).map(link) }
        let matter = page.frontMatter
        var info = pageInfo(title: matter.title, description: matter.description, html: rendered.html, kind: page.kind)
        info["params"] = matter.params.templateValue
        info["source_path"] = TemplateText(page.diagnosticPath)
        info.setIfPresent("reviewed", matter.reviewed)
        info.setIfPresent("confidence", matter.confidence)
        info.setIfPresent("confidence_label", matter.confidence.map { text["confidence_" + $0] ?? $0 })
        info.setIfPresent("confidence_note", matter.confidenceNote)
        info["sources"] = matter.sources.map { reference -> [String: Any] in
            let source = sources.byID[reference.id]
            var item: [String: Any] = ["id": TemplateText(reference.id), "title": TemplateText(source?["title"]?.text ?? reference.id)]
            item.setIfPresent("url", source?["url"]?.text)
            item.setIfPresent("publisher", source?["publisher"]?.text)
            return item
        }
        info["has_sources"] = !matter.sources.isEmpty
        info["untranslated"] = page.isUntranslated
        context["page"] = info
        return context
    }

    /// The same page in every other edition: `lang`, `name` (the language's own name) and a relative `url`.
    private func alternates(of url: String) -> [[String: Any]] {
        let path = url.hasPrefix(prefix) ? String(url.dropFirst(prefix.count)) : url
        return editions.filter { $0.language != language }.map { edition in
            [
                "lang": TemplateText(edition.language), "name": TemplateText(edition.name),
                "url": TemplateText(relativeURL(from: url, to: edition.prefix + path + "index.html")),
            ]
        }
    }

    /// The context of a page that has no Markdown (the checker's form): `html` at the folder `url`, in the
    /// breadcrumbs and navigation of `section` (the home page when nil), with no previous or next page.
    func make(standalone url: String, title: String, description: String?, html: String, section: Page?) -> [String: Any] {
        let within = section ?? tree.home
        var context = frame(url: url, headings: [])
        context["nav"] = TemplateText(tree.sidebar(at: url, within: within))
        context["breadcrumbs"] = (section.map { tree.ancestors(of: $0) + [$0] } ?? [tree.home]).map { Self.link(to: $0, from: url) }
        var info = pageInfo(title: title, description: description, html: html, kind: .page)
        info["params"] = [String: Any]()
        info["sources"] = [[String: Any]]()
        info["has_sources"] = false
        context["page"] = info
        return context
    }

    /// What every page's context holds: the site, the way back to the root, the table of contents, and
    /// the canonical URL when the site has a base URL.
    private func frame(url: String, headings: [Heading]) -> [String: Any] {
        let contents = tableOfContents(headings)
        var context: [String: Any] = [
            "site": ["title": TemplateText(siteTitle), "language": TemplateText(language)],
            "lang": TemplateText(language),
            "t": templateText.values,
            "home": TemplateText(relativeURL(from: url, to: prefix)),
            "alternates": alternates(of: url),
            "root": TemplateText(relativeURL(from: url, to: "")),
            "checker": TemplateText(relativeURL(from: url, to: prefix + "check/") + "index.html"),
            "live_reload": liveReload,
            "toc": tableOfContentsData(contents),
            "toc_html": TemplateText(tableOfContentsHTML(contents)),
            "has_toc": !contents.isEmpty,
        ]
        if let base = config.baseURL {
            context["canonical"] = TemplateText((base.hasSuffix("/") ? base : base + "/") + percentEncodingNonASCII(url))
        }
        return context
    }

    /// The `page` entry every context starts from.
    private func pageInfo(title: String, description: String?, html: String, kind: Page.Kind) -> [String: Any] {
        var info: [String: Any] = [
            "title": TemplateText(title),
            "content": TemplateText(html),
            "kind": TemplateText(kind.rawValue),
        ]
        info.setIfPresent("description", description)
        return info
    }

    /// A link to another page as templates receive it: `title`, `url` relative to `folder`, and `description`.
    static func link(to target: Page, from folder: String) -> [String: Any] {
        var item: [String: Any] = ["title": TemplateText(target.frontMatter.title), "url": TemplateText(relativeURL(from: folder, to: target.outputFile))]
        item.setIfPresent("description", target.frontMatter.description)
        return item
    }

    /// The h2 headings, each with the h3 headings that follow it (an h3 before any h2 stands alone).
    private func tableOfContents(_ headings: [Heading]) -> [(heading: Heading, children: [Heading])] {
        var entries: [(heading: Heading, children: [Heading])] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 3, !entries.isEmpty {
                entries[entries.count - 1].children.append(heading)
            } else {
                entries.append((heading, []))
            }
        }
        return entries
    }

    /// The table of contents as data for a template's own loop: `title`, `anchor` and `children`.
    private func tableOfContentsData(_ entries: [(heading: Heading, children: [Heading])]) -> [[String: Any]] {
        entries.map { entry in
            var item: [String: Any] = ["title": entry.heading.title, "anchor": entry.heading.anchor]
            if !entry.children.isEmpty { item["children"] = entry.children.map { ["title": $0.title, "anchor": $0.anchor] } }
            return item
        }
    }

    /// The table of contents as HTML list items, h3 entries in a list nested in their h2's item. Built here,
    /// as the sidebar is, because rendering it with a template loop cost a third as much as all the rest of
    /// a page's templates.
    private func tableOfContentsHTML(_ entries: [(heading: Heading, children: [Heading])]) -> String {
        func link(_ heading: Heading) -> String {
            "<li><a href=\"#\(escapeHTML(heading.anchor))\">\(escapeHTML(heading.title))</a>"
        }
        var html = ""
        for entry in entries {
            html += link(entry.heading)
            if !entry.children.isEmpty { html += "<ol>" + entry.children.map { link($0) + "</li>" }.joined() + "</ol>" }
            html += "</li>\n"
        }
        return html
    }
}

extension [String: Any] {
    /// Sets the key only for a value that is there and not empty: Mustache renders a section for any
    /// string, the empty one included, so `{{#page.reviewed}}` must find no key on a page never reviewed.
    fileprivate mutating func setIfPresent(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { self[key] = TemplateText(value) }
    }
}

/// Template data made once and shared by every page; it holds only strings, which never change.
private struct TemplateTable: @unchecked Sendable {
    let values: [String: Any]
}
