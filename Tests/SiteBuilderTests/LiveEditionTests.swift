import Foundation
import Testing
@testable import SiteBuilder

/// A site with a translated edition rebuilds a saved page in each edition that shows it, and nothing
/// else, with the same bytes as a clean build.
@Suite("Live rebuilds of a site with a translated edition")
struct LiveEditionTests {
    /// Edits a live copy of the bilingual fixture, rebuilds incrementally, then compares with a clean build.
    func rebuildMatchesCleanBuild(changing paths: Set<String>, edit: (URL) throws -> Void) async throws -> RebuildSummary {
        try await LiveSiteTests.rebuildMatchesCleanBuild(in: try EditionTests.bilingualFixture(), changing: paths, edit: edit)
    }

    static func append(_ text: String, to path: String, of site: URL) throws {
        try TestSupport.write(TestSupport.text(site, path) + text, to: path, in: site)
    }

    @Test("saving an untranslated page re-renders it in the original and in the edition that shows it")
    func untranslatedPage() async throws {
        let summary = try await rebuildMatchesCleanBuild(changing: ["content/guide/second.md"]) { site in
            try Self.append("\n## Saved {#saved}\n\nA new paragraph with the word zebrafish.\n", to: "content/guide/second.md", of: site)
        }
        #expect(!summary.fullRebuild)
        #expect(summary.pagesRendered == 2)
        #expect(summary.filesWritten.contains("guide/second/index.html") && summary.filesWritten.contains("zh-CN/guide/second/index.html"))
        #expect(!summary.filesWritten.contains("guide/first/index.html") && !summary.filesWritten.contains("zh-CN/guide/first/index.html"))
    }

    @Test("saving a translated page leaves its translation as it was")
    func translatedOriginal() async throws {
        let summary = try await rebuildMatchesCleanBuild(changing: ["content/guide/first.md"]) { site in
            try Self.append("\nA new paragraph with the word zebrafish.\n", to: "content/guide/first.md", of: site)
        }
        #expect(!summary.fullRebuild)
        #expect(summary.pagesRendered == 1)
        #expect(summary.filesWritten.first == "guide/first/index.html")
        #expect(!summary.filesWritten.contains { $0.hasPrefix("zh-CN/") })
    }

    @Test("saving a translation re-renders that page of its edition only")
    func translation() async throws {
        let summary = try await rebuildMatchesCleanBuild(changing: ["content/guide/first.zh-CN.md"]) { site in
            try Self.append("\n新增的一段，提到斑马鱼。\n", to: "content/guide/first.zh-CN.md", of: site)
        }
        #expect(!summary.fullRebuild)
        #expect(summary.pagesRendered == 1)
        #expect(summary.filesWritten.first == "zh-CN/guide/first/index.html")
        #expect(summary.filesWritten.allSatisfy { $0.hasPrefix("zh-CN/") }, "\(summary.filesWritten)")
    }

    @Test("a translation's new title still builds everything")
    func translationTitle() async throws {
        let summary = try await rebuildMatchesCleanBuild(changing: ["content/guide/first.zh-CN.md"]) { site in
            let text = TestSupport.text(site, "content/guide/first.zh-CN.md")
            try TestSupport.write(text.replacingOccurrences(of: "title: 第一页", with: "title: 第一篇"), to: "content/guide/first.zh-CN.md", in: site)
        }
        #expect(summary.fullRebuild)
    }
}
