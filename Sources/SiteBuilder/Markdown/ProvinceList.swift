/// Renders ```` ```provinces KEY ````: every province that states the limit KEY of `provinces.yaml`, with its
/// value, the entity type it is for, its confidence and dated sources, so a page about one rule lists what
/// the data says without repeating it in prose.
enum ProvinceList {
    static func render(key: String, data: DataStore, sources: SourceLinks, page: Page, index: SiteIndex, words: Words) -> Result<BlockOutput, BlockError> {
        guard let provinces = data.rows(file: "provinces", key: "provinces") else {
            return .failure(BlockError(message: "no province data", help: "add the list `provinces:` to content/data/provinces.yaml"))
        }
        let keys = (data.rows(file: "province-limits", key: "limits") ?? []).compactMap { $0["key"]?.text }
        guard keys.contains(key) else {
            return .failure(BlockError(message: "unknown limit `\(key)`", help: "use a key of content/data/province-limits.yaml: \(keys.joined(separator: ", "))"))
        }
        var rows = ""
        var missing: [String] = []
        for province in provinces {
            let name = province["name"]?.text ?? ""
            let slug = province["slug"]?.text ?? ""
            var cell = escapeHTML(name)
            if let target = index.pagesBySource["regions/\(slug).md"] {
                cell = "<a href=\"\(escapeHTML(relativeURL(from: page.url, to: target.outputFile)))\">\(cell)</a>"
            }
            let statements = ProvinceCard.statements(province.value(atPath: "limits.\(key)"))
            guard !statements.isEmpty else { missing.append(cell); continue }
            let disagree = ProvinceCard.disagree(statements)
            for (position, statement) in statements.enumerated() {
                rows += "<tr>" + (position == 0 ? "<th scope=\"row\" rowspan=\"\(statements.count)\">\(cell)</th>" : "")
                rows += ProvinceCard.statementCells(statement, disagree: disagree, sources: sources, words: words) + "</tr>\n"
            }
        }
        if !missing.isEmpty {
            rows += "<tr class=\"unknown-limits\"><th scope=\"row\">\(words("not_documented", "Not documented"))</th><td colspan=\"3\">\(missing.joined(separator: ", "))</td></tr>\n"
        }
        let html = "<div class=\"table-wrap\"><table class=\"data-table province-list\">\n"
            + "<thead><tr><th scope=\"col\">\(words("column_province", "Province"))</th><th scope=\"col\">\(words("column_value", "Value"))</th>"
            + "<th scope=\"col\">\(words("column_confidence", "Confidence"))</th><th scope=\"col\">\(words("column_sources", "Sources"))</th></tr></thead>\n<tbody>\n"
            + rows + "</tbody></table></div>\n"
        return .success(BlockOutput(html: html))
    }
}
