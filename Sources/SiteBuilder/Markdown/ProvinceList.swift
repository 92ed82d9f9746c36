/// Renders ```` ```provinces KEY ````: every province that states the limit KEY of `provinces.yaml`, with its
/// value, the entity type it is for, its confidence and dated sources, so a page about one rule lists what
/// the data says without repeating it in prose.
enum ProvinceList {
    /// Lists of at most this many rows become label/value cards on narrow screens.
    static let stackedRows = 8

    static func render(key: String, data: DataStore, sources: SourceLinks, page: Page, index: SiteIndex, words: Words = .english) -> Result<BlockOutput, BlockError> {
        guard let provinces = data.rows(file: "provinces", key: "provinces") else {
            return .failure(BlockError(message: "no province data", help: "add the list `provinces:` to content/data/provinces.yaml"))
        }
        let keys = (data.rows(file: "province-limits", key: "limits") ?? []).compactMap { $0["key"]?.text }
        guard keys.contains(key) else {
            return .failure(BlockError(message: "unknown limit `\(key)`", help: "use a key of content/data/province-limits.yaml: \(keys.joined(separator: ", "))"))
        }
        let values = LimitValueLabels(data: data)
        var rows = ""
        var rowCount = 0
        var missing: [String] = []
        for province in provinces {
            let name = words.prefersChineseNames ? province["name_zh"]?.text ?? province["name"]?.text ?? "" : province["name"]?.text ?? ""
            let slug = province["slug"]?.text ?? ""
            var cell = escapeHTML(name)
            if let target = index.pagesBySource["regions/\(slug).md"] {
                cell = "<a href=\"\(escapeHTML(relativeURL(from: page.url, to: target.outputFile)))\">\(cell)</a>"
            }
            let statements = ProvinceCard.statements(province.value(atPath: "limits.\(key)"))
            guard !statements.isEmpty else { missing.append(cell); continue }
            let disagree = ProvinceCard.disagree(statements)
            for (position, statement) in statements.enumerated() {
                rowCount += 1
                rows += "<tr>" + (position == 0 ? "<th scope=\"row\" rowspan=\"\(statements.count)\">\(cell)</th>" : "")
                rows += ProvinceCard.statementCells(statement, disagree: disagree, sources: sources, values: values, words: words) + "</tr>\n"
            }
        }
        if !missing.isEmpty {
            rows += "<tr class=\"unknown-limits\"><th scope=\"row\">\(escapeHTML(words("not_documented", "Not documented")))</th><td colspan=\"3\">\(missing.joined(separator: ", "))</td></tr>\n"
        }
        // A few rows read best as cards on a phone; a long list stays a table that scrolls.
        let stack = rowCount <= Self.stackedRows ? " stack" : ""
        let html = "<div class=\"table-wrap\"><table class=\"data-table province-list\(stack)\">\n"
            + "<thead><tr>" + [("column_province", "Province"), ("column_value", "Value"), ("column_confidence", "Confidence"), ("column_sources", "Sources")]
                .map { "<th scope=\"col\">\(escapeHTML(words($0.0, $0.1)))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            + rows + "</tbody></table></div>\n"
        return .success(BlockOutput(html: html))
    }
}
