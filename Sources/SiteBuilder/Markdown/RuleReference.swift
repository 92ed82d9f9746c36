import FilingRules

/// Renders ```` ```rules ```` from the loaded catalog: the full rule reference, or with `area=NAME` a list
/// of one area's rules linking to their entries. `RulebookCheck` checks the docs anchors, once.
struct RuleReference: Sendable {
    /// The page that holds the whole reference, which rule links elsewhere point at.
    static let pageSource = "checker/rules.md"

    let rules: [RuleEntry]
    let sources: SourceLinks
    /// Each rule's entry in `rules.yaml` as the edition reads it (its texts in the edition's language), by id.
    var entries: [String: YAMLValue] = [:]

    /// The entries of `rules.yaml` as an edition reads them, by id.
    static func entries(in data: DataStore) -> [String: YAMLValue] {
        Dictionary((data.rows(file: "rules", key: "rules") ?? []).compactMap { row in row["id"].map { ($0.text, row) } }, uniquingKeysWith: { a, _ in a })
    }

    /// A text of the rule in the edition's language, or the catalog's (English) text.
    private func text(_ rule: RuleEntry, _ key: String, _ english: String) -> String {
        entries[rule.id]?[key]?.text ?? english
    }

    /// The rule's title in the edition's language.
    func title(_ rule: RuleEntry) -> String { text(rule, "title", rule.title) }

    func render(argument: String, page: Page, index: SiteIndex, words: Words) -> Result<BlockOutput, BlockError> {
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
                html += "<li><a href=\"\(base)#\(id)\">\(escapeHTML(title(rule)))</a> <span class=\"rule-id\">(\(id))</span>"
                html += " <span class=\"severity severity-\(rule.severity.rawValue)\">\(escapeHTML(words("severity_" + rule.severity.rawValue, rule.severity.rawValue)))</span></li>\n"
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
                let area = words("rule_area", "Area")
                headings.append(Heading(level: 2, title: "\(area): \(rule.area)", anchor: anchor))
                html += "<section class=\"rule-area\">"
                    + headingHTML(level: 2, anchor: anchor, content: "\(escapeHTML(area)): <code>\(escapeHTML(rule.area))</code>", linkLabel: words("heading_link", "Link to this section")) + "\n"
            }
            let id = escapeHTML(rule.id)
            let severity = rule.severity.rawValue, confidence = rule.confidence.rawValue
            headings.append(Heading(level: 3, title: title(rule), anchor: rule.id))
            html += "<article class=\"rule-entry\" aria-labelledby=\"\(id)\">\n"
            html += headingHTML(level: 3, anchor: rule.id, content: "\(escapeHTML(title(rule))) <code class=\"rule-id\">\(id)</code>", linkLabel: words("rule_link_label", "Link to this rule"))
            html += "\n<dl class=\"rule-facts\">"
            func term(_ key: String, _ english: String) -> String { "<dt>\(escapeHTML(words(key, english)))</dt>" }
            html += term("rule_severity", "Severity") + "<dd><span class=\"severity severity-\(severity)\">\(escapeHTML(words("severity_" + severity, severity)))</span></dd>"
            html += term("rule_confidence", "Confidence") + "<dd><span class=\"confidence confidence-\(confidence)\">\(escapeHTML(words("confidence_" + confidence, confidence)))</span></dd>"
            html += term("rule_checks", "Checks") + "<dd>\(escapeHTML(text(rule, "checks", rule.checks)))</dd>"
            html += term("rule_why", "Why") + "<dd>\(escapeHTML(text(rule, "why", rule.why)))</dd>"
            if case let .site(url, _, _) = index.resolve("/" + rule.docs, sourceDirectory: "", outputDirectory: page.url, currentFile: page.outputFile) {
                html += term("rule_explained_in", "Explained in") + "<dd><a href=\"\(escapeHTML(url))\">\(escapeHTML(rule.docs))</a></dd>"
            }
            html += term("rule_sources", "Sources") + "<dd>\(sources.html(rule.sources))</dd></dl>\n</article>\n"
        }
        if !currentArea.isEmpty { html += "</section>\n" }
        return .success(BlockOutput(html: html, headings: headings))
    }
}
