import Foundation
import Synchronization

/// Writes the site into a folder beside the output, then swaps it into place, so a failed build never
/// leaves a half-written or empty site behind.
///
/// The site replaced by a build is kept beside the output as `.NAME.previous` and becomes the next build's
/// staging folder: overwriting existing files and folders costs the file system far less than creating
/// 20,000 new ones. Files the build did not write are removed before the swap.
final class OutputWriter: Sendable {
    let staging: URL
    let destination: URL
    /// The previous site, kept for the next build to write over.
    private let spare: URL
    /// Whether the staging folder started as an earlier site, whose leftover files must go.
    private let reused: Bool
    private let writtenFiles = Mutex<Set<String>>([])
    /// The staging folder's path with a trailing slash, for the POSIX calls.
    private let stagingPath: String
    /// Live rebuilds replace files a server may be reading, so they write a temporary file and rename it.
    private let replacesFiles: Bool
    /// The removal of the earlier site's leftovers, once started.
    private let leftoverRemoval = Mutex<DispatchGroup?>(nil)
    private let madeFolders = Mutex<Set<String>>([])
    /// How the sources copied into the site are read.
    private let files: FileIO

    /// Checks that the output may be replaced (`OutputFolder`), then prepares the staging folder, marked as
    /// the build's own from its first file.
    init(options: BuildOptions) throws(BuildError) {
        destination = options.output.standardizedFileURL
        let parent = destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(destination.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)")
        spare = parent.appendingPathComponent(".\(destination.lastPathComponent).previous")
        stagingPath = staging.path + "/"
        replacesFiles = false
        files = options.files
        try OutputFolder.check(destination, root: options.root, force: options.replaceUnmarkedOutput)
        try OutputFolder.checkSpare(spare)
        try OutputFolder.checkSpare(staging)
        let fm = FileManager.default
        try? fm.removeItem(at: staging)
        reused = OutputFolder.isMarked(spare) && (try? fm.moveItem(at: spare, to: staging)) != nil
        do {
            if !reused { try fm.createDirectory(at: staging, withIntermediateDirectories: true) }
        } catch {
            throw BuildError([Diagnostic(file: destination.path, message: "cannot create \(staging.path): \(error.localizedDescription)")])
        }
        try write(OutputFolder.markerName, OutputFolder.markerText)
    }

    /// Writes straight into the destination, for live rebuilds that change a few files of a good site.
    init(inPlace destination: URL, files: FileIO = .disk) {
        self.files = files
        self.destination = destination.standardizedFileURL
        staging = self.destination
        spare = self.destination
        stagingPath = staging.path + "/"
        replacesFiles = true
        reused = false
    }

    /// Writes one file, relative to the site root.
    func write(_ path: String, _ bytes: some Collection<UInt8>) throws(BuildError) {
        try Array(bytes).withUnsafeBytes { buffer in Result { () throws(BuildError) in try write(path, buffer: buffer) } }.get()
    }

    func write(_ path: String, _ text: String) throws(BuildError) {
        var text = text
        try text.withUTF8 { buffer in Result { () throws(BuildError) in try write(path, buffer: UnsafeRawBufferPointer(buffer)) } }.get()
    }

    /// Creates the file's folder once, then writes the bytes with plain POSIX calls: a staging folder is new and
    /// private to this build, so only in-place writes pay for a temporary file and a rename.
    private func write(_ path: String, buffer: UnsafeRawBufferPointer) throws(BuildError) {
        let folder = directory(of: path)
        if !folder.isEmpty && !madeFolders.withLock({ $0.contains(folder) }) {
            try makeFolder(folder, for: path)
            madeFolders.withLock { _ = $0.insert(folder) }
        }
        if reused { writtenFiles.withLock { _ = $0.insert(path) } }
        let target = stagingPath + path
        let written = replacesFiles ? target + ".building-\(ProcessInfo.processInfo.processIdentifier)" : target
        guard Self.writeFile(written, buffer), !replacesFiles || rename(written, target) == 0 else {
            if replacesFiles { unlink(written) }
            throw BuildError([Diagnostic(file: path, message: "cannot write the output file")])
        }
    }

