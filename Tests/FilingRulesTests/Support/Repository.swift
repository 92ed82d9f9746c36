import FilingRules

/// Files of the repository, read by the tests (the core itself never touches the disk).
enum Repository {
    /// The checkout's root: the nearest folder above this file that has `content/data/sources.yaml`.
    static let root: String = {
        var parts = #filePath.split(separator: "/").map(String.init)
        while !parts.isEmpty {
            parts.removeLast()
            let candidate = "/" + parts.joined(separator: "/")
            if FileText.read(candidate + "/content/data/sources.yaml") != nil { return candidate }
        }
        return "."
    }()

    /// The folder of this test target's fixtures.
    static let fixtures: String = {
        var parts = #filePath.split(separator: "/").map(String.init)
        parts.removeLast(2)
        return "/" + parts.joined(separator: "/") + "/Fixtures"
    }()

    /// The data files under `content/data`, as the CLI hands them to `Rulebook.load`.
    static func dataFiles() -> [DataFile] {
        Rulebook.fileNames.compactMap { name in
            let path = "content/data/\(name)"
            return FileText.read(root + "/" + path).map { DataFile(path: path, contents: $0) }
        }
    }

    /// The real data files, with `provinces.yaml` swapped for the fixture so rule cases stay stable
    /// while the province data evolves.
    static func fixtureFiles() -> [DataFile] {
        dataFiles().filter { $0.fileName != "provinces.yaml" } + [
            DataFile(path: "Fixtures/provinces.yaml", contents: FileText.read(fixtures + "/provinces.yaml") ?? "")
        ]
    }
}

extension DataFile {
    var fileName: String { String(path.split(separator: "/").last ?? "") }
}

/// Reads a whole text file with the C library, so the tests need no Foundation.
enum FileText {
    static func read(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func list(_ folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
