import Foundation
import Testing
@testable import SiteBuilder

@Suite("Building a site")
struct BuildTests {
    @Test("the fixture site renders exactly as the golden files (UPDATE_GOLDEN=1 rewrites them)")
    func golden() throws {
        let out = TestSupport.temporaryFolder().appendingPathComponent("public")
        try TestSupport.build(TestSupport.fixtureSite, out: out)
        let built = TestSupport.files(in: out)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: TestSupport.goldenFolder)
            for (path, bytes) in built {
                let url = TestSupport.goldenFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: url)
            }
        }
        let golden = TestSupport.files(in: TestSupport.goldenFolder)
        #expect(built.keys.sorted() == golden.keys.sorted())
        for (path, bytes) in golden.sorted(by: { $0.key < $1.key }) {
            #expect(built[path] == bytes, "\(path) differs from its golden file; run UPDATE_GOLDEN=1 swift test --filter BuildTests and review the diff")
        }
    }

    @Test("pretty URLs, 404, sitemap, aliases, assets and static files are written; drafts are not")
    func outputFiles() throws {
        let out = TestSupport.temporaryFolder().appendingPathComponent("public")
        let summary = try TestSupport.build(TestSupport.fixtureSite, out: out)
        let files = Set(SourceListing.files(under: out))
        #expect(summary.pages == 4)
        for expected in ["index.html", "guide/index.html", "guide/first/index.html", "guide/second/index.html",
                         "guide/diagram.svg", "style.css", "404.html", "sitemap.xml", "guide/old-second/index.html"] {
            #expect(files.contains(expected), "missing \(expected)")
        }
        #expect(!files.contains("guide/draft/index.html"))
        #expect(TestSupport.text(out, "sitemap.xml").contains("<loc>https://example.org/handbook/guide/first/</loc><lastmod>2026-11-01</lastmod>"))
        #expect(TestSupport.text(out, "guide/old-second/index.html").contains("url=../second/index.html"))

        let withDrafts = TestSupport.temporaryFolder().appendingPathComponent("public")
        try TestSupport.build(TestSupport.fixtureSite, out: withDrafts, drafts: true)
        #expect(FileManager.default.fileExists(atPath: withDrafts.appendingPathComponent("guide/draft/index.html").path))
    }

    @Test("no href or src in the output starts with / or names the site's own base URL")
    func relativeLinksOnly() throws {
        let out = TestSupport.temporaryFolder().appendingPathComponent("public")
        try TestSupport.build(TestSupport.fixtureSite, out: out)
        let offenders = OutputAudit.absoluteReferences(in: out, baseURL: "https://example.org/handbook/")
        #expect(offenders.isEmpty, "\(offenders)")
    }

    @Test("the same input gives byte-identical output")
    func reproducible() throws {
        let first = TestSupport.temporaryFolder().appendingPathComponent("public")
        let second = TestSupport.temporaryFolder().appendingPathComponent("public")
        try TestSupport.build(TestSupport.fixtureSite, out: first)
        try TestSupport.build(TestSupport.fixtureSite, out: second)
        #expect(TestSupport.files(in: first) == TestSupport.files(in: second))
    }

    @Test("a failed build lists every error with file, line and column and leaves the old output untouched")
    func failedBuildKeepsOutput() throws {
        let site = try TestSupport.copyOfFixture()
        let out = site.appendingPathComponent("public")
        try TestSupport.build(site)
        let before = TestSupport.files(in: out)

        try TestSupport.write("""
            ---
            title: Broken
            ---

            See [nothing](missing.md) and [a bad anchor](first.md#nope).

            ```table nations
            columns: [name]
            ```
            """, to: "content/guide/broken.md", in: site)
        try TestSupport.write("---\ndescription: no title\n---\n", to: "content/guide/untitled.md", in: site)
        let diagnostics = TestSupport.failures(site, out: out)
        let lines = diagnostics.map(\.description)
        #expect(lines.contains { $0.hasPrefix("content/guide/broken.md:5:15: error: link to a missing page `missing.md`") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/guide/broken.md:5:46: error: no anchor `#nope` on guide/first/index.html") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/guide/broken.md:7:1: error: ```table``` block: unknown data table `nations`") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/guide/untitled.md:1: error: missing `title`") }, "\(lines)")
        #expect(TestSupport.files(in: out) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("building") }
        #expect(leftovers.isEmpty)
    }

    @Test("a build that writes over the previous site leaves exactly what a clean build writes")
    func reusesPreviousSite() throws {
        let site = try TestSupport.copyOfFixture()
        try TestSupport.build(site)
        try TestSupport.build(site)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(".public.previous/guide/second/index.html").path))
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/guide/second.md"))
        try TestSupport.write("---\ntitle: Second page\nweight: 2\n---\n\n## Details\n", to: "content/guide/renamed.md", in: site)
        let first = site.appendingPathComponent("content/guide/first.md")
        let text = String(decoding: try Data(contentsOf: first), as: UTF8.self).replacingOccurrences(of: "second.md", with: "renamed.md")
        try Data(text.utf8).write(to: first)
        // A page that becomes much shorter is cut to its new length, not left with the old file's tail.
        let home = site.appendingPathComponent("content/_index.md")
        let homeText = String(decoding: try Data(contentsOf: home), as: UTF8.self)
        try Data((homeText.components(separatedBy: "\n---\n").first! + "\n---\n\nShort.\n").utf8).write(to: home)
        try TestSupport.build(site)
        let clean = TestSupport.temporaryFolder().appendingPathComponent("public")
        try TestSupport.build(site, out: clean)
        #expect(TestSupport.files(in: site.appendingPathComponent("public")) == TestSupport.files(in: clean))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/guide/second").path), "the removed page's folder is gone")
    }

    @Test("a page whose bytes did not change keeps its file and modification time; a changed page is rewritten")
    func unchangedFilesKept() throws {
        let site = try TestSupport.copyOfFixture()
        func modified(_ path: String) throws -> Date {
            let attributes = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent("public/" + path).path)
            return try #require(attributes[.modificationDate] as? Date)
        }
        try TestSupport.build(site)
        let first = try modified("guide/first/index.html")
        let second = try modified("guide/second/index.html")
        try TestSupport.build(site)
        Thread.sleep(forTimeInterval: 0.05)
        // The third build writes over the first one's files, kept as the spare.
        try TestSupport.write("---\ntitle: Second page\nweight: 2\n---\n\n## Details\n\nNew text.\n", to: "content/guide/second.md", in: site)
        try TestSupport.build(site)
        #expect(try modified("guide/first/index.html") == first)
        #expect(try modified("guide/second/index.html") > second)
        #expect(TestSupport.text(site.appendingPathComponent("public"), "guide/second/index.html").contains("New text."))
    }

    @Test("source files are listed sorted, without hidden names, without following symbolic links")
    func listsFiles() throws {
        let folder = TestSupport.temporaryFolder()
        let fm = FileManager.default
        for path in ["root/b/page.md", "root/a.txt", "root/.hidden/page.md", "root/b/.draft.md", "root/z.md", "outside/page.md"] {
            try fm.createDirectory(at: folder.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: folder.appendingPathComponent(path))
        }
        let root = folder.appendingPathComponent("root")
        try fm.createSymbolicLink(at: root.appendingPathComponent("linked"), withDestinationURL: folder.appendingPathComponent("outside"))
        try fm.createSymbolicLink(at: root.appendingPathComponent("link.md"), withDestinationURL: root.appendingPathComponent("z.md"))
        #expect(SourceListing.files(under: root) == ["a.txt", "b/page.md", "z.md"])
    }

    @Test("two pages on one URL and a duplicate fixed anchor are errors")
    func duplicates() throws {
        let site = try TestSupport.copyOfFixture()
        try TestSupport.write("---\ntitle: Clash\n---\n", to: "content/guide/second/index.md", in: site)
        try TestSupport.write("---\ntitle: Twice\n---\n\n## A {#same}\n\n## B {#same}\n", to: "content/guide/twice.md", in: site)
        let lines = TestSupport.failures(site).map(\.description)
        #expect(lines.contains { $0.contains("two pages on one URL `guide/second/`") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/guide/twice.md:7:1: error: the anchor `#same` is used twice") }, "\(lines)")
    }

    @Test("a page naming an unknown source is an error at the line of that source")
    func unknownSource() throws {
        let site = try TestSupport.copyOfFixture()
        try TestSupport.write("---\ntitle: Cited\nsources:\n  - SRC-A\n  - SRC-Z\n---\n", to: "content/guide/cited.md", in: site)
        let lines = TestSupport.failures(site).map(\.description)
        #expect(lines.contains { $0.hasPrefix("content/guide/cited.md:5:1: error: unknown source `SRC-Z`") }, "\(lines)")
    }
    @Test("what front matter or a source leaves out gives the theme nothing to show: no empty lede, review line, note, card text or source link")
    func absentFieldsRenderNothing() throws {
        let site = try TestSupport.copyOfFixture()
        let theme = site.appendingPathComponent("theme")
        try FileManager.default.removeItem(at: theme)
        try FileManager.default.copyItem(at: TestSupport.repositoryRoot.appendingPathComponent("theme"), to: theme)
        try TestSupport.write("---\ntitle: Bare\nweight: 9\n---\n\nJust text.\n", to: "content/guide/bare.md", in: site)
        try TestSupport.write("---\ntitle: Offline\nweight: 10\nsources: [SRC-P]\n---\n\nText.\n", to: "content/guide/offline.md", in: site)
        let sourcesFile = site.appendingPathComponent("content/data/sources.yaml")
        let sourcesYAML = try String(contentsOf: sourcesFile, encoding: .utf8)
        try (sourcesYAML + "  - {id: SRC-P, title: A printed notice}\n").write(to: sourcesFile, atomically: true, encoding: .utf8)
        try TestSupport.build(site)
        let out = site.appendingPathComponent("public")
        let bare = TestSupport.text(out, "guide/bare/index.html")
        for absent in ["class=\"lede\"", "class=\"reviewed\"", "class=\"confidence-note\"", "Sources</h2>"] {
            #expect(!bare.contains(absent), "\(absent) on a page without it")
        }
        #expect(bare.contains("<meta name=\"description\" content=\"\">"))
        let first = TestSupport.text(out, "guide/first/index.html")
        for present in ["<p class=\"lede\">Headings, links, tables and blocks.</p>", "class=\"reviewed\"", "<p class=\"confidence-note\">One source is old.</p>"] {
            #expect(first.contains(present), "\(present) missing on a page that sets it")
        }
        let offline = TestSupport.text(out, "guide/offline/index.html")
        #expect(offline.contains("<li>A printed notice <code>SRC-P</code></li>"), "a source without a URL or publisher is its title alone")
        let section = TestSupport.text(out, "guide/index.html")
        #expect(section.contains("<li><a href=\"bare/index.html\">Bare</a></li>"), "a card without a description has no empty paragraph")
    }

    /// The output of `page` (its front matter naming `layout: probe`) rendered by the template `template`
    /// in a copy of the fixture site.
    private static func probe(template: String, page: String) throws -> String {
        let site = try TestSupport.copyOfFixture()
        try TestSupport.write(template, to: "theme/templates/probe.mustache", in: site)
        try TestSupport.write(page, to: "content/guide/probe.md", in: site)
        try TestSupport.build(site)
        return TestSupport.text(site.appendingPathComponent("public"), "guide/probe/index.html")
    }

    @Test("text values reach templates escaped, unescaped, as sections and through transforms, as strings do")
    func textValues() throws {
        let html = try Self.probe(
            template: "{{page.title}}|{{{page.title}}}|{{uppercased(page.title)}}|{{#page.description}}[{{.}}]{{/page.description}}|{{^page.reviewed}}none{{/page.reviewed}}",
            page: "---\ntitle: Fees & <limits>\ndescription: Short\nlayout: probe\n---\n")
        #expect(html == "Fees &amp; &lt;limits&gt;|Fees & <limits>|FEES &amp; &lt;LIMITS&gt;|[Short]|none")
    }

    @Test("the table of contents nests each h3 under its h2, as HTML (`toc_html`) and as data (`toc`)")
    func tableOfContents() throws {
        let html = try Self.probe(
            template: "{{{toc_html}}}---\n{{#toc}}{{anchor}}({{#children}}{{anchor}};{{/children}}) {{/toc}}",
            page: """
            ---
            title: Probe
            layout: probe
            ---

            ### Early {#early}

            ## Fees & \\<limits\\> {#fees}

            ### One {#one}

            #### Deep {#deep}

            ### Two {#two}

            ## Last {#last}

            """)
        #expect(html == """
            <li><a href="#early">Early</a></li>
            <li><a href="#fees">Fees &amp; &lt;limits&gt;</a><ol><li><a href="#one">One</a></li><li><a href="#two">Two</a></li></ol></li>
            <li><a href="#last">Last</a></li>
            ---
            early() fees(one;two;) last()\u{20}
            """)
    }
}

/// Finds internal URLs that would break offline or under a sub-path.
enum OutputAudit {
    static func absoluteReferences(in folder: URL, baseURL: String?) -> [String] {
        var offenders: [String] = []
        for path in SourceListing.files(under: folder) where path.hasSuffix(".html") {
            let html = TestSupport.text(folder, path)
            for attribute in ["href=\"", "src=\""] {
                var rest = html[...]
                while let range = rest.range(of: attribute) {
                    let value = rest[range.upperBound...].prefix { $0 != "\"" }
                    let isCanonical = rest[..<range.lowerBound].hasSuffix("<link rel=\"canonical\" ")
                    if !isCanonical && (value.hasPrefix("/") || (baseURL.map { value.hasPrefix($0) } ?? false)) {
                        offenders.append("\(path): \(attribute)\(value)")
                    }
                    rest = rest[range.upperBound...]
                }
            }
        }
        return offenders
    }
}
