import FilingRules
import Foundation
import SiteBuilder
import Synchronization

/// What one successful build gives the server: the files, the themed page renderer and the checker.
struct SiteSnapshot: Sendable {
    private(set) var manifest: SiteManifest
    let pages: ThemedPageRenderer
    /// The checker, or why its rulebook could not be loaded.
    let checker: Result<Checker, ServerError>
    /// The rule catalog as `GET /api/rules` sends it, encoded once.
    let rulesJSON: Result<[UInt8], ServerError>
    /// The form's province menu as (slug, label); empty when the rulebook did not load.
    let provinceOptions: [(String, String)]

    /// The served files with the theme and rulebook of the site they were built from.
    init(manifest: SiteManifest, site: BuiltSite) {
        self.manifest = manifest
        pages = site.pages
        provinceOptions = site.rulebook?.provinces.map { ($0.slug, "\($0.name) \($0.nameZh)") } ?? []
        if let rulebook = site.rulebook {
            checker = .success(Checker(rulebook: rulebook))
            rulesJSON = .success(Array(rulebook.rulesJSON()))
        } else {
            let reasons = site.problems.map(\.description).joined(separator: "\n")
            checker = .failure(.checkerUnavailable(reasons.isEmpty ? "the rule data in content/data did not load" : reasons))
            rulesJSON = checker.map { _ in [] }
        }
    }

    /// The same site with rebuilt files, for edits that changed no navigation, template or data.
    func replacing(manifest: SiteManifest) -> SiteSnapshot {
        var copy = self
        copy.manifest = manifest
        return copy
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
