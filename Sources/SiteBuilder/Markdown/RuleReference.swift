import FilingRules

/// Renders ```` ```rules ```` from the loaded catalog: the full rule reference, or with `area=NAME` a list
/// of one area's rules linking to their entries. `RulebookCheck` checks the docs anchors, once.
struct RuleReference: Sendable {
    /// The page that holds the whole reference, which rule links elsewhere point at.
    static let pageSource = "checker/rules.md"

    let rules: [RuleEntry]
    let sources: SourceLinks

    func render(argument: String, page: Page, index: SiteIndex) -> Result<BlockOutput, BlockError> {
        if argument.hasPrefix("area=") {
            let area = String(argument.dropFirst("area=".count))
            let chosen = rules.filter { $0.area == area }
            guard !chosen.isEmpty else {
                let areas = Set(rules.map(\.area)).sorted().joined(separator: ", ")
                return .failure(BlockError(message: "no rules in area `\(area)`", help: "areas: \(areas)"))
            }
            guard let reference = index.pagesBySource[Self.pageSource] else {
                return .failure(BlockError(message: "there is no rule reference page", help: "create content/checker/rules.md with a ```rules block"))
            }
            let base = relativeURL(from: page.url, to: reference.outputFile)
            var html = "<ul class=\"rule-list\">\n"
            for rule in chosen {
                let id = escapeHTML(rule.id)
                html += "<li><a href=\"\(base)#\(id)\">\(escapeHTML(rule.title))</a> <span class=\"rule-id\">(\(id))</span>"
                html += " <span class=\"severity severity-\(rule.severity.rawValue)\">\(rule.severity.rawValue)</span></li>\n"
            }
            return .success(BlockOutput(html: html + "</ul>\n"))
        }
        guard argument.isEmpty else {
            return .failure(BlockError(message: "unknown argument `\(argument)`", help: "write ```rules for the whole catalog or ```rules area=name for one area"))
        }
        var html = ""
        var headings: [Heading] = []
        var currentArea = ""
        for rule in rules {
            if rule.area != currentArea {
                if !currentArea.isEmpty { html += "</section>\n" }
                currentArea = rule.area
                let anchor = "area-" + rule.area
                headings.append(Heading(level: 2, title: "Area: \(rule.area)", anchor: anchor))
                html += "<section class=\"rule-area\">" + headingHTML(level: 2, anchor: anchor, content: "Area: <code>\(escapeHTML(rule.area))</code>") + "\n"
            }
            let id = escapeHTML(rule.id)
            let severity = rule.severity.rawValue, confidence = rule.confidence.rawValue
            headings.append(Heading(level: 3, title: rule.title, anchor: rule.id))
            html += "<article class=\"rule-entry\" aria-labelledby=\"\(id)\">\n"
            html += headingHTML(level: 3, anchor: rule.id, content: "\(escapeHTML(rule.title)) <code class=\"rule-id\">\(id)</code>", linkLabel: "Link to this rule")
            html += "\n<dl class=\"rule-facts\">"
            html += "<dt>Severity</dt><dd><span class=\"severity severity-\(severity)\">\(severity)</span></dd>"
            html += "<dt>Confidence</dt><dd><span class=\"confidence confidence-\(confidence)\">\(confidence)</span></dd>"
            html += "<dt>Checks</dt><dd>\(escapeHTML(rule.checks))</dd>"
            html += "<dt>Why</dt><dd>\(escapeHTML(rule.why))</dd>"
            if case let .site(url, _, _) = index.resolve("/" + rule.docs, sourceDirectory: "", outputDirectory: page.url, currentFile: page.outputFile) {
                html += "<dt>Explained in</dt><dd><a href=\"\(escapeHTML(url))\">\(escapeHTML(rule.docs))</a></dd>"
            }
            html += "<dt>Sources</dt><dd>\(sources.html(rule.sources))</dd></dl>\n</article>\n"
        }
        if !currentArea.isEmpty { html += "</section>\n" }
        return .success(BlockOutput(html: html, headings: headings))
    }
}
