#if canImport(Glibc)
import Foundation
import Glibc
import SiteBuilder
import Synchronization

/// Watches folders recursively with inotify and reports, after a quiet pause, which files changed.
///
/// The wait blocks in `poll(2)` on a thread of its own, so a save is seen the moment the kernel reports
/// it; no polling loop, and no walk over the watched tree after each change.
final class DirectoryWatcher: Sendable {
    /// The files that changed in one burst of saves; `overflowed` when the kernel dropped events.
    struct Changes: Sendable {
        var paths: Set<String> = []
        var overflowed = false
        var isEmpty: Bool { paths.isEmpty && !overflowed }
    }

    private let descriptor: Int32
    /// A pipe written to when the waiting task is cancelled, to wake the blocked `poll`.
    private let wakePipe: (read: Int32, write: Int32)
    /// The folder each watch descriptor stands for.
    private let watched = Mutex<[Int32: String]>([:])
    /// Watches on the parents of the watched folders, with the names watched there: a watched folder that is
    /// deleted loses its watches, and is watched again when a folder of that name comes back.
    private let parents: [Int32: (path: String, names: Set<String>)]

    /// Starts watching every folder under each of `folders`, and their parents for those folders coming and
    /// going; nil when inotify is unavailable.
    init?(folders: [String]) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { close(descriptor); return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        self.descriptor = descriptor
        self.wakePipe = (ends[0], ends[1])
        var parents: [Int32: (path: String, names: Set<String>)] = [:]
        let parentMask = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR)
        for (parent, children) in Dictionary(grouping: folders.map(URL.init(fileURLWithPath:)), by: { $0.deletingLastPathComponent().path }) {
            let wd = inotify_add_watch(descriptor, parent, parentMask)
            if wd >= 0 { parents[wd] = (parent, Set(children.map(\.lastPathComponent))) }
        }
        self.parents = parents
        for folder in folders { addWatches(under: folder) }
    }

    deinit {
        close(descriptor)
        close(wakePipe.read)
        close(wakePipe.write)
    }

    /// Waits until files changed and then stayed quiet for `quiet`, so a burst of saves gives one rebuild.
    func nextChange(quiet: Duration = .milliseconds(10)) async throws -> Changes {
        let milliseconds = Int32(quiet.components.seconds * 1000 + quiet.components.attoseconds / 1_000_000_000_000_000)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                Thread.detachNewThread { continuation.resume(with: Result { try self.waitForChanges(quietMilliseconds: milliseconds) }) }
            }
        } onCancel: {
            var byte: UInt8 = 1
            _ = write(wakePipe.write, &byte, 1)
        }
    }

    /// Blocks until the first event, then gathers events until none came for `quietMilliseconds`.
    private func waitForChanges(quietMilliseconds: Int32) throws -> Changes {
        var changes = Changes()
        while changes.isEmpty {
            guard try waitForEvents(timeout: -1) else { continue }
            drain(into: &changes)
        }
        while try waitForEvents(timeout: quietMilliseconds) { drain(into: &changes) }
        return changes
    }

    /// True when events are ready, false when `timeout` (milliseconds, -1 for none) passed first.
    private func waitForEvents(timeout: Int32) throws -> Bool {
        var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&fds, 2, timeout)
        if fds[1].revents != 0 { throw CancellationError() }
        return ready > 0 && fds[0].revents != 0
    }

    /// Reads every pending event into `changes`; folders created or moved in are watched from now on.
    private func drain(into changes: inout Changes) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            var newFolders: [String] = []
            buffer.withUnsafeBytes { raw in
                watched.withLock { folders in
                    while offset + MemoryLayout<inotify_event>.size <= count {
                        let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                        let nameStart = offset + MemoryLayout<inotify_event>.size
                        let nameBytes = raw[nameStart..<min(nameStart + Int(event.len), count)].prefix { $0 != 0 }
                        offset = nameStart + Int(event.len)
                        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { changes.overflowed = true; continue }
                        if event.mask & UInt32(IN_IGNORED) != 0 { folders[event.wd] = nil; continue }
                        let name = String(decoding: nameBytes, as: UTF8.self)
                        if let parent = parents[event.wd] {
                            // A watched folder itself appeared or went: reported as changed, watched again if back.
                            guard parent.names.contains(name) else { continue }
                            changes.paths.insert(parent.path + "/" + name)
                            if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { newFolders.append(parent.path + "/" + name) }
                            continue
                        }
                        guard let folder = folders[event.wd] else { continue }
                        guard !name.isEmpty, !name.hasPrefix("."), !name.hasSuffix("~") else { continue }
                        let path = folder + "/" + name
                        changes.paths.insert(path)
                        if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { newFolders.append(path) }
                    }
                }
            }
            for folder in newFolders { addWatches(under: folder) }
        }
    }

    /// Adds a watch to `folder` and every folder below it.
    private func addWatches(under folder: String) {
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB)
        walkFolders(folder) { path in
            let wd = inotify_add_watch(descriptor, path, mask)
            if wd >= 0 { watched.withLock { $0[wd] = path } }
        }
    }

    private func walkFolders(_ path: String, _ visit: (String) -> Void) {
        guard let entries = folderEntries(path) else { return }
        visit(path)
        for entry in entries where entry.kind == .folder { walkFolders(path + "/" + entry.name, visit) }
    }
}

#endif
