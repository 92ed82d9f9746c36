import Foundation
import Testing

/// The `icp` command facing hostile drafts and dangerous output folders.
@Suite("The icp command and hostile input")
struct HostileCLITests {
    @Test("check's text output shows control and bidi characters of a draft as escapes, never raw")
    func terminalEscapes() throws {
        let draft = """
            entity: {type: individual, name: 李明, province: zhejiang}
            websites:
              - name: "李明\\e]0;pwned\\a\\e[2J\\u202e科技有限公司\\u0085\\x7f官网"
                domains: [liming-shop.cn]
            """
        let run = try CLITests.run(["check", "-"], input: draft)
        #expect(run.status == 1)
        #expect(run.output.contains(#"李明\u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}科技有限公司\u{85}\u{7F}官网"#))
        let forbidden: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{202E}", "\u{85}", "\u{7F}"]
        #expect(!run.output.unicodeScalars.contains { forbidden.contains($0) })
    }

    @Test("build refuses --out at the root, at content/ and at a folder it did not write; a marked folder works")
    func outputFolders() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("icp-cli-out-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("Tests/SiteBuilderTests/Fixtures/site"), to: site)
        for out in [site.path, site.path + "/content"] {
            let run = try CLITests.run(["build", "--root", site.path, "--out", out])
            #expect(run.status == 1)
            #expect(run.errors.contains("error: the output folder would hold or replace the sources (content/)"))
        }
        let mine = site.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("keep\n".utf8).write(to: mine.appendingPathComponent("notes.txt"))
        let refused = try CLITests.run(["build", "--root", site.path, "--out", mine.path])
        #expect(refused.status == 1 && refused.errors.contains("--force-out"))
        #expect(FileManager.default.contents(atPath: mine.appendingPathComponent("notes.txt").path) == Data("keep\n".utf8))
        let out = site.appendingPathComponent("out").path
        #expect(try CLITests.run(["build", "--root", site.path, "--out", out]).status == 0)
        #expect(try CLITests.run(["build", "--root", site.path, "--out", out]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/.icp-build"))
    }
}
