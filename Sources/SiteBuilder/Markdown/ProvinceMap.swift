/// Renders ```` ```province-map KEY ````: a tile map of the 31 provinces as inline SVG, one equal square per
/// province at its place in `province-tiles.yaml`, coloured by what the data says of the limit KEY, with
/// the province's one-character abbreviation on it and a link to its page; then the legend in text and the
/// same data as a table for screen readers. A tile map draws no borders, only squares.
enum ProvinceMap {
    static let tileSize = 48, gap = 4
    /// Fills for the values, most common first; white text on each has a contrast of at least 4.5:1.
    static let palette = ["#1f5f99", "#a34a0b", "#17703a", "#6d2f9c", "#a3262e", "#0f6464"]
    static let unknownFill = "#5f6773"
    static let unknownLabel = "Not documented", variesLabel = "Varies by entity type or source"

    /// One province's tile: where it goes and what it shows.
    struct Tile {
        var slug: String, name: String, nameZH: String, abbreviation: String
        var row: Int, column: Int
        var category: String
    }

    static func render(key: String, data: DataStore, page: Page, index: SiteIndex, words theme: Words = .english) -> Result<BlockOutput, BlockError> {
        guard let provinces = data.rows(file: "provinces", key: "provinces") else {
            return .failure(BlockError(message: "no province data", help: "add the list `provinces:` to content/data/provinces.yaml"))
        }
        guard let places = data.rows(file: "province-tiles", key: "tiles") else {
            return .failure(BlockError(message: "no tile positions", help: "add the list `tiles:` to content/data/province-tiles.yaml"))
        }
        let legend = data.rows(file: "province-limits", key: "limits") ?? []
        guard let limit = legend.first(where: { $0["key"]?.text == key }) else {
            let keys = legend.compactMap { $0["key"]?.text }.joined(separator: ", ")
            return .failure(BlockError(message: "unknown limit `\(key)`", help: "use a key of content/data/province-limits.yaml: \(keys)"))
        }
        let words = LimitValueLabels(data: data)
        let tiles: [Tile]
        switch Self.tiles(provinces: provinces, places: places, key: key, words: words) {
        case .success(let t): tiles = t
        case .failure(let e): return .failure(e)
        }
        let categories = Self.categories(tiles)
        guard categories.filter({ $0 != unknownLabel }).count <= palette.count else {
            return .failure(BlockError(
                message: "the limit `\(key)` has \(categories.count) different values, more than the map's \(palette.count) colours",
                help: "map a limit with fewer values"))
        }
        var fills: [String: String] = [:]
        for (offset, category) in categories.filter({ $0 != unknownLabel }).enumerated() { fills[category] = palette[offset] }
        fills[unknownLabel] = unknownFill
        let title = limit["title"]?.text ?? DataTable.defaultTitle(key)
        let links = Dictionary(tiles.map { tile -> (String, String?) in
            (tile.slug, index.pagesBySource["regions/\(tile.slug).md"].map { relativeURL(from: page.url, to: $0.outputFile) })
        }, uniquingKeysWith: { a, _ in a })
        let labels = Labels(words: theme)
        return .success(BlockOutput(html: svg(tiles, title: title, fills: fills, links: links, labels: labels)
            + legendHTML(categories, tiles: tiles, fills: fills, title: title, labels: labels)
            + tableHTML(tiles, title: title, links: links, labels: labels)))
    }

    /// The map's words in the page's language: the two categories it makes itself, a province's name, captions.
    struct Labels {
        let words: Words

        func category(_ category: String) -> String {
            category == unknownLabel ? words("not_documented", unknownLabel) : category == variesLabel ? words("map_varies", variesLabel) : category
        }

        func name(_ tile: Tile) -> String { words.prefersChineseNames && !tile.nameZH.isEmpty ? tile.nameZH : tile.name }
    }

    /// The tiles in the order of `provinces.yaml`; every province needs exactly one place, each place its own cell.
    static func tiles(provinces: [YAMLValue], places: [YAMLValue], key: String, words: LimitValueLabels) -> Result<[Tile], BlockError> {
        var bySlug: [String: (row: Int, column: Int)] = [:]
        var taken: [String: String] = [:]
        for place in places {
            let slug = place["slug"]?.text ?? ""
            guard case .int(let row)? = place["row"], case .int(let column)? = place["column"], (0...20).contains(row), (0...20).contains(column) else {
                return .failure(BlockError(message: "the tile of `\(slug)` needs a `row` and a `column` from 0 to 20", help: "in content/data/province-tiles.yaml"))
            }
            guard bySlug[slug] == nil else {
                return .failure(BlockError(message: "`\(slug)` has two tiles", help: "keep one of them in content/data/province-tiles.yaml"))
            }
            if let other = taken["\(row),\(column)"] {
                return .failure(BlockError(message: "`\(slug)` and `\(other)` share row \(row), column \(column)", help: "move one of the tiles"))
            }
            taken["\(row),\(column)"] = slug
            bySlug[slug] = (row, column)
        }
        var tiles: [Tile] = []
        for province in provinces {
            let slug = province["slug"]?.text ?? ""
            guard let place = bySlug.removeValue(forKey: slug) else {
                return .failure(BlockError(message: "the province `\(slug)` has no tile", help: "add `{slug: \(slug), row: …, column: …}` to content/data/province-tiles.yaml"))
            }
            let statements = ProvinceCard.statements(province.value(atPath: "limits.\(key)"))
            let values = Set(statements.map { words.text($0["value"] ?? .null) })
            let category = values.isEmpty ? unknownLabel : values.count == 1 ? values.first! : variesLabel
            tiles.append(Tile(
                slug: slug, name: province["name"]?.text ?? slug, nameZH: province["name_zh"]?.text ?? "",
                abbreviation: province["abbreviation"]?.text ?? "", row: place.row, column: place.column, category: category))
        }
        if let stray = bySlug.keys.sorted().first {
            return .failure(BlockError(message: "a tile for `\(stray)`, which is not a province of provinces.yaml", help: "remove it or fix its slug"))
        }
        return .success(tiles)
    }

