import Yams

/// Renders ```` ```table FILE ```` blocks: rows of a data file as an HTML table.
enum DataTable {
    struct Column {
        var key: String
        var title: String
        var link: String?
    }

    static func render(file: String, spec: String, data: DataStore, page: Page, index: SiteIndex, words: Words? = nil) -> Result<BlockOutput, BlockError> {
        guard !file.isEmpty else {
            return .failure(BlockError(message: "name the data file: ```table provinces", help: "the name is a file in content/data without .yaml"))
        }
        guard data.files[file] != nil else {
            let known = data.files.keys.sorted().joined(separator: ", ")
            return .failure(BlockError(message: "unknown data table `\(file)`", help: "no content/data/\(file).yaml; known: \(known)"))
        }
        let specValue: YAMLValue
        switch composeYAML(spec, file: "") {
        case .success(let node): specValue = node.map(YAMLValue.init) ?? .map([])
        case .failure(let d): return .failure(BlockError(message: d.message, help: d.help, bodyLine: d.line))
        }
        let rowsKey = specValue["rows"]?.text
        guard var rows = data.rows(file: file, key: rowsKey) else {
            return .failure(BlockError(
                message: "content/data/\(file).yaml has no list \(rowsKey.map { "at `\($0)`" } ?? "named `\(file)`")",
                help: "set `rows:` to the key of the list inside the file"))
        }
        if case .map(let conditions)? = specValue["where"] {
            rows = rows.filter { row in conditions.allSatisfy { row.value(atPath: $0.key)?.text == $0.value.text } }
        }
        let columns: [Column]
        switch parseColumns(specValue["columns"], rows: rows) {
        case .success(let c): columns = c
        case .failure(let e): return .failure(e)
        }
        let anchorKey = specValue["anchor"]?.text

        var html = "<div class=\"table-wrap\"><table class=\"data-table data-\(escapeHTML(file))\">\n<thead><tr>"
        for column in columns { html += "<th scope=\"col\">\(escapeHTML(words?.columnTitle(column.title) ?? column.title))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            let id = anchorKey.flatMap { row.value(atPath: $0)?.text }.map { " id=\"\(escapeHTML($0))\"" } ?? ""
            html += "<tr\(id)>"
            for (position, column) in columns.enumerated() {
                var cell = row.value(atPath: column.key).map { escapeHTML($0.text) } ?? ""
                if cell.isEmpty { cell = "<span class=\"unknown\" title=\"\(escapeHTML(words?("not_known", "not known") ?? "not known"))\">—</span>" }
                if let template = column.link {
                    switch link(template, row: row, page: page, index: index) {
                    case .success(let href?): cell = "<a href=\"\(escapeHTML(href))\">\(cell)</a>"
                    case .success(nil): break
                    case .failure(let e): return .failure(e)
                    }
                }
                html += position == 0 ? "<th scope=\"row\">\(cell)</th>" : "<td>\(cell)</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody></table></div>\n"
        return .success(BlockOutput(html: html))
    }

    private static func parseColumns(_ value: YAMLValue?, rows: [YAMLValue]) -> Result<[Column], BlockError> {
        guard case .list(let items)? = value, !items.isEmpty else {
            return .failure(BlockError(message: "missing `columns:`", help: "list the keys to show, e.g. `columns: [name, name_zh]`"))
        }
        var columns: [Column] = []
        for item in items {
            var column: Column
            if case .map = item {
                guard let key = item["key"]?.text, !key.isEmpty else {
                    return .failure(BlockError(message: "a column without `key`", help: "write columns as `{key: name, title: Province}`"))
                }
                column = Column(key: key, title: item["title"]?.text ?? defaultTitle(key), link: item["link"]?.text)
            } else {
                column = Column(key: item.text, title: defaultTitle(item.text), link: nil)
            }
            if !rows.isEmpty && !rows.contains(where: { $0.value(atPath: column.key) != nil }) {
                let keys = Set(rows.flatMap { row -> [String] in
                    if case .map(let pairs) = row { return pairs.map(\.key) } else { return [] }
                }).sorted()
                return .failure(BlockError(message: "unknown column `\(column.key)`", help: "the rows have: \(keys.joined(separator: ", "))"))
            }
            columns.append(column)
        }
        return .success(columns)
    }

    /// Fills `{key}` placeholders from the row and resolves the result like a Markdown link.
    private static func link(_ template: String, row: YAMLValue, page: Page, index: SiteIndex) -> Result<String?, BlockError> {
        var href = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            href += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            guard let value = row.value(atPath: key)?.text, !value.isEmpty else { return .success(nil) }
            href += value
            rest = rest[rest.index(after: close)...]
        }
        href += rest
        switch index.resolve(href, from: page) {
        case .external: return .success(href)
        case .site(let url, _, _): return .success(url)
        case .broken(let message, let help): return .failure(BlockError(message: message, help: help))
        }
    }

    static func defaultTitle(_ key: String) -> String {
        let last = key.split(separator: ".").last(where: { $0 != "value" }) ?? Substring(key)
        let words = last.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
