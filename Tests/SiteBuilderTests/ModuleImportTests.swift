import Foundation
import Testing

/// Modules import only what the layering allows (docs/ARCHITECTURE.md): the rules core stays pure, the
/// generator knows nothing of the server, and nothing imports the command.
@Suite("Modules import only what the architecture allows")
struct ModuleImportTests {
    /// The system and standard library modules any module but the rules core may use.
    static let system: Set<String> = ["Foundation", "Dispatch", "Synchronization", "Glibc", "Darwin"]

    /// What each module under `Sources/` may import besides `system`.
    static let allowed: [String: Set<String>] = [
        "FilingRules": ["Yams"],
        "SiteBuilder": system.union(["FilingRules", "CCmark", "Yams", "Mustache"]),
        "CheckerServer": system.union([
            "SiteBuilder", "FilingRules", "Hummingbird", "HummingbirdCore", "HTTPTypes", "NIOCore", "NIOHTTP1",
            "CompressNIO", "Logging", "ServiceLifecycle",
        ]),
        "icp": system.union(["FilingRules", "SiteBuilder", "CheckerServer", "ArgumentParser", "Logging", "Hummingbird"]),
        "JemallocSettings": [],
        "CCmark": [],
    ]

    /// The module a line imports: `import X`, `@preconcurrency import X`, `import struct X.Y`, `@_exported import X`.
    static func importedModule(_ line: Substring) -> String? {
        var words = line.split(separator: " ", omittingEmptySubsequences: true)[...]
        while let first = words.first, first.hasPrefix("@") || ["public", "package", "internal", "private", "fileprivate"].contains(first) {
            words = words.dropFirst()
        }
        guard words.first == "import", words.count >= 2 else { return nil }
        var name = words.dropFirst().first!
        let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "typealias", "func", "let", "var"]
        if kinds.contains(name), words.count >= 3 { name = words.dropFirst(2).first! }
        return String(name.prefix { $0 != "." && $0 != ";" })
    }

    /// Every `(module, file, imported)` found under `Sources/`.
    static func imports() throws -> [(module: String, file: String, imported: String)] {
        let sources = TestSupport.repositoryRoot.appendingPathComponent("Sources")
        var found: [(String, String, String)] = []
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard ["swift", "h", "c", "modulemap"].contains(url.pathExtension) else { continue }
            let relative = String(url.path.dropFirst(sources.path.count + 1))
            let module = String(relative.prefix { $0 != "/" })
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") {
                if let imported = importedModule(line.drop { $0 == " " }) { found.append((module, relative, imported)) }
            }
        }
        return found
    }

    /// A sentence for each import its module may not use.
    static func violations(_ found: [(module: String, file: String, imported: String)]) -> [String] {
        found.compactMap { module, file, imported in
            guard let allowed = allowed[module] else { return "Sources/\(module) is not in the table of modules" }
            return allowed.contains(imported) ? nil : "Sources/\(file) imports \(imported), which \(module) may not use"
        }
    }

    @Test("every import under Sources/ is one its module may use")
    func importsFollowTheLayers() throws {
        let found = try Self.imports()
        #expect(found.count > 50, "the scan found too few imports to be reading Sources/")
        #expect(Self.violations(found) == [])
    }

    @Test("an import across the layers is caught", arguments: [
        ("FilingRules", "SiteBuilder"), ("FilingRules", "CheckerServer"), ("FilingRules", "CCmark"), ("FilingRules", "Foundation"),
        ("SiteBuilder", "CheckerServer"), ("SiteBuilder", "Hummingbird"), ("CheckerServer", "ArgumentParser"), ("Unknown", "Foundation"),
    ])
    func forbiddenImport(module: String, imported: String) {
        #expect(Self.violations([(module, module + "/X.swift", imported)]).count == 1)
    }

    @Test("an import the layers allow passes", arguments: [
        ("FilingRules", "Yams"), ("SiteBuilder", "FilingRules"), ("SiteBuilder", "CCmark"), ("CheckerServer", "SiteBuilder"), ("icp", "CheckerServer"),
    ])
    func allowedImport(module: String, imported: String) {
        #expect(Self.violations([(module, module + "/X.swift", imported)]).isEmpty)
    }

    @Test("import lines are read in all their forms", arguments: [
        ("import Foundation", "Foundation"), ("@preconcurrency import NIOCore", "NIOCore"), ("import struct Yams.Node", "Yams"),
        ("@_exported import SiteBuilder", "SiteBuilder"), ("public import FilingRules", "FilingRules"),
    ])
    func parsesImports(line: String, module: String) {
        #expect(Self.importedModule(Substring(line)) == module)
    }

    @Test("lines that are not imports are ignored", arguments: ["// import CheckerServer", "let important = 1", "importer()"])
    func ignoresOthers(line: String) {
        #expect(Self.importedModule(Substring(line)) == nil)
    }
}
