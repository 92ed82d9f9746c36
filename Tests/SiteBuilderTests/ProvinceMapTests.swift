import Foundation
import Testing
@testable import SiteBuilder

@Suite("Province tile map")
struct ProvinceMapTests {
    static let loaded = KnowledgeBaseTests.loaded
    static var data: DataStore { loaded.content.data }
    static var words: LimitValueLabels { LimitValueLabels(data: data) }

    static func render(_ key: String) throws -> String {
        let index = SiteIndex(pages: loaded.content.pages, files: [])
        let page = try #require(KnowledgeBaseTests.page("regions/_index.md"))
        return try ProvinceMap.render(key: key, data: data, page: page, index: index).get().html
    }

    @Test("the map has one linked tile per province, each to its own page, with its abbreviation, and no drawn borders")
    func tilesLink() throws {
        let html = try Self.render("individual_non_local")
        let provinces = Self.data.rows(file: "provinces", key: "provinces") ?? []
        #expect(html.components(separatedBy: "<a class=\"tile\"").count - 1 == 31)
        for province in provinces {
            let slug = try #require(province["slug"]?.text)
            #expect(html.contains("href=\"\(slug)/index.html\" aria-label=\"\(province["name"]?.text ?? "")"), "no tile link for \(slug)")
            #expect(html.contains(">\(province["abbreviation"]?.text ?? "?")</text>"))
        }
        #expect(!html.contains("<path") && !html.contains("<polygon") && !html.contains("stroke"))
        // The same facts as a table, for screen readers.
        #expect(html.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 31)
    }

    @Test("tiles are coloured by what the data says, with a legend in words and counts that add up to 31")
    func colouredByData() throws {
        let html = try Self.render("individual_non_local")
        #expect(html.contains("Allowed with local proof ("))
        #expect(html.contains("Not allowed ("))
        #expect(!html.contains("with_proof") && !html.contains("not_allowed"))
        let counts = html.components(separatedBy: "</svg> ").dropFirst().compactMap { item -> Int? in
            guard let open = item.lastIndex(of: "("), let close = item.lastIndex(of: ")") else { return nil }
            return Int(item[item.index(after: open)..<close])
        }
        #expect(counts.reduce(0, +) == 31)
    }

    @Test("changing a province's value changes its tile's colour")
    func followsData() throws {
        let provinces = Self.data.rows(file: "provinces", key: "provinces") ?? []
        let places = Self.data.rows(file: "province-tiles", key: "tiles") ?? []
        let before = try ProvinceMap.tiles(provinces: provinces, places: places, key: "individual_non_local", words: Self.words).get()
        var changed = provinces
        let beijing = try #require(changed.firstIndex { $0["slug"]?.text == "beijing" })
        guard case .map(var pairs) = changed[beijing], let limits = pairs.firstIndex(where: { $0.key == "limits" }) else {
            Issue.record("Beijing has no limits")
            return
        }
        pairs[limits].value = YAMLValue.map([(key: "individual_non_local", value: YAMLValue.map([(key: "value", value: YAMLValue.string("allowed"))]))])
        changed[beijing] = .map(pairs)
        let after = try ProvinceMap.tiles(provinces: changed, places: places, key: "individual_non_local", words: Self.words).get()
        #expect(after.first { $0.slug == "beijing" }?.category == "Allowed")
        #expect(before.first { $0.slug == "beijing" }?.category != "Allowed")
    }

    @Test("bad tile data is an error naming the province", arguments: [
        ("missing", "the province `beijing` has no tile"),
        ("duplicate", "share row"),
        ("stray", "not a province"),
        ("outside", "from 0 to 20"),
    ])
    func badTiles(problem: String, message: String) {
        let provinces = Self.data.rows(file: "provinces", key: "provinces") ?? []
        var places = Self.data.rows(file: "province-tiles", key: "tiles") ?? []
        func tile(_ slug: String, _ row: Int, _ column: Int) -> YAMLValue {
            .map([(key: "slug", value: .string(slug)), (key: "row", value: .int(row)), (key: "column", value: .int(column))])
        }
        switch problem {
        case "missing": places.removeAll { $0["slug"]?.text == "beijing" }
        case "duplicate": places[0] = tile(places[0]["slug"]?.text ?? "", 1, 5)
        case "stray": places.append(tile("atlantis", 12, 12))
        default: places[0] = tile(places[0]["slug"]?.text ?? "", 40, 0)
        }
        switch ProvinceMap.tiles(provinces: provinces, places: places, key: "individual_non_local", words: Self.words) {
        case .success: Issue.record("\(problem) was accepted")
        case .failure(let error): #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test("the real tile data places all 31 provinces without error")
    func realTiles() throws {
        let provinces = Self.data.rows(file: "provinces", key: "provinces") ?? []
        let places = Self.data.rows(file: "province-tiles", key: "tiles") ?? []
        let tiles = try ProvinceMap.tiles(provinces: provinces, places: places, key: "min_age", words: Self.words).get()
        #expect(tiles.count == 31)
        #expect(Set(tiles.map { "\($0.row),\($0.column)" }).count == 31)
    }
}
