import Foundation
import Testing

/// Runs the built `icp` binary as a person or a script would, checking output and exit codes.
@Suite("The icp command")
struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let icp = root.appendingPathComponent(".build/debug/icp")

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ arguments: [String], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = icp
        process.arguments = arguments
        process.currentDirectoryURL = root
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    @Test("a clean draft passes with exit code 0")
    func clean() throws {
        let run = try Self.run(["check", "content/examples/clean-organization.yaml"])
        #expect(run.status == 0)
        #expect(run.output.contains("pass: 0 errors"))
    }

    @Test("a failing draft lists compiler-style findings and exits 1")
    func failing() throws {
        let run = try Self.run(["check", "content/examples/digits-only-name.yaml"])
        #expect(run.status == 1)
        #expect(run.output.contains("error[name/all-digits]: Website 1 › Website name:"))
        #expect(run.output.contains("= docs: naming/#all-digits"))
    }

    @Test("--lang zh-CN prints Chinese findings with the same rule ids; the JSON report says its language")
    func chinese() throws {
        let run = try Self.run(["check", "--lang", "zh-CN", "content/examples/digits-only-name.yaml"])
        #expect(run.status == 1)
        #expect(run.output.contains("错误[name/all-digits]：网站1 › 网站名称："))
        #expect(run.output.contains("全部由数字组成"))
        #expect(run.output.contains("= 说明：zh-CN/naming/#all-digits"))
        #expect(run.output.contains("不通过："))
        #expect(!run.output.contains("= fix:"))
        let json = try Self.run(["check", "--lang", "zh-CN", "--format", "json", "content/examples/digits-only-name.yaml"])
        let report = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect(report?["lang"] as? String == "zh-CN")
        let finding = (report?["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "name/all-digits" }
        #expect(finding?["path"] as? String == "/websites/0/name")
        #expect((finding?["message"] as? String)?.contains("数字") == true)
        let english = try Self.run(["check", "--format", "json", "content/examples/digits-only-name.yaml"])
        #expect((try JSONSerialization.jsonObject(with: Data(english.output.utf8)) as? [String: Any])?["lang"] as? String == "en")
        #expect(try Self.run(["check", "--lang", "fr", "content/examples/digits-only-name.yaml"]).status != 0)
    }

    @Test("--lang zh-CN explains a draft it cannot read in Chinese; JSON keeps the pointer", arguments: [
        ("entity: {type: indvidual, name: 张三, province: zhejiang}\nwebsites: [{name: 笔记, domains: [example.com]}]\n", "/entity/type", "“主体性质”没有“indvidual”这个取值", "主体信息 › 主体性质: "),
        ("entity: [\n  websites: {", "", "YAML 格式有误（第", "<stdin>: error: "),
    ])
    func chineseInputError(draft: String, path: String, chinese: String, place: String) throws {
        let text = try Self.run(["check", "--lang", "zh-CN", "-"], input: draft)
        #expect(text.status == 2)
        #expect(text.errors.contains(place + chinese), "\(text.errors)")
        #expect(!text.errors.contains("unknown value") && !text.errors.contains("not valid YAML"))
        let json = try Self.run(["check", "--lang", "zh-CN", "--format", "json", "-"], input: draft)
        #expect(json.status == 2)
        let error = (try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])?["error"] as? [String: Any]
        #expect(error?["path"] as? String == path)
        #expect((error?["message"] as? String)?.contains(chinese) == true)
        let english = try Self.run(["check", "-"], input: draft)
        #expect(english.status == 2 && !english.errors.contains(chinese))
    }

    @Test("invalid input exits 2 with the JSON path and the accepted values")
    func invalid() throws {
        let run = try Self.run(["check", "-"], input: #"{"entity": {"type": "robot", "name": "x", "province": "zhejiang"}, "websites": [{"name": "abc", "domains": ["a.com"]}]}"#)
        #expect(run.status == 2)
        #expect(run.errors.contains("Entity › Entity type"))
        #expect(run.errors.contains("organization, individual"))
        let missing = try Self.run(["check", "no-such-draft.yaml"])
        #expect(missing.status == 2)
    }

    @Test("--format json prints the report of the contract")
    func json() throws {
        let run = try Self.run(["check", "--format", "json", "content/examples/hubei-two-websites.yaml"])
        #expect(run.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(report?["verdict"] as? String == "fail")
        let findings = report?["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains { $0["rule"] as? String == "region/one-website-per-application" && $0["path"] as? String == "/websites/1" })
        #expect((report?["rulebook"] as? [String: Any])?["reviewed"] != nil)
    }

    @Test("icp rules lists the catalog")
    func rules() throws {
        let run = try Self.run(["rules", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.output.contains("\"name/all-digits\""))
    }

    @Test("icp build reports every error with its location, exits 1 and keeps the old output")
    func build() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("icp-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Tests/SiteBuilderTests/Fixtures/site"), to: site)
        let good = try Self.run(["build", "--root", site.path])
        #expect(good.status == 0)
        #expect(good.output.hasPrefix("Built 4 pages"))
        let index = site.appendingPathComponent("public/index.html")
        let before = try Data(contentsOf: index)
        try Data("---\ntitle: Broken\n---\n\n[gone](missing.md)\n".utf8).write(to: site.appendingPathComponent("content/broken.md"))
        let bad = try Self.run(["build", "--root", site.path])
        #expect(bad.status == 1)
        #expect(bad.errors.contains("content/broken.md:5:8: error: link to a missing page `missing.md`"))
        #expect(try Data(contentsOf: index) == before)
    }
}
