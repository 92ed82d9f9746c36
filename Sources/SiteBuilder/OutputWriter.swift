import Foundation
import Synchronization

/// Writes the site into a fresh folder beside the output, then swaps it into place,
/// so a failed build never leaves a half-written or empty site behind.
final class OutputWriter: Sendable {
    let staging: URL
    let destination: URL
    private let madeFolders = Mutex<Set<String>>([])

    init(destination: URL) throws(BuildError) {
        self.destination = destination.standardizedFileURL
        let name = ".\(self.destination.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)"
        staging = self.destination.deletingLastPathComponent().appendingPathComponent(name)
        do {
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw BuildError([Diagnostic(file: destination.path, message: "cannot create \(staging.path): \(error.localizedDescription)")])
        }
    }

    /// Writes one file, relative to the site root.
    func write(_ path: String, _ bytes: some Collection<UInt8>) throws(BuildError) {
        let folder = directory(of: path)
        if !folder.isEmpty && !madeFolders.withLock({ $0.contains(folder) }) {
            do {
                try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            } catch {
                throw BuildError([Diagnostic(file: path, message: "cannot create the folder: \(error.localizedDescription)")])
            }
            madeFolders.withLock { _ = $0.insert(folder) }
        }
        let data = Data(bytes)
        guard FileManager.default.createFile(atPath: staging.appendingPathComponent(path).path, contents: data) else {
            throw BuildError([Diagnostic(file: path, message: "cannot write the output file")])
        }
    }

    func write(_ path: String, _ text: String) throws(BuildError) {
        try write(path, Array(text.utf8))
    }

    /// Copies a file into the site.
    func copy(from source: URL, to path: String) throws(BuildError) {
        guard let bytes = FileManager.default.contents(atPath: source.path) else {
            throw BuildError([Diagnostic(file: source.path, message: "cannot read the file to copy it")])
        }
        try write(path, bytes)
    }

    /// Replaces the destination with the staged site.
    func commit() throws(BuildError) {
        let fm = FileManager.default
        let old = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            if fm.fileExists(atPath: destination.path) { try fm.moveItem(at: destination, to: old) }
            try fm.moveItem(at: staging, to: destination)
            try? fm.removeItem(at: old)
        } catch {
            throw BuildError([Diagnostic(file: destination.path, message: "cannot move the new site into place: \(error.localizedDescription)")])
        }
    }

    /// Removes the staged files after a failed build.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
