#if canImport(Glibc)
import Glibc
import Synchronization

/// Watches folders recursively with inotify and reports, after a quiet pause, which files changed.
final class DirectoryWatcher: Sendable {
    /// The files that changed in one burst of saves; `overflowed` when the kernel dropped events.
    struct Changes: Sendable {
        var paths: Set<String> = []
        var overflowed = false
        var isEmpty: Bool { paths.isEmpty && !overflowed }
    }

    private let descriptor: Int32
    private let folders: [String]
    /// The folder each watch descriptor stands for.
    private let watched = Mutex<[Int32: String]>([:])

    /// Starts watching every folder under each of `folders`; nil when inotify is unavailable.
    init?(folders: [String]) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.folders = folders
        addWatches()
    }

    deinit { close(descriptor) }

    /// Waits until files changed and then stayed quiet for `quiet`, so a burst of saves gives one rebuild.
    func nextChange(quiet: Duration = .milliseconds(20), poll: Duration = .milliseconds(5)) async throws -> Changes {
        var changes = Changes()
        while changes.isEmpty {
            drain(into: &changes)
            if changes.isEmpty { try await Task.sleep(for: poll) }
        }
        var calm = Duration.zero
        while calm < quiet {
            try await Task.sleep(for: poll)
            let before = (changes.paths.count, changes.overflowed)
            drain(into: &changes)
            calm = (changes.paths.count, changes.overflowed) == before ? calm + poll : .zero
        }
        addWatches()
        return changes
    }

    /// Reads every pending event into `changes`.
    private func drain(into changes: inout Changes) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let folders = watched.withLock { $0 }
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            buffer.withUnsafeBytes { raw in
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    let nameBytes = raw[nameStart..<min(nameStart + Int(event.len), count)].prefix { $0 != 0 }
                    offset = nameStart + Int(event.len)
                    if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { changes.overflowed = true; continue }
                    guard let folder = folders[event.wd] else { changes.overflowed = true; continue }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    guard !name.isEmpty, !name.hasPrefix("."), !name.hasSuffix("~") else { continue }
                    changes.paths.insert(folder + "/" + name)
                }
            }
        }
    }

    /// Adds a watch to every folder (inotify ignores folders it already watches), picking up new ones.
    private func addWatches() {
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB)
        for folder in folders {
            walk(folder) { path in
                let wd = inotify_add_watch(descriptor, path, mask)
                if wd >= 0 { watched.withLock { $0[wd] = path } }
            }
        }
    }

    private func walk(_ path: String, _ visit: (String) -> Void) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
        visit(path)
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            walk(path + "/" + name, visit)
        }
    }
}

#endif
