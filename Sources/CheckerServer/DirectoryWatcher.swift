#if canImport(Glibc)
import Glibc

/// Watches folders recursively with inotify and reports, after a quiet pause, that something changed.
final class DirectoryWatcher: Sendable {
    private let descriptor: Int32
    private let folders: [String]

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
    func nextChange(quiet: Duration = .milliseconds(200), poll: Duration = .milliseconds(50)) async throws {
        while !drain() { try await Task.sleep(for: poll) }
        var calm = Duration.zero
        while calm < quiet {
            try await Task.sleep(for: poll)
            calm = drain() ? .zero : calm + poll
        }
        addWatches()
    }

    /// Reads every pending event; true when there was at least one.
    private func drain() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var changed = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return changed }
            changed = true
        }
    }

    /// Adds a watch to every folder (inotify ignores folders it already watches), picking up new ones.
    private func addWatches() {
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB)
        for folder in folders { walk(folder) { inotify_add_watch(descriptor, $0, mask) } }
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
