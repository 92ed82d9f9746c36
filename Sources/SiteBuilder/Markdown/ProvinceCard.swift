/// Renders ```` ```province SLUG ````: one province's limits from `provinces.yaml`, each statement with its
/// value, the entity type it is for, its confidence, its sources and their dates; the limits no source
/// documents, once; what the sources require beyond the limits; and the documents to prepare.
enum ProvinceCard {
    /// `ruleTitle` names the checker rule a limit links to, for readers of the link out of context.
    static func render(slug: String, data: DataStore, sources: SourceLinks, page: Page, index: SiteIndex, words: Words = .english,
                       ruleTitle: (String) -> String? = { _ in nil }) -> Result<BlockOutput, BlockError> {
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
        let values = LimitValueLabels(data: data)
        let glance = words("card_limits", "Limits at a glance")
        var headings = [Heading(level: 2, title: glance, anchor: "limits")]

        var html = "<section class=\"province-card\" aria-labelledby=\"limits\">\n"
        html += headingHTML(level: 2, anchor: "limits", content: escapeHTML(glance), linkLabel: words("heading_link", "Link to this section")) + "\n"
        html += "<dl class=\"province-facts\">"
        let facts = [
            ("Chinese name", "full_name_zh"), ("Abbreviation", "abbreviation"), ("Also written", "aliases"), ("Region group", "region"),
            ("Reviewed", "reviewed"), ("Overall confidence", "confidence"),
        ]
        for (label, key) in facts {
            guard var value = province[key]?.text, !value.isEmpty else { continue }
            if key == "region" || key == "confidence" { value = key == "region" ? values.text(.string(value)) : words("confidence_" + value, value) }
            html += "<dt>\(escapeHTML(words("card_" + key, label)))</dt><dd>\(escapeHTML(value))</dd>"
        }
        html += "</dl>\n"

        var unknown: [String] = []
        var rows = ""
        for entry in legend {
            guard let key = entry["key"]?.text else { continue }
            let title = entry["title"]?.text ?? DataTable.defaultTitle(key)
            let statements = Self.statements(province.value(atPath: "limits.\(key)"))
            guard !statements.isEmpty else {
                unknown.append(title)
                continue
            }
            var label = escapeHTML(title)
            if let rule = entry["rule"]?.text, let rulesPage {
                let href = relativeURL(from: page.url, to: rulesPage.outputFile) + "#" + rule
                let named = ruleTitle(rule).map { "<span class=\"visually-hidden\">\(words.prefersChineseNames ? "：" : ": ")\(escapeHTML($0))</span>" } ?? ""
                label += " <a class=\"rule-link\" href=\"\(escapeHTML(href))\">\(escapeHTML(words("rule_link", "checker rule")))\(named)</a>"
            }
            let disagree = Self.disagree(statements)
            for (position, statement) in statements.enumerated() {
                rows += "<tr>" + (position == 0 ? "<th scope=\"row\" rowspan=\"\(statements.count)\">\(label)</th>" : "")
                rows += statementCells(statement, disagree: disagree, sources: sources, values: values, words: words)
                let note = statement["note"]?.text ?? ""
                rows += note.isEmpty ? "<td></td></tr>\n" : "<td data-label=\"\(escapeHTML(words("column_note", "Note")))\">\(escapeHTML(note))</td></tr>\n"
            }
        }
        if !unknown.isEmpty {
            let items = unknown.map { "<li>\(escapeHTML($0))</li>" }.joined()
            rows += "<tr class=\"unknown-limits\"><th scope=\"row\">\(escapeHTML(words("not_documented", "Not documented")))</th><td colspan=\"4\">\(escapeHTML(words("not_documented_text", "No source states these limits for this province:")))<ul>\(items)</ul></td></tr>\n"
        }
        html += "<div class=\"table-wrap\"><table class=\"data-table province-limits stack\">\n"
        html += "<thead><tr>" + [("column_limit", "Limit"), ("column_value", "Value"), ("column_confidence", "Confidence"), ("column_sources", "Sources"), ("column_note", "Note")]
            .map { "<th scope=\"col\">\(escapeHTML(words($0.0, $0.1)))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        html += rows + "</tbody></table></div>\n"

        if case .list(let items)? = province["requirements"], !items.isEmpty {
            let title = words("card_requirements", "Other requirements")
            headings.append(Heading(level: 2, title: title, anchor: "requirements"))
            html += headingHTML(level: 2, anchor: "requirements", content: escapeHTML(title), linkLabel: words("heading_link", "Link to this section"))
                + "\n<ul class=\"province-requirements\">\n"
            for item in items {
                var text = escapeHTML(item["note"]?.text ?? item["text"]?.text ?? "")
                if let type = item["applies_to"]?.text { text = "<strong>\(entityLabel(type, words)):</strong> " + text }
                html += "<li>\(text) \(confidenceBadge(item, words)) \(sources.datedHTML(item["sources"], words: words))</li>\n"
            }
            html += "</ul>\n"
        }
        if case .map(let byType)? = province["materials"], !byType.isEmpty {
            let titles = Dictionary((data.rows(file: "materials", key: "materials") ?? []).compactMap { row in
                row["id"].map { ($0.text, row) }
            }, uniquingKeysWith: { a, _ in a })
            let title = words("card_documents", "Documents to prepare")
            headings.append(Heading(level: 2, title: title, anchor: "documents"))
            html += headingHTML(level: 2, anchor: "documents", content: escapeHTML(title), linkLabel: words("heading_link", "Link to this section")) + "\n"
            for (type, list) in byType {
                guard case .list(let items) = list else { continue }
                html += "<h3>\(entityLabel(type, words))</h3>\n<ul class=\"province-documents\">\n"
                for item in items {
                    let id = item["id"]?.text ?? ""
                    let material = titles[id]
                    var text = "<strong>\(escapeHTML(material?["title"]?.text ?? id))</strong>"
                    if !words.prefersChineseNames, let zh = material?["title_zh"]?.text { text += " (\(escapeHTML(zh)))" }
                    if let note = item["note"]?.text { text += ": " + escapeHTML(note) }
                    html += "<li>\(text) \(sources.datedHTML(item["sources"], words: words))</li>\n"
                }
                html += "</ul>\n"
            }
        }
        html += "</section>\n"
        return .success(BlockOutput(html: html, headings: headings))
    }

    /// The value, confidence and dated-source cells of one statement, shared by the card and the
    /// per-limit province list.
    static func statementCells(_ statement: YAMLValue, disagree: Bool, sources: SourceLinks, values: LimitValueLabels, words: Words) -> String {
        var value = escapeHTML(values.text(statement["value"] ?? .null))
        if let type = statement["applies_to"]?.text { value = "\(entityLabel(type, words)): " + value }
        if disagree { value += " <span class=\"conflict\">(\(escapeHTML(words("sources_disagree", "sources disagree"))))</span>" }
        func label(_ key: String, _ english: String) -> String { escapeHTML(words(key, english)) }
        return "<td data-label=\"\(label("column_value", "Value"))\">\(value)</td><td data-label=\"\(label("column_confidence", "Confidence"))\">\(confidenceBadge(statement, words))</td>"
            + "<td data-label=\"\(label("column_sources", "Sources"))\">\(sources.datedHTML(statement["sources"], words: words))</td>"
    }

    /// An entry's confidence as a labelled badge; the class keeps the English value for the theme.
    static func confidenceBadge(_ entry: YAMLValue, _ words: Words) -> String {
        let confidence = entry["confidence"]?.text ?? "unknown"
        let label = escapeHTML(words("confidence_" + confidence, confidence))
        return "<span class=\"confidence confidence-\(escapeHTML(confidence))\">\(label)</span>"
    }

    /// `individual` and `organization` as the pages name them.
    static func entityLabel(_ type: String, _ words: Words) -> String {
        escapeHTML(type == "individual" ? words("entity_individuals", "Individuals") : words("entity_organizations", "Organizations"))
    }

    /// A limit's statements: one map, or a list of them.
    static func statements(_ limit: YAMLValue?) -> [YAMLValue] {
        switch limit {
        case .list(let items)?:
            return items.filter { $0["value"] != nil && $0["value"] != .null }
        case .map(let pairs)?:
            guard let value = limit?["value"], value != .null else { return [] }
            return [.map(pairs)]
        default:
            return []
        }
    }

    /// Whether statements that apply to the same entity type give different values.
    static func disagree(_ statements: [YAMLValue]) -> Bool {
        for type in ["individual", "organization"] {
            let values = statements.filter { $0["applies_to"]?.text == nil || $0["applies_to"]?.text == type }.compactMap { $0["value"] }
            if values.contains(where: { $0 != values.first }) { return true }
        }
        return false
    }
}

/// The words the pages use for limit values, from `values:` in `province-limits.yaml`: `with_proof` reads
/// "Allowed with local proof", `true` (looked up as `yes`) "Yes"; a value without words keeps its spelling,
/// underscores as spaces.
struct LimitValueLabels {
    let labels: [String: String]

