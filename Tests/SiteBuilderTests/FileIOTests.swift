import Foundation
import Testing

@testable import SiteBuilder

/// The generator reads its sources through `FileIO`, so a site can be loaded from memory.
@Suite("Sources are read through a replaceable file access")
struct FileIOTests {
    static let root = URL(fileURLWithPath: "/in-memory-site")
    static let files: [String: String] = [
        "/in-memory-site/site.yaml": "title: Held in memory\n",
        "/in-memory-site/content/_index.md": "---\ntitle: Home\n---\n\nWelcome.\n",
        "/in-memory-site/content/guide/_index.md": "---\ntitle: Guide\nweight: 1\n---\n",
        "/in-memory-site/content/guide/first.md": "---\ntitle: First\ndraft: yes\n---\n\nText.\n",
        "/in-memory-site/content/guide/second.md": "no front matter here\n",
        "/in-memory-site/content/data/cities.yaml": "cities:\n  - name: Hangzhou\n  - name: Chengdu\n",
        "/in-memory-site/content/img/logo.svg": "<svg/>",
    ]

    @Test("a site's pages, data, assets and settings load from memory, with the problems a disk would give")
    func loadsFromMemory() {
        let loader = ContentLoader(root: Self.root, includeDrafts: false, files: .memory(Self.files))
        let (content, problems) = loader.load()
        #expect(content.config.title == "Held in memory")
        #expect(content.pages.map(\.url).sorted() == ["", "guide/"])
        #expect(content.assets == ["img/logo.svg"])
        #expect(content.data.rows(file: "cities", key: "cities")?.map { $0["name"]?.text } == ["Hangzhou", "Chengdu"])
        #expect(problems.contains { $0.file == "content/guide/second.md" && $0.message == "missing front matter" })
        #expect(problems.contains { $0.file == "content/guide/first.md" && $0.line == 3 && $0.message == "`draft` must be true or false" })
    }

    @Test("memory lists a folder's files and subfolders, and has nothing else", arguments: [
        ("/in-memory-site/content", ["_index.md": FolderEntry.Kind.file, "guide": .folder, "data": .folder, "img": .folder]),
        ("/in-memory-site/content/img/", ["logo.svg": .file]),
    ])
    func listsFolders(folder: String, expected: [String: FolderEntry.Kind]) throws {
        let entries = try #require(FileIO.memory(Self.files).entries(folder))
        #expect(Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.kind) }) == expected)
    }

    @Test("a path memory does not hold is neither read nor listed, even when the disk has it")
    func nothingFromDisk() {
        let memory = FileIO.memory(Self.files)
        #expect(memory.contents("/etc/hostname") == nil && memory.entries("/etc") == nil)
        #expect(memory.contents("/in-memory-site/site.yaml") == Data("title: Held in memory\n".utf8))
    }

    /// A whole site in memory: a template per kind of page, an `include` block, a stylesheet to copy.
    static let site: [String: String] = [
        "/memory-build/site.yaml": "title: Built from memory\n",
        "/memory-build/content/_index.md": "---\ntitle: Home\n---\n\n```include examples/draft.yaml\n```\n",
        "/memory-build/content/examples/draft.yaml": "entity: {type: individual}\n",
        "/memory-build/theme/templates/page.mustache": "<main class=\"from-memory\">{{{page.content}}}</main>\n",
        "/memory-build/theme/templates/section.mustache": "<main class=\"from-memory\">{{{page.content}}}</main>\n",
        "/memory-build/theme/templates/home.mustache": "<main class=\"home-from-memory\">{{{page.content}}}</main>\n",
        "/memory-build/theme/templates/404.mustache": "<p>Nothing here</p>\n",
        "/memory-build/theme/static/css/site.css": "body { color: black; }\n",
    ]

    @Test("a site builds from memory alone: templates, include blocks and copied files are read through the file access")
    func buildsFromMemory() throws {
        let out = TestSupport.temporaryFolder("icp-memory").appendingPathComponent("public")
        var options = BuildOptions(root: URL(fileURLWithPath: "/memory-build"), output: out)
        options.files = .memory(Self.site)
        #expect(!FileManager.default.fileExists(atPath: "/memory-build"))
        let summary = try SiteGenerator.build(options)
        #expect(summary.pages == 1)
        let home = TestSupport.text(out, "index.html")
        #expect(home.hasPrefix("<main class=\"home-from-memory\">"), "\(home)")
        #expect(home.contains("<code>examples/draft.yaml</code>") && home.contains("entity: {type: individual}"), "\(home)")
        #expect(TestSupport.text(out, "css/site.css").contains("color"))
        #expect(TestSupport.text(out, "404.html").contains("Nothing here"))
    }

    @Test("an include block names a file memory does not hold: the build fails at the block, nothing read from disk")
    func includeMissingFromMemory() {
        var files = Self.site
        files["/memory-build/content/_index.md"] = "---\ntitle: Home\n---\n\n```include ../../etc/hostname\n```\n\n```include examples/none.yaml\n```\n"
        var options = BuildOptions(root: URL(fileURLWithPath: "/memory-build"), output: TestSupport.temporaryFolder("icp-memory").appendingPathComponent("public"))
        options.files = .memory(files)
        do {
            _ = try SiteGenerator.build(options)
            Issue.record("the build succeeded")
        } catch {
            let lines = error.diagnostics.map(\.description)
            #expect(lines.contains { $0.hasPrefix("content/_index.md:8:1: error: ```include``` block: no file content/examples/none.yaml") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("content/_index.md:5:1: error: ```include``` block: `../../etc/hostname` is outside the content folder") }, "\(lines)")
        }
    }
}
