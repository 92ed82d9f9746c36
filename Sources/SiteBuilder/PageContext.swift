/// Builds the dictionary a page's template renders from.
struct PageContext {
    let config: SiteConfig
    let tree: SiteTree
    let sources: SourceLinks
    let liveReload: Bool

    func make(for page: Page, rendered: RenderedMarkdown) -> [String: Any] {
        let root = relativeURL(from: page.url, to: "")
        func link(_ target: Page) -> [String: Any] {
            ["title": target.frontMatter.title, "url": relativeURL(from: page.url, to: target.outputFile),
             "description": target.frontMatter.description ?? ""]
        }
        var context: [String: Any] = [
            "site": ["title": config.title, "language": config.language],
            "root": root,
            "nav": tree.sidebar(for: page),
            "live_reload": liveReload,
            "breadcrumbs": tree.ancestors(of: page).map(link),
            "toc": tableOfContents(rendered.headings),
            "has_toc": rendered.headings.contains { $0.level == 2 || $0.level == 3 },
        ]
        if let previous = tree.previous(page) { context["prev"] = link(previous) }
        if let next = tree.next(page) { context["next"] = link(next) }
        if page.kind != .page { context["children"] = (tree.children[page.url] ?? []).map(link) }
        if let base = config.baseURL {
            context["canonical"] = (base.hasSuffix("/") ? base : base + "/") + page.url
        }
        let matter = page.frontMatter
        var info: [String: Any] = [
            "title": matter.title,
            "description": matter.description ?? "",
            "content": rendered.html,
            "kind": page.kind.rawValue,
            "reviewed": matter.reviewed ?? "",
            "confidence": matter.confidence ?? "",
            "confidence_note": matter.confidenceNote ?? "",
            "params": matter.params.templateValue,
            "source_path": page.diagnosticPath,
        ]
        info["sources"] = matter.sources.map { reference -> [String: Any] in
            let source = sources.byID[reference.id]
            return ["id": reference.id, "title": source?["title"]?.text ?? reference.id,
                    "url": source?["url"]?.text ?? "", "publisher": source?["publisher"]?.text ?? ""]
        }
        info["has_sources"] = !matter.sources.isEmpty
        context["page"] = info
        return context
    }

    /// h2 entries with their h3 entries nested.
    private func tableOfContents(_ headings: [Heading]) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let entry: [String: Any] = ["title": heading.title, "anchor": heading.anchor]
            if heading.level == 3, var last = entries.popLast() {
                var nested = last["children"] as? [[String: Any]] ?? []
                nested.append(entry)
                last["children"] = nested
                entries.append(last)
            } else {
                entries.append(entry)
            }
        }
        return entries
    }
}
