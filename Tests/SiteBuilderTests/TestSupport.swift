import Foundation
@testable import SiteBuilder

/// Paths and helpers shared by the generator's tests.
enum TestSupport {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtureSite = testsFolder.appendingPathComponent("Fixtures/site")
    static let goldenFolder = testsFolder.appendingPathComponent("Golden")
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh temporary folder, removed by the caller when it wants.
    static func temporaryFolder(_ name: String = "icp-test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the fixture site that a test may edit.
    static func copyOfFixture() throws -> URL {
        let copy = temporaryFolder("icp-fixture").appendingPathComponent("site")
        try FileManager.default.copyItem(at: fixtureSite, to: copy)
        return copy
    }

    /// Builds a site into `out` (default: ROOT/public).
    @discardableResult
    static func build(_ root: URL, out: URL? = nil, drafts: Bool = false) throws(BuildError) -> BuildSummary {
        var options = BuildOptions(root: root, output: out)
        options.includeDrafts = drafts
        return try SiteGenerator.build(options)
    }

    /// Every file under a folder with its bytes, by relative path.
    static func files(in folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in SourceListing.files(under: folder) {
            result[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return result
    }

    static func text(_ folder: URL, _ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) ?? Data(), as: UTF8.self)
    }

    /// Writes a file into a site, creating folders.
    static func write(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The diagnostics of a build expected to fail.
    static func failures(_ root: URL, out: URL? = nil) -> [Diagnostic] {
        do {
            try build(root, out: out ?? temporaryFolder("icp-out").appendingPathComponent("public"))
            return []
        } catch {
            return error.diagnostics
        }
    }
}