    /// The values shown, most common first (ties in the order of the data), "not documented" last.
    static func categories(_ tiles: [Tile]) -> [String] {
        var counts: [String: Int] = [:], order: [String] = []
        for tile in tiles {
            if counts[tile.category] == nil { order.append(tile.category) }
            counts[tile.category, default: 0] += 1
        }
        let known = order.filter { $0 != unknownLabel }.enumerated()
            .sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }.map(\.element)
        return known + (counts[unknownLabel] == nil ? [] : [unknownLabel])
    }

    private static func svg(_ tiles: [Tile], title: String, fills: [String: String], links: [String: String?], labels: Labels) -> String {
        let step = tileSize + gap
        let width = (tiles.map(\.column).max() ?? 0) * step + tileSize, height = (tiles.map(\.row).max() ?? 0) * step + tileSize
        var html = "<figure class=\"province-map\">\n<svg viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" style=\"max-width:100%;height:auto\" role=\"group\" aria-label=\"\(escapeHTML(labels.words("map_label", "Map of the provinces:"))) \(escapeHTML(title))\">\n"
        for tile in tiles {
            let x = tile.column * step, y = tile.row * step
            let label = escapeHTML("\(labels.name(tile)): \(labels.category(tile.category))")
            let shape = "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(tileSize)\" height=\"\(tileSize)\" rx=\"6\" fill=\"\(fills[tile.category] ?? unknownFill)\"/>"
                + "<text x=\"\(x + tileSize / 2)\" y=\"\(y + tileSize / 2 + 7)\" text-anchor=\"middle\" font-size=\"20\" fill=\"#fff\" lang=\"zh-CN\">\(escapeHTML(tile.abbreviation))</text>"
            if let href = links[tile.slug] ?? nil {
                html += "<a class=\"tile\" href=\"\(escapeHTML(href))\" aria-label=\"\(label)\" data-province=\"\(escapeHTML(tile.slug))\"><title>\(label)</title>\(shape)</a>\n"
            } else {
                html += "<g class=\"tile\" aria-label=\"\(label)\" data-province=\"\(escapeHTML(tile.slug))\"><title>\(label)</title>\(shape)</g>\n"
            }
        }
        return html + "</svg>\n"
    }

    private static func legendHTML(_ categories: [String], tiles: [Tile], fills: [String: String], title: String, labels: Labels) -> String {
        var html = "<figcaption><p class=\"map-title\">\(escapeHTML(title))\(escapeHTML(labels.words("map_by_province", ", by province"))):</p>\n<ul class=\"map-legend\" style=\"list-style:none;padding-left:0\">\n"
        for category in categories {
            let count = tiles.filter { $0.category == category }.count
            let swatch = "<svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect width=\"14\" height=\"14\" rx=\"3\" fill=\"\(fills[category] ?? unknownFill)\"/></svg>"
            html += "<li>\(swatch) \(escapeHTML(labels.category(category))) (\(count))</li>\n"
        }
        return html + "</ul></figcaption>\n</figure>\n"
    }

    private static func tableHTML(_ tiles: [Tile], title: String, links: [String: String?], labels: Labels) -> String {
        var html = "<div class=\"visually-hidden\"><table><caption>\(escapeHTML(title))\(escapeHTML(labels.words("map_by_province", ", by province")))</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(escapeHTML(labels.words("column_province", "Province")))</th><th scope=\"col\">\(escapeHTML(title))</th></tr></thead>\n<tbody>\n"
        for tile in tiles {
            var name = "\(escapeHTML(tile.name)) \(escapeHTML(tile.nameZH))"
            if let href = links[tile.slug] ?? nil { name = "<a href=\"\(escapeHTML(href))\" tabindex=\"-1\">\(name)</a>" }
            html += "<tr><th scope=\"row\">\(name)</th><td>\(escapeHTML(labels.category(tile.category)))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }
}
