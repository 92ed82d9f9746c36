import Foundation

// Every listing of a folder in the generator and the server goes through `folderEntries`; `SourceListing`
// applies the rules for source folders on top of it.

/// One entry of a folder, typed without following symbolic links.
package struct FolderEntry: Sendable, Equatable {
    package enum Kind: Sendable { case folder, file, other }

    package let name: String
    package let kind: Kind

    package init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}

/// The entries of a folder except `.` and `..`, in no particular order, or nil when it cannot be read.
/// `readdir` gives each entry's type, which spares a `stat` call per entry on most file systems.
package func folderEntries(_ path: String) -> [FolderEntry]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var entries: [FolderEntry] = []
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard name != ".", name != ".." else { continue }
        var type = entry.pointee.d_type
        if type == UInt8(DT_UNKNOWN) {
            var info = stat()
            guard lstat(path + "/" + name, &info) == 0 else { continue }
            type = switch info.st_mode & S_IFMT {
            case S_IFDIR: UInt8(DT_DIR)
            case S_IFREG: UInt8(DT_REG)
            default: UInt8(DT_LNK)
            }
        }
        let kind: FolderEntry.Kind = type == UInt8(DT_DIR) ? .folder : type == UInt8(DT_REG) ? .file : .other
        entries.append(FolderEntry(name: name, kind: kind))
    }
    return entries
}
