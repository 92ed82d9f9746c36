/// Renders ```` ```rules ```` from the catalog in `rules.yaml`: the full rule reference, or with
/// `area=NAME` a list of one area's rules linking to their entries.
struct RuleReference: Sendable {
    let rules: [YAMLValue]
    let sources: SourceLinks

    init?(data: DataStore) {
        guard let rules = data.rows(file: "rules", key: "rules") else { return nil }
        self.rules = rules.sorted { ($0["id"]?.text ?? "") < ($1["id"]?.text ?? "") }
        self.sources = SourceLinks(data: data)
    }

    static func area(of id: String) -> String { String(id.prefix { $0 != "/" }) }

    func render(argument: String, page: Page, index: SiteIndex) -> Result<BlockOutput, BlockError> {
        if argument.hasPrefix("area=") {
            let area = String(argument.dropFirst("area=".count))
            let chosen = rules.filter { Self.area(of: $0["id"]?.text ?? "") == area }
            guard !chosen.isEmpty else {
                let areas = Set(rules.map { Self.area(of: $0["id"]?.text ?? "") }).sorted().joined(separator: ", ")
                return .failure(BlockError(message: "no rules in area `\(area)`", help: "areas: \(areas)"))
            }
            guard let reference = index.pagesBySource["checker/rules.md"] else {
                return .failure(BlockError(message: "there is no rule reference page", help: "create content/checker/rules.md with a ```rules block"))
            }
            let base = relativeURL(from: page.url, to: reference.outputFile)
            var html = "<ul class=\"rule-list\">\n"
            for rule in chosen {
                let id = escapeHTML(rule["id"]?.text ?? "")
                html += "<li><a href=\"\(base)#\(id)\"><code>\(id)</code></a> \(escapeHTML(rule["title"]?.text ?? ""))"
                html += " <span class=\"severity severity-\(escapeHTML(rule["severity"]?.text ?? ""))\">\(escapeHTML(rule["severity"]?.text ?? ""))</span></li>\n"
            }
            return .success(BlockOutput(html: html + "</ul>\n"))
        }
        guard argument.isEmpty else {
            return .failure(BlockError(message: "unknown argument `\(argument)`", help: "write ```rules for the whole catalog or ```rules area=name for one area"))
        }
        var html = ""
        var headings: [Heading] = []
        var references: [(file: String, anchor: String)] = []
        var currentArea = ""
        for rule in rules {
            let id = rule["id"]?.text ?? ""
            let area = Self.area(of: id)
            if area != currentArea {
                if !currentArea.isEmpty { html += "</section>\n" }
                currentArea = area
                let anchor = "area-" + area
                headings.append(Heading(level: 2, title: "Area: \(area)", anchor: anchor))
                html += "<section class=\"rule-area\"><h2 id=\"\(escapeHTML(anchor))\">Area: <code>\(escapeHTML(area))</code><a class=\"heading-anchor\" href=\"#\(escapeHTML(anchor))\" aria-label=\"Link to this section\">#</a></h2>\n"
            }
            let title = rule["title"]?.text ?? id
            let severity = rule["severity"]?.text ?? ""
            headings.append(Heading(level: 3, title: id, anchor: id))
            html += "<article class=\"rule-entry\" aria-labelledby=\"\(escapeHTML(id))\">\n"
            html += "<h3 id=\"\(escapeHTML(id))\"><code>\(escapeHTML(id))</code> \(escapeHTML(title))<a class=\"heading-anchor\" href=\"#\(escapeHTML(id))\" aria-label=\"Link to this rule\">#</a></h3>\n<dl class=\"rule-facts\">"
            html += "<dt>Severity</dt><dd><span class=\"severity severity-\(escapeHTML(severity))\">\(escapeHTML(severity))</span></dd>"
            html += "<dt>Confidence</dt><dd><span class=\"confidence confidence-\(escapeHTML(rule["confidence"]?.text ?? ""))\">\(escapeHTML(rule["confidence"]?.text ?? ""))</span></dd>"
            if let checks = rule["checks"]?.text { html += "<dt>Checks</dt><dd>\(escapeHTML(checks))</dd>" }
            if let why = rule["why"]?.text { html += "<dt>Why</dt><dd>\(escapeHTML(why))</dd>" }
            if let docs = rule["docs"]?.text {
                switch index.resolve("/" + docs, sourceDirectory: "", outputDirectory: page.url, currentFile: page.outputFile) {
                case let .site(url, targetFile, anchor):
                    if let anchor { references.append((targetFile, anchor)) }
                    html += "<dt>Explained in</dt><dd><a href=\"\(escapeHTML(url))\">\(escapeHTML(docs))</a></dd>"
                case .external, .broken:
                    return .failure(BlockError(message: "rule `\(id)` points at `\(docs)`, which is not a page of the site",
                                               help: "set its `docs` in content/data/rules.yaml to PAGE/#ANCHOR, e.g. naming/#all-digits"))
                }
            }
            html += "<dt>Sources</dt><dd>\(sources.html(rule["sources"]))</dd></dl>\n</article>\n"
        }
        if !currentArea.isEmpty { html += "</section>\n" }
        return .success(BlockOutput(html: html, headings: headings, anchorReferences: references))
    }
}
