import Foundation
import Logging
import ServiceLifecycle
import SiteBuilder

/// Watch mode: rebuilds what a change affects when `content/` or `theme/` changes, swaps in the new
/// snapshot and reloads open pages; a failed build keeps the last good site and shows its errors.
struct SiteRebuilder: Service {
    /// The build kept between changes, which rebuilds only the pages a change affects; it knows the folders.
    let site: LiveSite
    /// Where the new snapshot goes once a rebuild succeeds.
    let state: SiteState
    /// Tells open pages to reload, or to show the build's errors.
    let broadcaster: LiveReloadBroadcaster
    let logger: Logger

    func run() async throws {
        #if canImport(Glibc)
        let folders = ["content", "theme"].map { site.root.appendingPathComponent($0).standardizedFileURL.path }
        guard let watcher = DirectoryWatcher(folders: folders) else {
            logger.error("cannot watch \(folders.joined(separator: ", ")): inotify is unavailable")
            return
        }
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                guard let changes = try? await watcher.nextChange() else { break }
                await rebuild(changes.overflowed ? nil : relative(changes.paths))
            }
        }
        #endif
        broadcaster.finish()
    }

    /// Paths relative to the root, as `LiveSite` names sources.
    private func relative(_ paths: Set<String>) -> Set<String> {
        let base = site.root.standardizedFileURL.path + "/"
        return Set(paths.map { $0.hasPrefix(base) ? String($0.dropFirst(base.count)) : $0 })
    }

    /// Rebuilds after `changed` (everything when nil) and publishes the outcome; returns whether it succeeded.
    @discardableResult
    func rebuild(_ changed: Set<String>?) async -> Bool {
        do {
            let summary = if let changed { try await site.rebuild(changed: changed) } else { try await site.rebuildEverything() }
            let current = state.snapshot
            let manifest = summary.fullRebuild ? nil : try current.manifest.updating(summary.filesWritten, from: site.output)
            if let manifest, !summary.structureChanged {
                // Only page bodies changed: the themed form page and the rulebook are as they were.
                state.replace(with: current.replacing(manifest: manifest))
            } else {
                state.replace(with: SiteSnapshot(manifest: try manifest ?? SiteManifest.load(from: site.output)))
            }
            let pages = summary.fullRebuild ? "all pages" : "\(summary.pagesRendered) page\(summary.pagesRendered == 1 ? "" : "s")"
            logger.info("rebuilt \(pages) in \(String(format: "%.3f", summary.seconds)) s")
            broadcaster.publish(.reload)
            return true
        } catch {
            let text = "\(error)"
            FileHandle.standardError.write(Data((text + "\n").utf8))
            logger.error("the build failed; still serving the last good site")
            broadcaster.publish(.buildError(text))
            return false
        }
    }
}
