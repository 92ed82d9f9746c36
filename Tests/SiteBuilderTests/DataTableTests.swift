import Foundation
import Testing
@testable import SiteBuilder

@Suite("Data tables and province cards")
struct DataTableTests {
    static let data = DataStore.load(from: TestSupport.fixtureSite.appendingPathComponent("content/data"))
    static let page = LinkResolutionTests.page("guide/first.md")
    static let index = SiteIndex(pages: [page, LinkResolutionTests.page("guide/second.md")], files: [])

    func render(_ file: String, _ spec: String) -> Result<BlockOutput, BlockError> {
        DataTable.render(file: file, spec: spec, data: Self.data, page: Self.page, index: Self.index)
    }

    @Test("a table shows the chosen columns of the rows that match, with links and unknown values marked")
    func table() throws {
        let html = try render("provinces", """
            columns:
              - {key: name, title: Province, link: "second.md"}
              - limits.min_age.value
              - limits.local_phone.value
            """).get().html
        #expect(html.contains("<th scope=\"col\">Province</th><th scope=\"col\">Min age</th>"))
        #expect(html.contains("<th scope=\"row\"><a href=\"../second/index.html\">Zhejiang</a></th><td>18</td><td>yes</td>"))
        #expect(html.contains("<a href=\"../second/index.html\">Hubei</a></th><td><span class=\"unknown\""))
    }

    @Test("where filters rows")
    func filter() throws {
        let html = try render("provinces", "columns: [name]\nwhere: {region: central}").get().html
        #expect(html.contains("Hubei") && !html.contains("Zhejiang"))
    }

    @Test("unknown tables, columns and missing columns are errors that say what exists", arguments: [
        ("nations", "columns: [name]", "unknown data table `nations`", "provinces"),
        ("provinces", "columns: [population]", "unknown column `population`", "name_zh"),
        ("provinces", "where: {region: east}", "missing `columns:`", "list the keys"),
        ("provinces", "rows: nothing\ncolumns: [name]", "has no list at `nothing`", "rows:"),
    ])
    func errors(file: String, spec: String, message: String, help: String) {
        guard case .failure(let error) = render(file, spec) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.message.contains(message))
        #expect(error.help?.contains(help) == true)
    }

    @Test("a province card lists each statement with value, confidence and dated sources, conflicts, and what is not documented once")
    func provinceCard() throws {
        let html = try ProvinceCard.render(slug: "zhejiang", data: Self.data, sources: SourceLinks(data: Self.data), page: Self.page, index: Self.index).get().html
        #expect(html.contains("<dt>Chinese name</dt><dd>浙江省</dd>"))
        #expect(html.contains("<th scope=\"row\" rowspan=\"1\">Minimum age</th><td data-label=\"Value\">18</td><td data-label=\"Confidence\"><span class=\"confidence confidence-medium\">medium</span></td>"))
        #expect(html.contains("<a href=\"https://example.com/a\" title=\"Source A\">SRC-A</a> <span class=\"source-date\">(2025-12-31)</span>"))
        #expect(html.contains("SRC-B</a> <span class=\"source-date\">(undated, read 2026-12-07)</span>"))
        #expect(html.contains("<th scope=\"row\" rowspan=\"2\">Entity leader</th><td data-label=\"Value\">Organizations: legal representative <span class=\"conflict\">(sources disagree)</span>"))
        #expect(html.contains("<td data-label=\"Value\">Organizations: any <span class=\"conflict\">(sources disagree)</span>"))
        #expect(html.contains("<tr class=\"unknown-limits\"><th scope=\"row\">Not documented</th><td colspan=\"4\">No source states these limits for this province:<ul><li>Websites per application</li></ul></td></tr>"))
        #expect(html.components(separatedBy: "Not documented").count == 2)
        guard case .failure(let error) = ProvinceCard.render(slug: "atlantis", data: Self.data, sources: SourceLinks(data: Self.data), page: Self.page, index: Self.index) else {
            Issue.record("an unknown province must fail")
            return
        }
        #expect(error.message == "unknown province `atlantis`")
    }
}
