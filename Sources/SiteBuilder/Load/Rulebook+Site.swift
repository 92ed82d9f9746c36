import FilingRules
import Foundation

extension Rulebook {
    /// The data files `Rulebook.load` reads, as found under `ROOT/content/data`. The rules core does no
    /// I/O, so every caller that starts from a site folder reads them here; a missing file is left out
    /// and the loader names it.
    public static func dataFiles(root: URL) -> [DataFile] {
        dataFiles { name in FileIO.disk.text(root.appendingPathComponent("content/data/" + name).path) }
    }

    /// The data files from texts already read, by file name (`provinces.yaml`).
    static func dataFiles(texts: [String: String]) -> [DataFile] {
        dataFiles { texts[$0] }
    }

    private static func dataFiles(_ text: (String) -> String?) -> [DataFile] {
        fileNames.compactMap { name in text(name).map { DataFile(path: "content/data/" + name, contents: $0) } }
    }

    /// The catalog as published for tools (`rulebook.json`, `icp rules --format json`): version, review
    /// date and rules, with sorted keys so the output is reproducible.
    public func publishedCatalogJSON() -> Data {
        struct Published: Encodable { let version: String; let reviewed: String; let rules: [RuleEntry] }
        return Self.encode(Published(version: version, reviewed: reviewed, rules: catalog))
    }

    /// The rules alone, as `GET /api/rules` sends them.
    public func rulesJSON() -> Data { Self.encode(catalog) }

    private static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Rule entries hold strings and enumerations only, which always encode.
        return (try? encoder.encode(value)) ?? Data()
    }
}
