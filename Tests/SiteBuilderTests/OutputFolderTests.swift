import Foundation
import Testing
@testable import SiteBuilder

/// `icp build` moves or deletes only what it wrote itself.
@Suite("The output folder")
struct OutputFolderTests {
    private func build(_ root: URL, out: URL, force: Bool = false) throws(BuildError) {
        var options = BuildOptions(root: root, output: out)
        options.replaceUnmarkedOutput = force
        _ = try SiteGenerator.build(options)
    }

    private func refusal(_ root: URL, out: URL, force: Bool = false) -> String? {
        do { try build(root, out: out, force: force); return nil } catch { return error.diagnostics.map(\.message).joined(separator: "\n") }
    }

    @Test("the root itself, or its content folder, is refused even with --force-out, and nothing moves", arguments: [("", false), ("", true), ("content", false), ("content", true), ("content/guide", false)])
    func sources(path: String, force: Bool) throws {
        let root = try TestSupport.copyOfFixture()
        let out = path.isEmpty ? root : root.appendingPathComponent(path)
        let before = TestSupport.files(in: root)
        let message = try #require(refusal(root, out: out, force: force))
        #expect(message.contains("the sources (content/)"))
        #expect(TestSupport.files(in: root) == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasSuffix(".previous") || $0.contains(".building-") })
    }

    @Test("a folder holding a repository is refused even with --force-out")
    func repository() throws {
        let root = try TestSupport.copyOfFixture()
        let out = TestSupport.temporaryFolder("icp-repo")
        try TestSupport.write("[core]\n", to: ".git/config", in: out)
        #expect(refusal(root, out: out, force: true)?.contains("repository (.git)") == true)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(".git/config").path))
    }

    @Test("a non-empty folder without the marker is refused; --force-out replaces it without keeping it as a spare")
    func unmarked() throws {
        let root = try TestSupport.copyOfFixture()
        let out = TestSupport.temporaryFolder("icp-mine").appendingPathComponent("site")
        try TestSupport.write("my notes\n", to: "notes.txt", in: out)
        #expect(refusal(root, out: out)?.contains("did not write") == true)
        #expect(TestSupport.text(out, "notes.txt") == "my notes\n")
        try build(root, out: out, force: true)
        #expect(OutputFolder.isMarked(out))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("notes.txt").path))
        #expect(OutputFolder.isAbsent(out.deletingLastPathComponent().appendingPathComponent(".site.previous")))
    }

    @Test("an empty or new folder is used, a marked one is replaced and kept marked as the spare")
    func marked() throws {
        let root = try TestSupport.copyOfFixture()
        let empty = TestSupport.temporaryFolder("icp-empty")
        try build(root, out: empty)
        #expect(OutputFolder.isMarked(empty))
        try build(root, out: empty)
        let spare = empty.deletingLastPathComponent().appendingPathComponent("." + empty.lastPathComponent + ".previous")
        #expect(OutputFolder.isMarked(spare))
        try build(root, out: empty)
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("index.html").path))
    }

    @Test("a spare folder the tool did not write is neither reused nor deleted")
    func foreignSpare() throws {
        let root = try TestSupport.copyOfFixture()
        let parent = TestSupport.temporaryFolder("icp-spare")
        try TestSupport.write("keep\n", to: ".public.previous/keep.txt", in: parent)
        #expect(refusal(root, out: parent.appendingPathComponent("public")) != nil)
        #expect(TestSupport.text(parent, ".public.previous/keep.txt") == "keep\n")
    }

    @Test("a failed build leaves the previous output as it was")
    func failedBuild() throws {
        let root = try TestSupport.copyOfFixture()
        let out = TestSupport.temporaryFolder("icp-fail").appendingPathComponent("public")
        try build(root, out: out)
        let before = TestSupport.files(in: out)
        try TestSupport.write("---\ntitle: [broken\n---\n", to: "content/guide/broken.md", in: root)
        #expect(refusal(root, out: out) != nil)
        #expect(TestSupport.files(in: out) == before)
        #expect(OutputFolder.isMarked(out))
    }
}
