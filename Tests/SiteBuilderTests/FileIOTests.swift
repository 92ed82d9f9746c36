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
}
