import Foundation
import Testing
@testable import SiteBuilder

/// A live site never builds from what it holds in memory when a clean build would fail.
@Suite("Live rebuilds without a theme")
struct LiveSiteThemeTests {
    private func succeeds(_ live: LiveSite, _ paths: Set<String>) async -> Bool {
        do { _ = try await live.rebuild(changed: paths); return true } catch { return false }
    }

    @Test("while theme/ is gone a content edit fails as a clean build does; with it back the site builds again", arguments: [
        // The watcher reports the folder itself, or only the files deleted inside it.
        Set(["theme"]), Set(["theme/templates/page.mustache", "theme/templates/home.mustache"]),
    ])
    func themeDeletedAndRestored(reported: Set<String>) async throws {
        let site = try TestSupport.copyOfFixture()
        let live = try LiveSite(options: BuildOptions(root: site))
        let theme = site.appendingPathComponent("theme")
        let away = site.deletingLastPathComponent().appendingPathComponent("theme-away")
        try FileManager.default.moveItem(at: theme, to: away)
        #expect(await !succeeds(live, reported))

        try LiveSiteTests.replace("## Details", with: "## Details\n\nEdited while the theme was gone.", in: "content/guide/second.md", of: site)
        #expect(await !succeeds(live, ["content/guide/second.md"]))
        #expect(!TestSupport.failures(site).isEmpty, "a clean build fails too")
        #expect(!TestSupport.text(site.appendingPathComponent("public"), "guide/second/index.html").contains("Edited while"))

        try FileManager.default.moveItem(at: away, to: theme)
        #expect(await succeeds(live, ["theme"]))
        #expect(TestSupport.text(site.appendingPathComponent("public"), "guide/second/index.html").contains("Edited while"))
        let clean = TestSupport.temporaryFolder().appendingPathComponent("public")
        try TestSupport.build(site, out: clean)
        #expect(TestSupport.files(in: clean) == TestSupport.files(in: site.appendingPathComponent("public")))
    }
}
