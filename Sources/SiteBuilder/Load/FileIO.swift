import Foundation

/// How the generator reads its sources: from the disk, or from files held in memory, so a test can load
/// a site without one. Reading goes through `contents` and listing through `entries`; everything else about
/// the sources (their names, links, Unicode forms) is checked the same way for both.
package struct FileIO: Sendable {
    /// The bytes of the file at a path, or nil when there is none or it cannot be read.
    package var contents: @Sendable (String) -> Data?
    /// The entries of the folder at a path, or nil when there is none or it cannot be read.
    package var entries: @Sendable (String) -> [FolderEntry]?

    /// A file access made of the two operations.
    package init(contents: @escaping @Sendable (String) -> Data?, entries: @escaping @Sendable (String) -> [FolderEntry]?) {
        self.contents = contents
        self.entries = entries
    }

    /// The file system.
    package static let disk = FileIO(contents: { FileManager.default.contents(atPath: $0) }, entries: { folderEntries($0) })

    /// The given files, by absolute path, and the folders their paths make.
    package static func memory(_ files: [String: String]) -> FileIO {
        let bytes = files.mapValues { Data($0.utf8) }
        return FileIO(contents: { bytes[$0] }, entries: { folder in
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            var kinds: [String: FolderEntry.Kind] = [:]
            for path in bytes.keys where path.hasPrefix(prefix) {
                let rest = path.dropFirst(prefix.count)
                if let slash = rest.firstIndex(of: "/") { kinds[String(rest[..<slash])] = .folder } else { kinds[String(rest)] = .file }
            }
            return kinds.isEmpty ? nil : kinds.map { FolderEntry(name: $0.key, kind: $0.value) }
        })
    }

    /// The file's text, or nil when it cannot be read or is not UTF-8.
    func text(_ path: String) -> String? {
        contents(path).flatMap { String(data: $0, encoding: .utf8) }
    }
}
