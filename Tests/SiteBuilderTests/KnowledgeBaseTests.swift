import Foundation
import Testing
@testable import SiteBuilder

/// The handbook's own content: what every page must carry and what the knowledge base must cover.
@Suite("The knowledge base")
struct KnowledgeBaseTests {
    static let root = TestSupport.repositoryRoot
    static let loaded = ContentLoader(root: root, includeDrafts: false).load()
    static var pages: [Page] { loaded.content.pages }
    /// Pages that are tools rather than articles (the search page) are held to the layout's own needs.
    static var articles: [Page] { pages.filter { $0.frontMatter.params["layout"] == nil } }

    static func page(_ source: String) -> Page? { pages.first { $0.sourcePath == source } }

    @Test("the content loads without a problem")
    func loads() {
        #expect(Self.loaded.problems.isEmpty, "\(Self.loaded.problems)")
    }

    @Test("every article has a title, a one-sentence description, a reviewed date and at least one source")
    func frontMatter() {
        for page in Self.articles {
            let matter = page.frontMatter
            #expect(!matter.title.isEmpty, "\(page.diagnosticPath) has no title")
            #expect(!(matter.description ?? "").isEmpty, "\(page.diagnosticPath) has no description")
            #expect(matter.reviewed != nil, "\(page.diagnosticPath) has no reviewed date")
            #expect(!matter.sources.isEmpty, "\(page.diagnosticPath) cites no source")
        }
    }

    @Test("a page whose confidence is not high says why")
    func confidenceNotes() {
        for page in Self.articles where ["medium", "low"].contains(page.frontMatter.confidence ?? "high") {
            #expect(!(page.frontMatter.confidenceNote ?? "").isEmpty, "\(page.diagnosticPath) is \(page.frontMatter.confidence ?? "") confidence without a confidence_note")
        }
    }

    /// The rows of the Limitations table the handbook started from, and the page that covers each.
    static let seedRows = [
        "Access location": "limitations/access-location.md",
        "Cross-province ICP filing": "limitations/cross-province-filing.md",
        "Instance": "limitations/instance.md",
        "Service identification number": "limitations/service-identification-number.md",
        "Website name": "limitations/website-name.md",
        "Pre-approval": "limitations/pre-approval.md",
        "Alibaba Cloud CDN": "limitations/alibaba-cloud-cdn.md",
        "Domain name": "limitations/domain-name.md",
        "ICP filing for websites or apps accessed only by IP address": "limitations/ip-only-access.md",
        "Website or app content": "limitations/website-content.md",
        "Entity": "limitations/entity.md",
    ]

    @Test("every row of the seed's limitations table has its page, and each links to a rule that checks it", arguments: seedRows.sorted(by: { $0.key < $1.key }))
    func limitationPages(row: String, source: String) throws {
        let page = try #require(Self.page(source), "no page for the seed row \(row)")
        #expect(page.body.contains("checker/rules.md#"), "\(page.diagnosticPath) links to no rule entry")
    }

    @Test("the seed's table names every row this test expects")
    func seedRowsAreTheSeeds() throws {
        let seed = try String(contentsOf: TestSupport.testsFolder.appendingPathComponent("Fixtures/seed-limitations.txt"), encoding: .utf8)
        for row in Self.seedRows.keys { #expect(seed.contains(row), "the seed has no row \(row)") }
    }

    static let provinceFields = ["slug", "name", "name_zh", "full_name_zh", "abbreviation", "region", "reviewed", "confidence", "sources", "limits"]

    @Test("all 31 provinces are in the data with every required field, and each has its page showing its facts")
    func provinces() throws {
        let provinces = try #require(Self.loaded.content.data.rows(file: "provinces", key: "provinces"))
        #expect(provinces.count == 31)
        #expect(Set(provinces.compactMap { $0["slug"]?.text }).count == 31)
        for province in provinces {
            let slug = province["slug"]?.text ?? "?"
            for field in Self.provinceFields {
                #expect(province[field] != nil && province[field] != .null, "province \(slug) lacks \(field)")
            }
            let page = try #require(Self.page("regions/\(slug).md"), "no page for \(slug)")
            #expect(page.frontMatter.params["province"]?.text == slug)
            #expect(page.body.contains("```province \(slug)"), "\(page.diagnosticPath) does not show its facts card")
        }
    }

    @Test("the handbook's search indexes stay under 1 MB (1.1 MB in Chinese), and the theme's CSS and JavaScript as shipped under 40 KB together")
    func sizeBudgets() throws {
        let out = TestSupport.temporaryFolder("icp-sizes").appendingPathComponent("public")
        try TestSupport.build(Self.root, out: out)
        // Chinese text indexes every pair of neighbouring characters, so its index is larger.
        for (file, budget) in [("search-index.js", 1_000_000), ("zh-CN/search-index.js", 1_100_000)] {
            let index = try #require(try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(file).path)[.size] as? Int)
            #expect(index < budget, "\(file) is \(index) bytes")
        }
        // The theme's scripts and stylesheets as the site ships them (compacted).
        let assets = SourceListing.files(under: Self.root.appendingPathComponent("theme/static")).filter { $0.hasSuffix(".css") || $0.hasSuffix(".js") }
        let total = try assets.reduce(0) { sum, path in
            sum + (try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(path).path)[.size] as? Int ?? 0)
        }
        // 40 KB for one language and the reading aids, 4 KB for the language switch and the words in two
        // languages, 4 KB for the checker's styles and link.
        #expect(total < 48 * 1024, "CSS and JavaScript come to \(total) bytes")
    }

    @Test("every rule in the catalog points at an anchor that exists in the built site")
    func ruleAnchors() throws {
        let out = TestSupport.temporaryFolder("icp-kb").appendingPathComponent("public")
        try TestSupport.build(Self.root, out: out)
        struct Catalog: Decodable { struct Rule: Decodable { let id: String; let docs: String }; let rules: [Rule] }
        let catalog = try JSONDecoder().decode(Catalog.self, from: Data(contentsOf: out.appendingPathComponent("rulebook.json")))
        #expect(catalog.rules.count >= 40)
        for rule in catalog.rules {
            let parts = rule.docs.split(separator: "#", maxSplits: 1).map(String.init)
            let html = TestSupport.text(out, parts[0] + "index.html")
            #expect(parts.count == 2 && html.contains("id=\"\(parts[1])\""), "\(rule.id): no anchor for \(rule.docs)")
            #expect(TestSupport.text(out, "checker/rules/index.html").contains("id=\"\(rule.id)\""), "\(rule.id) has no entry on the rule reference")
        }
    }
}
