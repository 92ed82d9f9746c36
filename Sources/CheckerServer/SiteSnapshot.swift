import FilingRules
import Foundation
import SiteBuilder
import Synchronization

/// What one successful build gives the server: the files, the themed page renderer and the checker.
struct SiteSnapshot: Sendable {
    let manifest: SiteManifest
    let pages: ThemedPageRenderer
    /// The checker, or why its rulebook could not be loaded.
    let checker: Result<Checker, ServerError>

    /// Loads the built site from `output` and the theme and rulebook from `root`.
    /// `manifest` reuses files already loaded, as watch mode does after updating the changed ones.
    static func load(root: URL, output: URL, liveReload: Bool, manifest: SiteManifest? = nil) throws -> SiteSnapshot {
        let manifest = try manifest ?? SiteManifest.load(from: output)
        let pages = try ThemedPageRenderer(root: root, liveReload: liveReload)
        return SiteSnapshot(manifest: manifest, pages: pages, checker: loadChecker(root: root))
    }

    private static func loadChecker(root: URL) -> Result<Checker, ServerError> {
        do {
            return .success(Checker(rulebook: try Rulebook.load(Rulebook.dataFiles(root: root))))
        } catch {
            return .failure(.checkerUnavailable("\(error)"))
        }
    }
}

/// The snapshot requests read; watch mode swaps in a new one after each good rebuild.
final class SiteState: Sendable {
    private let current: Mutex<SiteSnapshot>

    init(_ snapshot: SiteSnapshot) { current = Mutex(snapshot) }

    /// The snapshot in force.
    var snapshot: SiteSnapshot { current.withLock { $0 } }

    /// The files of the snapshot in force.
    var manifest: SiteManifest { current.withLock { $0.manifest } }

    /// Replaces the snapshot; requests already running keep the one they read.
    func replace(with snapshot: SiteSnapshot) { current.withLock { $0 = snapshot } }
}
