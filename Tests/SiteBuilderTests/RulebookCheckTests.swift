import Foundation
import Testing
@testable import SiteBuilder

@Suite("The rule catalog in the build")
struct RulebookCheckTests {
    /// The fixture site with the handbook's real data files and a page holding one rule's anchor.
    static func siteWithRealData() throws -> URL {
        let site = try TestSupport.copyOfFixture()
        let data = site.appendingPathComponent("content/data")
        try FileManager.default.removeItem(at: data)
        try FileManager.default.copyItem(at: TestSupport.repositoryRoot.appendingPathComponent("content/data"), to: data)
        return site
    }

    /// Rewrites rules.yaml keeping only the entry `id` (or every entry), with that entry's docs replaced.
    static func editCatalog(_ site: URL, rule id: String, docs: String, dropOthers: Bool) throws {
        let url = site.appendingPathComponent("content/data/rules.yaml")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        var kept: [Substring] = []
        var inRule = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  - id: ") { inRule = line == "  - id: \(id)" }
            guard inRule || !dropOthers || !line.hasPrefix("  ") else { continue }
            kept.append(inRule && line.hasPrefix("    docs: ") ? Substring("    docs: \(docs)") : line)
        }
        try Data(kept.joined(separator: "\n").utf8).write(to: url)
    }

    @Test("a catalog that lacks implemented rules fails the build, naming each missing id")
    func missingEntries() throws {
        let site = try Self.siteWithRealData()
        try Self.editCatalog(site, rule: "name/all-digits", docs: "guide/first/#all-digits", dropOthers: true)
        let lines = TestSupport.failures(site).map(\.description)
        #expect(lines.contains { $0.hasPrefix("content/data/rules.yaml") && $0.contains("`name/min-length`") }, "\(lines.prefix(3))")
    }

    @Test("a rule whose docs anchor does not exist fails the build at its catalog line")
    func missingAnchor() throws {
        let site = try Self.siteWithRealData()
        try Self.editCatalog(site, rule: "name/all-digits", docs: "guide/first/#no-such-anchor", dropOthers: false)
        let catalog = TestSupport.text(site, "content/data/rules.yaml").split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(catalog.firstIndex { $0 == "  - id: name/all-digits" }) + 1
        let lines = TestSupport.failures(site).map(\.description)
        #expect(lines.contains { $0.hasPrefix("content/data/rules.yaml:\(line):1: error: no anchor `#no-such-anchor` on guide/first/index.html") }, "\(lines.prefix(3))")
    }

    @Test("the handbook publishes its catalog as rulebook.json")
    func published() throws {
        let out = TestSupport.temporaryFolder().appendingPathComponent("public")
        try TestSupport.build(TestSupport.repositoryRoot, out: out)
        let json = TestSupport.text(out, "rulebook.json")
        #expect(json.contains("\"id\" : \"name/all-digits\""))
        #expect(json.contains("\"docs\" : \"naming/#all-digits\""))
    }
}
