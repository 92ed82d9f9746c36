import Foundation
import Logging
import ServiceLifecycle
import SiteBuilder

/// Watch mode: rebuilds the site when `content/` or `theme/` changes, swaps in the new snapshot and
/// reloads open pages; a failed build keeps the last good site and shows its errors.
struct SiteRebuilder: Service {
    let options: ServerOptions
    let state: SiteState
    let broadcaster: LiveReloadBroadcaster
    let logger: Logger

    func run() async throws {
        #if canImport(Glibc)
        let folders = ["content", "theme"].map { options.root.appendingPathComponent($0).path }
        guard let watcher = DirectoryWatcher(folders: folders) else {
            logger.error("cannot watch \(folders.joined(separator: ", ")): inotify is unavailable")
            return
        }
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do { try await watcher.nextChange() } catch { break }
                rebuild()
            }
        }
        #endif
        broadcaster.finish()
    }

    /// Builds once and publishes the outcome; returns whether the build succeeded.
    @discardableResult
    func rebuild() -> Bool {
        do {
            let summary = try SiteGenerator.build(options.buildOptions)
            state.replace(with: try SiteSnapshot.load(root: options.root, output: options.output, liveReload: true))
            logger.info("rebuilt \(summary.pages) pages in \(String(format: "%.2f", summary.seconds)) s")
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
