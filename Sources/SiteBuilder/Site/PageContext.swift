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
        siteTitle = strings.byLanguage[language]?["site_title"] ?? config.title
        editions = ([config.language] + config.translations).map { code in
            (code, code == config.language ? "" : code + "/", strings.text("language_name", code))
        }
    }

    func make(for page: Page, rendered: RenderedMarkdown) -> [String: Any] {
        let root = relativeURL(from: page.url, to: "")
        let contents = tableOfContents(rendered.headings)
        func link(_ target: Page) -> [String: Any] { Self.link(to: target, from: page.url) }
        var context: [String: Any] = [
            "site": ["title": TemplateText(siteTitle), "language": TemplateText(language)],
            "lang": TemplateText(language),
            "t": text,
            "home": TemplateText(relativeURL(from: page.url, to: prefix)),
            "alternates": alternates(of: page),
            "root": TemplateText(root),
            "nav": TemplateText(tree.sidebar(for: page)),
            "live_reload": liveReload,
            "breadcrumbs": tree.ancestors(of: page).map(link),
            "toc": tableOfContentsData(contents),
            "toc_html": TemplateText(tableOfContentsHTML(contents)),
            "has_toc": !contents.isEmpty,
        ]
        if let previous = tree.previous(page) { context["prev"] = link(previous) }
        if let next = tree.next(page) { context["next"] = link(next) }
        if page.kind != .page { context["children"] = (tree.children[page.url] ?? []).map(link) }
        if let base = config.baseURL {
            context["canonical"] = TemplateText((base.hasSuffix("/") ? base : base + "/") + percentEncodingNonASCII(page.url))
        }
        let matter = page.frontMatter
        var info: [String: Any] = [
            "title": TemplateText(matter.title),
            "content": TemplateText(rendered.html),
            "kind": TemplateText(page.kind.rawValue),
            "params": matter.params.templateValue,
            "source_path": TemplateText(page.diagnosticPath),
        ]
        info.setIfPresent("description", matter.description)
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
    private func alternates(of page: Page) -> [[String: Any]] {
        let path = page.url.hasPrefix(prefix) ? String(page.url.dropFirst(prefix.count)) : page.url
        return editions.filter { $0.language != language }.map { edition in
            [
                "lang": TemplateText(edition.language), "name": TemplateText(edition.name),
                "url": TemplateText(relativeURL(from: page.url, to: edition.prefix + path + "index.html")),
            ]
        }
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