    /// Creates or overwrites a file with every byte; false on any failure. A file that holds these bytes
    /// already is left as it is, modification time included.
    ///
    /// An existing file is written over and then cut to the new length, not truncated first: ext4 starts
    /// writing a file back to disk when it is closed after being truncated to zero, which would make every
    /// build wait on the disk for the files of the previous one.
    private static func writeFile(_ path: String, _ buffer: UnsafeRawBufferPointer) -> Bool {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if holds(fd, buffer) { return true }
        var offset = 0
        if let base = buffer.baseAddress {
            while offset < buffer.count {
                let count = pwrite(fd, base + offset, buffer.count - offset, off_t(offset))
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
        }
        return ftruncate(fd, off_t(offset)) == 0
    }

    /// Whether the open file has exactly these bytes. Reading a file back costs less than writing it, and an
    /// unchanged page then keeps its modification time for deploy tools and caches.
    private static func holds(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        var info = stat()
        guard let base = buffer.baseAddress, fstat(fd, &info) == 0, Int(info.st_size) == buffer.count else { return false }
        let chunk = min(buffer.count, 65_536)
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { scratch.deallocate() }
        var offset = 0
        while offset < buffer.count {
            let count = pread(fd, scratch, min(chunk, buffer.count - offset), off_t(offset))
            if count < 0 && errno == EINTR { continue }
            guard count > 0, memcmp(scratch, base + offset, count) == 0 else { return false }
            offset += count
        }
        return true
    }

    /// Makes one folder of the site; its parent usually exists already, so one `mkdir` call is the common case.
    private func makeFolder(_ folder: String, for path: String) throws(BuildError) {
        if mkdir(stagingPath + folder, 0o777) == 0 || errno == EEXIST { return }
        do {
            try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
        } catch {
            throw BuildError([Diagnostic(file: path, message: "cannot create the folder: \(error.localizedDescription)")])
        }
    }

    /// Writes the files in order, those made on demand last: the removal of what an earlier site left
    /// starts before they are made, so the walk of the old folders overlaps the making of the search index.
    func write(_ files: [OutputFile]) throws(BuildError) {
        var later: [OutputFile] = []
        for file in files {
            if case .deferred = file.contents { later.append(file) } else { try write(file) }
        }
        guard !later.isEmpty else { return }
        removeLeftovers(besides: Set(later.map(\.path)))
        for file in later { try write(file) }
    }

    /// Writes one file.
    func write(_ file: OutputFile) throws(BuildError) {
        switch file.contents {
        case .text(let text): try write(file.path, text)
        case .copy(let source): try copy(from: source, to: file.path)
        case .deferred(let make): try write(file.path, make())
        }
    }

    /// Copies a file into the site; scripts and stylesheets compacted.
    private func copy(from source: URL, to path: String) throws(BuildError) {
        guard let bytes = files.contents(source.path) else {
            throw BuildError([Diagnostic(file: source.path, message: "cannot read the file to copy it")])
        }
        if CompactAsset.applies(to: path), let text = String(data: bytes, encoding: .utf8) {
            try write(path, CompactAsset.compact(text))
        } else {
            try write(path, bytes)
        }
    }

    /// Replaces the destination with the staged site and keeps the replaced one as the next build's spare.
    func commit() throws(BuildError) {
        let fm = FileManager.default
        removeLeftovers(besides: [])
        leftoverRemoval.withLock { $0 }?.wait()
        do {
            if OutputFolder.isMarked(spare) { try fm.removeItem(at: spare) }
            // Only a site this tool wrote is kept as the spare; anything else here was an empty folder or one
            // the user let go with --force-out.
            if OutputFolder.isMarked(destination) {
                try fm.moveItem(at: destination, to: spare)
            } else if !OutputFolder.isAbsent(destination) {
                try fm.removeItem(at: destination)
            }
            try fm.moveItem(at: staging, to: destination)
        } catch {
            throw BuildError([Diagnostic(file: destination.path, message: "cannot move the new site into place: \(error.localizedDescription)")])
        }
    }

    /// Keeps the staged files of a failed build as the spare for the next one (it rewrites or removes each).
    func discard() {
        leftoverRemoval.withLock { $0 }?.wait()
        let fm = FileManager.default
        if fm.fileExists(atPath: spare.path) { try? fm.removeItem(at: staging) } else { try? fm.moveItem(at: staging, to: spare) }
    }

    /// Starts deleting, on other threads, what an earlier site left in the staging folder: the files this build
    /// has not written, apart from `upcoming`, then the folders left empty. Every file written after this call
    /// must be in `upcoming`. `commit()` starts it if nothing did and waits for it; only the first call counts.
    ///
    /// Started before the last file of a large site, the search index, the walk of the old folders (one
    /// `opendir` per page) runs while that file is made.
    func removeLeftovers(besides upcoming: Set<String>) {
        guard reused else { return }
        let group = leftoverRemoval.withLock { started -> DispatchGroup? in
            guard started == nil else { return nil }
            started = DispatchGroup()
            return started
        }
        guard let group else { return }
        let kept = writtenFiles.withLock { $0 }.union(upcoming)
        DispatchQueue.global().async(group: group) { [self] in
            _ = parallelMap(folderEntries(stagingPath) ?? []) { removeLeftover($0, in: "", written: kept) }
        }
    }

    /// Removes an entry of `folder` unless this build wrote it, a folder after what it holds; true when removed.
    private func removeLeftover(_ entry: FolderEntry, in folder: String, written: Set<String>) -> Bool {
        let path = folder.isEmpty ? entry.name : folder + "/" + entry.name
        guard entry.kind == .folder else { return !written.contains(path) && unlink(stagingPath + path) == 0 }
        var empty = true
        for child in folderEntries(stagingPath + path) ?? [] where !removeLeftover(child, in: path, written: written) {
            empty = false
        }
        return empty && rmdir(stagingPath + path) == 0
    }
}
