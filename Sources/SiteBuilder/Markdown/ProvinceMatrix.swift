import Foundation

/// Renders ```` ```province-matrix ````: every province in a row with its names, prefix and region group,
/// and one column per limit listed in the block (`key: Column title`), values in words.
enum ProvinceMatrix {
    static func render(spec: String, data: DataStore, page: Page, index: SiteIndex, words: Words = .english) -> Result<BlockOutput, BlockError> {
        guard let provinces = data.rows(file: "provinces", key: "provinces") else {
            return .failure(BlockError(message: "no province data", help: "add the list `provinces:` to content/data/provinces.yaml"))
        }
        let keys = Set((data.rows(file: "province-limits", key: "limits") ?? []).compactMap { $0["key"]?.text })
        var columns: [(key: String, title: String)] = []
        for (offset, line) in spec.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.allSatisfy(\.isWhitespace) {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, keys.contains(parts[0]), !parts[1].isEmpty else {
                return .failure(BlockError(
                    message: "`\(line)` is not `limit_key: Column title` with a key of province-limits.yaml",
                    help: "for example `min_age: Minimum age`", bodyLine: offset + 1))
            }
            columns.append((parts[0], words.columnTitle(parts[1])))
        }
        let values = LimitValueLabels(data: data)
        var html = "<div class=\"table-wrap\"><table class=\"data-table province-matrix\">\n<thead><tr>"
        let fixed = [words("column_province", "Province"), words("table.中文", "中文"), words("table.Prefix", "Prefix"), words("card_region", "Region group")]
        for title in fixed + columns.map(\.title) {
            html += "<th scope=\"col\">\(escapeHTML(title))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for province in provinces {
            let slug = province["slug"]?.text ?? ""
            var name = escapeHTML((words.prefersChineseNames ? province["name_zh"]?.text : nil) ?? province["name"]?.text ?? slug)
            if let target = index.pagesBySource["regions/\(slug).md"] {
                name = "<a href=\"\(escapeHTML(relativeURL(from: page.url, to: target.outputFile)))\">\(name)</a>"
            }
            html += "<tr id=\"matrix-\(escapeHTML(slug))\"><th scope=\"row\">\(name)</th>"
            html += "<td>\(escapeHTML(province["name_zh"]?.text ?? ""))</td><td>\(escapeHTML(province["abbreviation"]?.text ?? ""))</td>"
            html += "<td>\(escapeHTML(values.text(province["region"] ?? .null)))</td>"
            for column in columns {
                let statements = ProvinceCard.statements(province.value(atPath: "limits.\(column.key)"))
                let text = statements.map { statement -> String in
                    let value = escapeHTML(values.text(statement["value"] ?? .null))
                    return statement["applies_to"].map { "\(ProvinceCard.entityLabel($0.text, words)): \(value)" } ?? value
                }
                html += text.isEmpty ? "<td><span class=\"unknown\">\(escapeHTML(words("not_documented_cell", "not documented")))</span></td>" : "<td>\(text.joined(separator: "; "))</td>"
            }
            html += "</tr>\n"
        }
        return .success(BlockOutput(html: html + "</tbody></table></div>\n"))
    }
}
