import Foundation
import Testing

/// The repository stands on its own: a fresh clone anywhere runs `make test`, `make bench` and `.ci/run`.
@Suite("The repository is self-contained")
struct SelfContainedTests {
    static let root = TestSupport.repositoryRoot

    /// Folders and files that tests, benchmarks and CI read or run.
    static let checkedPaths = ["Sources", "Tests", "tests", "bench", "Fuzz", ".ci", "Makefile", "Package.swift", "site.yaml"]
    static let textExtensions: Set<String> = ["swift", "sh", "py", "yaml", "yml", "json", "toml", "c", "h", "modulemap", ""]
    /// Folders whose contents are generated or fetched, not written here.
    static let skippedFolders: Set<String> = [".build", "Golden", "work", "corpus"]

    /// Every text file under the checked paths, relative to the root.
    static func files() -> [String] {
        var result: [String] = []
        let fm = FileManager.default
        for path in checkedPaths {
            let url = root.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            guard isFolder.boolValue else { result.append(path); continue }
            let walker = fm.enumerator(at: url, includingPropertiesForKeys: [.isDirectoryKey])
            while let item = walker?.nextObject() as? URL {
                if skippedFolders.contains(item.lastPathComponent) || item.lastPathComponent.hasPrefix(".build") {
                    walker?.skipDescendants()
                    continue
                }
                guard textExtensions.contains(item.pathExtension),
                    (try? item.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true
                else { continue }
                result.append(String(item.path.dropFirst(root.path.count + 1)))
            }
        }
        return result.sorted()
    }

    /// Paths outside the repository a file names: the shared folder beside a checkout, and in scripts and
    /// build files `../` runs that climb above the root (Swift tests hold such runs as hostile input).
    static func escapes(in text: String, file: String) -> [String] {
        var found: [String] = []
        let depthOfFile = file.split(separator: "/").count - 1
        let isScript = !file.hasSuffix(".swift")
        for match in text.matches(of: /(?:\.\.\/)+[A-Za-z_]/) where isScript {
            let climbs = match.output.split(separator: "/").count - 1
            if climbs > depthOfFile { found.append(String(match.output.dropLast())) }
        }
        for marker in ["shared/reference/", "shared/bench/", "shared/design/"] where text.contains(marker) {
            found.append(marker)
        }
        return found
    }

    @Test("no file that tests, benchmarks or CI read refers to a path outside the repository")
    func noPathLeavesTheRepository() throws {
        let files = Self.files()
        #expect(files.count > 50, "the walk found only \(files.count) files")
        for file in files where file != "Tests/SiteBuilderTests/SelfContainedTests.swift" {
            guard let text = try? String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8) else { continue }
            let outside = Self.escapes(in: text, file: file)
            #expect(outside.isEmpty, "\(file) refers outside the repository: \(outside)")
        }
    }

    @Test("the check itself finds a path that climbs out", arguments: [
        ("bench/run.sh", "CORPUS=$ROOT/.." + "/shared/bench/make_corpus.py", true),
        ("Tests/X/Y.swift", "root.appendingPathComponent(\"shared/reference/seed.txt\")", true),
        ("bench/run.sh", "cd \"$BENCH_DIR/..\" && pwd; source ../bench/lib.sh", false),
        ("Tests/X/Y.swift", "let up = \"../Fixtures/site\"", false),
        ("tests/browser/run.py", "ROOT = '../../../elsewhere/site'", true),
    ])
    func detector(file: String, text: String, escapes: Bool) {
        #expect(Self.escapes(in: text, file: file).isEmpty != escapes)
    }
}
