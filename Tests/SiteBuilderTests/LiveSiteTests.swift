import Foundation
import Testing
@testable import SiteBuilder

@Suite("Live rebuilds match clean builds byte for byte")
struct LiveSiteTests {
    /// Applies an edit to a live copy of the fixture, rebuilds incrementally, then compares with a clean build.
    func rebuildMatchesCleanBuild(changing paths: Set<String>, edit: (URL) throws -> Void) async throws -> RebuildSummary {
        try await Self.rebuildMatchesCleanBuild(in: try TestSupport.copyOfFixture(), changing: paths, edit: edit)
    }

    /// Applies an edit to the live site `site`, rebuilds incrementally, then compares with a clean build.
    static func rebuildMatchesCleanBuild(in site: URL, changing paths: Set<String>, edit: (URL) throws -> Void) async throws -> RebuildSummary {
        let live = try LiveSite(options: BuildOptions(root: site))
        try edit(site)
        let summary = try await live.rebuild(changed: paths)
        let clean = TestSupport.temporaryFolder().appendingPathComponent("public")
        try TestSupport.build(site, out: clean)
        let incremental = TestSupport.files(in: site.appendingPathComponent("public"))
        let expected = TestSupport.files(in: clean)
        #expect(incremental.keys.sorted() == expected.keys.sorted())
        let differing = expected.keys.filter { incremental[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "incremental output differs from a clean build in \(differing)")
        return summary
    }

    static func replace(_ old: String, with new: String, in path: String, of site: URL) throws {
        let url = site.appendingPathComponent(path)
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(text.contains(old), "\(path) does not contain \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    @Test("editing a page's body re-renders that page only")
    func body() async throws {
        let summary = try await rebuildMatchesCleanBuild(changing: ["content/guide/second.md"]) { site in
            try Self.replace("## Details", with: "## More details {#details}\n\nA new paragraph.", in: "content/guide/second.md", of: site)
        }
        #expect(summary.pagesRendered == 1)
        #expect(!summary.fullRebuild)
        #expect(summary.filesWritten.first == "guide/second/index.html")
    }

    @Test("editing a title updates navigation, breadcrumbs and neighbours on every page")
    func title() async throws {
        let summary = try await rebuildMatchesCleanBuild(changing: ["content/guide/_index.md"]) { site in
            try Self.replace("title: Guide", with: "title: The Guide", in: "content/guide/_index.md", of: site)
        }
        #expect(summary.pagesRendered == 1)
        #expect(summary.filesWritten.contains("guide/first/index.html"))
    }

    @Test("editing other front matter (a review date, leaving search) updates the sitemap and search index")
    func otherFrontMatter() async throws {
        _ = try await rebuildMatchesCleanBuild(changing: ["content/guide/second.md"]) { site in
            try Self.replace("weight: 2\n", with: "weight: 2\nreviewed: 2026-12-01\nsearch: false\n", in: "content/guide/second.md", of: site)
        }
    }

    @Test("editing a data value re-renders the pages whose tables read it")
    func dataValue() async throws {
        let summary = try await rebuildMatchesCleanBuild(changing: ["content/data/provinces.yaml"]) { site in
            try Self.replace("min_age: {value: 18", with: "min_age: {value: 16", in: "content/data/provinces.yaml", of: site)
        }
        #expect(summary.pagesRendered == 1, "only guide/first.md reads provinces.yaml")
    }

    @Test("editing a template re-renders every page's template")
    func template() async throws {
        let summary = try await rebuildMatchesCleanBuild(changing: ["theme/templates/page.mustache"]) { site in
            try Self.replace("<h1>{{page.title}}</h1>", with: "<h1 class=\"title\">{{page.title}}</h1>", in: "theme/templates/page.mustache", of: site)
        }
        #expect(summary.pagesRendered == 0)
        #expect(summary.filesWritten.contains("guide/second/index.html"))
    }

    @Test("editing a static file copies it")
    func staticFile() async throws {
        _ = try await rebuildMatchesCleanBuild(changing: ["theme/static/style.css"]) { site in
            try Self.replace("sans-serif", with: "serif", in: "theme/static/style.css", of: site)
        }
    }

    @Test("files that came and went within a save (an editor's test and temporary files) need no full rebuild")
    func transientFiles() async throws {
        let summary = try await rebuildMatchesCleanBuild(changing: ["content/guide/second.md", "content/guide/4913", "content/guide/second.md.tmp~x"]) { site in
            try Self.replace("## Details", with: "## Details\n\nSaved through a temporary file.", in: "content/guide/second.md", of: site)
        }
        #expect(!summary.fullRebuild)
        #expect(summary.pagesRendered == 1)
    }

    @Test("adding and removing pages rebuild the whole site")
    func structure() async throws {
        let added = try await rebuildMatchesCleanBuild(changing: ["content/guide/third.md"]) { site in
            try TestSupport.write("---\ntitle: Third page\nweight: 3\n---\n\nNew.\n", to: "content/guide/third.md", in: site)
        }
        #expect(added.fullRebuild)
        let removed = try await rebuildMatchesCleanBuild(changing: ["content/guide/second.md", "content/guide/first.md"]) { site in
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/guide/second.md"))
            try Self.replace("[second page](second.md#details)", with: "second page", in: "content/guide/first.md", of: site)
            try Self.replace("link: \"../guide/second.md\"", with: "link: \"first.md\"", in: "content/guide/first.md", of: site)
        }
        #expect(removed.fullRebuild)
    }

    @Test("a rebuild that breaks a link fails, writes nothing, and the next good edit recovers")
    func brokenEdit() async throws {
        let site = try TestSupport.copyOfFixture()
        let live = try LiveSite(options: BuildOptions(root: site))
        let output = site.appendingPathComponent("public")
        let before = TestSupport.files(in: output)

        try Self.replace("## Details", with: "## Renamed", in: "content/guide/second.md", of: site)
        await #expect(throws: BuildError.self) { try await live.rebuild(changed: ["content/guide/second.md"]) }
        #expect(TestSupport.files(in: output) == before)

        try Self.replace("## Renamed", with: "## Renamed {#details}", in: "content/guide/second.md", of: site)
        let summary = try await live.rebuild(changed: ["content/guide/second.md"])
        #expect(summary.pagesRendered == 1)
        #expect(TestSupport.text(output, "guide/second/index.html").contains("Renamed"))
    }
}
