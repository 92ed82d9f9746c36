/// Renders ```` ```province SLUG ````: one province's limits from `provinces.yaml`, each with its
/// value, confidence and sources, and the limits nobody has documented for it.
enum ProvinceCard {
    static func render(slug: String, data: DataStore, sources: SourceLinks, page: Page, index: SiteIndex) -> Result<BlockOutput, BlockError> {
        guard let provinces = data.rows(file: "provinces", key: "provinces") else {
            return .failure(BlockError(message: "no province data", help: "add the list `provinces:` to content/data/provinces.yaml"))
        }
        guard let province = provinces.first(where: { $0["slug"]?.text == slug }) else {
            let slugs = provinces.compactMap { $0["slug"]?.text }.joined(separator: ", ")
            return .failure(BlockError(message: "unknown province `\(slug)`", help: "use one of: \(slugs)"))
        }
        guard let legend = data.rows(file: "province-limits", key: "limits") else {
            return .failure(BlockError(message: "no limit legend", help: "add the list `limits:` to content/data/province-limits.yaml"))
        }
        let rulesPage = index.pagesBySource[RuleReference.pageSource]

        var html = "<section class=\"province-card\" aria-labelledby=\"limits\">\n"
        html += headingHTML(level: 2, anchor: "limits", content: "Limits at a glance") + "\n"
        html += "<dl class=\"province-facts\">"
        for (label, key) in [("Chinese name", "full_name_zh"), ("Abbreviation", "abbreviation"), ("Also written", "aliases"), ("Region group", "region"), ("Reviewed", "reviewed"), ("Overall confidence", "confidence")] {
            guard let value = province[key]?.text, !value.isEmpty else { continue }
            html += "<dt>\(label)</dt><dd>\(escapeHTML(value))</dd>"
        }
        html += "</dl>\n"

        var unknown: [String] = []
        var rows = ""
        for entry in legend {
            guard let key = entry["key"]?.text else { continue }
            let title = entry["title"]?.text ?? DataTable.defaultTitle(key)
            guard let limit = province.value(atPath: "limits.\(key)"), let value = limit["value"], value != .null else {
                unknown.append(title)
                continue
            }
            var label = escapeHTML(title)
            if let rule = entry["rule"]?.text, let rulesPage {
                label += " <a class=\"rule-link\" href=\"\(escapeHTML(relativeURL(from: page.url, to: rulesPage.outputFile)))#\(escapeHTML(rule))\"><code>\(escapeHTML(rule))</code></a>"
            }
            let confidence = limit["confidence"]?.text ?? "unknown"
            rows += "<tr><th scope=\"row\">\(label)</th><td>\(escapeHTML(humanize(value)))</td>"
            rows += "<td><span class=\"confidence confidence-\(escapeHTML(confidence))\">\(escapeHTML(confidence))</span></td>"
            rows += "<td>\(sources.html(limit["sources"]))</td><td>\(escapeHTML(limit["note"]?.text ?? ""))</td></tr>\n"
        }
        if !rows.isEmpty {
            html += "<div class=\"table-wrap\"><table class=\"data-table province-limits\">\n"
            html += "<thead><tr><th scope=\"col\">Limit</th><th scope=\"col\">Value</th><th scope=\"col\">Confidence</th><th scope=\"col\">Sources</th><th scope=\"col\">Note</th></tr></thead>\n<tbody>\n"
            html += rows + "</tbody></table></div>\n"
        }
        if !unknown.isEmpty {
            html += "<p class=\"unknown-limits\"><strong>Not documented for this province:</strong> \(unknown.map(escapeHTML).joined(separator: "; ")). The general rules apply until a source says otherwise.</p>\n"
        }
        html += "</section>\n"
        return .success(BlockOutput(html: html, headings: [Heading(level: 2, title: "Limits at a glance", anchor: "limits")]))
    }

    /// Enumeration values read as words: `with_proof` -> "with proof", booleans as yes/no, a map as
    /// `individual: 7, organization: 15`.
    static func humanize(_ value: YAMLValue) -> String {
        switch value {
        case .string(let s): s.replacingOccurrences(of: "_", with: " ")
        case .list(let items): items.map(humanize).joined(separator: ", ")
        case .map(let pairs): pairs.map { "\($0.key.replacingOccurrences(of: "_", with: " ")): \(humanize($0.value))" }.joined(separator: ", ")
        default: value.text
        }
    }
}

/// Source ids shown as links to the pages they name, from `sources.yaml`.
struct SourceLinks {
    let byID: [String: YAMLValue]

    init(data: DataStore) {
        let rows = data.rows(file: "sources", key: "sources") ?? []
        byID = Dictionary(rows.compactMap { row in row["id"].map { ($0.text, row) } }, uniquingKeysWith: { a, _ in a })
    }

    func html(_ ids: YAMLValue?) -> String {
        guard case .list(let items)? = ids else { return ids.map { escapeHTML($0.text) } ?? "" }
        return html(items.map(\.text))
    }

    func html(_ ids: [String]) -> String {
        ids.map { id in
            guard let source = byID[id], let url = source["url"]?.text, url.hasPrefix("http") else { return escapeHTML(id) }
            let title = source["title"]?.text ?? id
            return "<a href=\"\(escapeHTML(url))\" title=\"\(escapeHTML(title))\">\(escapeHTML(id))</a>"
        }.joined(separator: ", ")
    }
}
