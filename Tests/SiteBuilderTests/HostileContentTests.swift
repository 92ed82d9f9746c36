import Foundation
import Testing
@testable import SiteBuilder

/// Content written to harm: alias bombs, links out of the folder, names that break URLs.
@Suite("Hostile content")
struct HostileContentTests {
    /// Nine lines whose last entries expand to 10^6 and more values.
    static let aliasBomb = (1...8).reduce("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n") { text, i in
        text + "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
    }

    private func failures(_ edit: (URL) throws -> Void) throws -> [Diagnostic] {
        let root = try TestSupport.copyOfFixture()
        try edit(root)
        return TestSupport.failures(root)
    }

    @Test("an alias bomb is an error at its line, in front matter, site.yaml and a data file", .timeLimit(.minutes(1)), arguments: [
        ("content/guide/bomb.md", 8), ("site.yaml", 10), ("content/data/provinces.yaml", 6),
    ])
    func aliasBomb(file: String, line: Int) throws {
        let problems = try failures { root in
            switch file {
            case "site.yaml": try (TestSupport.text(root, file) + Self.aliasBomb).write(to: root.appendingPathComponent(file), atomically: true, encoding: .utf8)
            case "content/guide/bomb.md": try TestSupport.write("---\ntitle: Bomb\n" + Self.aliasBomb + "---\nbody\n", to: file, in: root)
            default: try TestSupport.write(Self.aliasBomb, to: file, in: root)
            }
        }
        let bomb = try #require(problems.first { $0.message.contains("expands to more than") })
        #expect(bomb.file == file && bomb.line == line)
        #expect(problems.count == 1, "\(problems)")
    }

    @Test("a symbolic link out of content/ is an error, for a page, an asset, a folder and an include block")
    func linksOut() throws {
        let problems = try failures { root in
            let fm = FileManager.default
            try fm.createSymbolicLink(atPath: root.appendingPathComponent("content/guide/passwd.md").path, withDestinationPath: "/etc/passwd")
            try fm.createSymbolicLink(atPath: root.appendingPathComponent("content/guide/hosts.txt").path, withDestinationPath: "/etc/hosts")
            try fm.createSymbolicLink(atPath: root.appendingPathComponent("content/etc").path, withDestinationPath: "/etc")
            try fm.createSymbolicLink(atPath: root.appendingPathComponent("content/examples/secret.yaml").path, withDestinationPath: "/etc/hostname")
            try TestSupport.write("---\ntitle: Inc\n---\n\n```include examples/secret.yaml\n```\n", to: "content/guide/inc.md", in: root)
        }
        for file in ["content/guide/passwd.md", "content/guide/hosts.txt", "content/etc", "content/examples/secret.yaml"] {
            #expect(problems.contains { $0.file == file && $0.message.contains("outside the folder") }, "\(file): \(problems)")
        }
        let include = try #require(problems.first { $0.file == "content/guide/inc.md" })
        #expect(include.line == 5 && include.message.contains("content/examples/secret.yaml is a symbolic link"))
    }

    @Test("a symbolic link inside content/ is reported too, never skipped silently")
    func linksInside() throws {
        let problems = try failures { root in
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/guide/copy.md").path, withDestinationPath: "first.md")
        }
        #expect(problems.map(\.file) == ["content/guide/copy.md"])
        #expect(problems.first?.message.contains("links are not followed") == true)
    }

    @Test("names a URL would have to encode are errors", arguments: ["my page.md", "quote\".md", "new\nline.md", "hash#.svg", "per%cent.md", "tab\t.txt"])
    func badNames(name: String) throws {
        let problems = try failures { root in try TestSupport.write("---\ntitle: X\n---\n", to: "content/guide/" + name, in: root) }
        #expect(problems.count == 1 && problems.first?.message.hasPrefix("the file name") == true, "\(problems)")
    }

    @Test("editor backups and hidden files are not published")
    func backups() throws {
        let root = try TestSupport.copyOfFixture()
        for name in ["first.md~", "#first.md#", ".#first.md", ".first.md.swp", "notes.swp", ".hidden.svg"] {
            try TestSupport.write("---\ntitle: [not yaml\n", to: "content/guide/" + name, in: root)
        }
        let out = TestSupport.temporaryFolder().appendingPathComponent("public")
        try TestSupport.build(root, out: out)
        let published = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("guide").path)
        #expect(Set(published) == ["index.html", "first", "second", "old-second", "diagram.svg"])
    }

    @Test("a name spelt in NFD is published in NFC with encoded links; NFC and NFD twins are an error")
    func unicodeNames() throws {
        let root = try TestSupport.copyOfFixture()
        let nfd = "cafe\u{301}"
        try TestSupport.write("---\ntitle: Café\n---\nSee [first](first.md).\n", to: "content/guide/\(nfd).md", in: root)
        let first = root.appendingPathComponent("content/guide/first.md")
        try (TestSupport.text(root, "content/guide/first.md") + "\nSee [the café](\(nfd).md).\n").write(to: first, atomically: true, encoding: .utf8)
        let out = TestSupport.temporaryFolder().appendingPathComponent("public")
        try TestSupport.build(root, out: out)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("guide").path)
        #expect(names.contains { Array($0.utf8) == Array("caf\u{E9}".utf8) })
        #expect(TestSupport.text(out, "guide/first/index.html").contains("href=\"../caf%C3%A9/index.html\""))
        #expect(TestSupport.text(out, "sitemap.xml").contains("<loc>https://example.org/handbook/guide/caf%C3%A9/</loc>"))

        try TestSupport.write("---\ntitle: Twin\n---\n", to: "content/guide/caf\u{E9}.md", in: root)
        let problems = TestSupport.failures(root)
        #expect(problems.count == 1 && problems.first?.message.contains("two Unicode forms") == true, "\(problems)")
    }

    @Test("a broken data file is reported once, as broken, and the pages and catalog reading it say nothing more")
    func brokenData() throws {
        let problems = try failures { root in
            let file = root.appendingPathComponent("content/data/provinces.yaml")
            try (TestSupport.text(root, "content/data/provinces.yaml") + "  - name: [unclosed\n").write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.file == "content/data/provinces.yaml" && problems.first?.message.contains("invalid YAML") == true)
        #expect(problems.first?.line ?? 0 > 0)
    }
}
