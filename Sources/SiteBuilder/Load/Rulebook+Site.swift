import FilingRules
import Foundation

extension Rulebook {
    /// The data files `Rulebook.load` reads, as found under `ROOT/content/data`. The rules core does no
    /// I/O, so every caller that starts from a site folder reads them here, through `files`; a missing file
    /// is left out and the loader names it.
    package static func dataFiles(root: URL, files: FileIO = .disk) -> [DataFile] {
        dataFiles { name in files.text(root.appendingPathComponent("content/data/" + name).path) }
    }

    /// The data files from texts already read, by file name (`provinces.yaml`).
    static func dataFiles(texts: [String: String]) -> [DataFile] {
        dataFiles { texts[$0] }
    }

    private static func dataFiles(_ text: (String) -> String?) -> [DataFile] {
        fileNames.compactMap { name in text(name).map { DataFile(path: "content/data/" + name, contents: $0) } }
    }

}
