import Foundation
import Testing
@testable import SiteBuilder

/// The province pages show the data and nothing beside it: every limit the data holds is in the table,
/// and "not documented" appears once, in the table, for the keys no source covers.
@Suite("Province pages")
struct ProvincePagesTests {
    static let loaded = KnowledgeBaseTests.loaded
    static var data: DataStore { loaded.content.data }
    static var provinces: [YAMLValue] { data.rows(file: "provinces", key: "provinces") ?? [] }
    static var legend: [YAMLValue] { data.rows(file: "province-limits", key: "limits") ?? [] }

    @Test("no page says a limit is not documented when the data holds it, and none repeats it in prose")
    func notDocumentedOnlyWhereUnknown() throws {
        let index = SiteIndex(pages: Self.loaded.content.pages, files: [])
        #expect(Self.provinces.count == 31)
        for province in Self.provinces {
            let slug = province["slug"]?.text ?? ""
            let page = try #require(KnowledgeBaseTests.page("regions/\(slug).md"))
            let html = try ProvinceCard.render(slug: slug, data: Self.data, sources: SourceLinks(data: Self.data), page: page, index: index).get().html
            #expect(html.components(separatedBy: ">Not documented<").count <= 2, "\(slug): more than one not-documented row")
            let unknownRow = html.components(separatedBy: "<tr class=\"unknown-limits\">").dropFirst().first ?? ""
            for entry in Self.legend {
                guard let key = entry["key"]?.text, let title = entry["title"]?.text else { continue }
                let held = !ProvinceCard.statements(province.value(atPath: "limits.\(key)")).isEmpty
                #expect(!(held && unknownRow.contains(escapeHTML(title))), "\(slug) says `\(key)` is not documented, but the data holds it")
                #expect(held || unknownRow.contains(escapeHTML(title)), "\(slug) omits `\(key)` from the not-documented row")
            }
            let prose = page.body.lowercased()
            for phrase in ["not documented", "could not be read", "was not captured", "not found"] {
                #expect(!prose.contains(phrase), "\(page.diagnosticPath) says “\(phrase)” in prose")
            }
        }
    }
}