    init(data: DataStore) {
        var labels: [String: String] = [:]
        if case .map(let pairs)? = data.files["province-limits"]?["values"] {
            // Data read outside an edition still holds texts in several languages; those read in English.
            for pair in pairs { labels[pair.key] = pair.value.localized(to: "en", fallback: "en").text }
        }
        self.labels = labels
    }

    /// A value as words; a list joined with commas, a map as `Individuals: 7, Organizations: 15`.
    func text(_ value: YAMLValue) -> String {
        switch value {
        case .list(let items): items.map(text).joined(separator: ", ")
        case .map(let pairs): pairs.map { "\(word($0.key)): \(text($0.value))" }.joined(separator: ", ")
        default: word(value.text)
        }
    }

    private func word(_ value: String) -> String {
        labels[value] ?? value.replacingOccurrences(of: "_", with: " ")
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
        ids.map(link).joined(separator: ", ")
    }

    /// Each source with the date it gives itself, or "undated" and the day it was read.
    func datedHTML(_ ids: YAMLValue?, words: Words) -> String {
        guard case .list(let items)? = ids else { return html(ids) }
        return items.map(\.text).map { id in
            guard let source = byID[id] else { return escapeHTML(id) }
            let date = source["dated"]?.text.nonEmpty.map { escapeHTML($0) }
                ?? "\(escapeHTML(words("undated_read", "undated, read"))) \(escapeHTML(source["read"]?.text ?? ""))"
            return "\(link(id)) <span class=\"source-date\">(\(date))</span>"
        }.joined(separator: ", ")
    }

    private func link(_ id: String) -> String {
        guard let source = byID[id], let url = source["url"]?.text, url.hasPrefix("http") else { return escapeHTML(id) }
        let title = source["title"]?.text ?? id
        return "<a href=\"\(escapeHTML(url))\" title=\"\(escapeHTML(title))\">\(escapeHTML(id))</a>"
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
