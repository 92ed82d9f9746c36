import FilingRules
import Foundation
import SiteBuilder
import Synchronization

/// What one built site gives the server: its files, the checker's page and the checker, all read from the
/// built files alone, so a server given only `public/` checks drafts with the facts its pages show.
struct SiteSnapshot: Sendable {
    private(set) var manifest: SiteManifest
    /// The checker's page of the built site, into which the form and the report go.
    let page: ThemedCheckerPage
    /// The Chinese edition's checker page (`zh-CN/check/index.html`), or a plain one when the build has none.
    let pageZh: ThemedCheckerPage
    /// The checker, or why it is unavailable.
    let checker: Result<Checker, ServerError>
    /// The rule catalog as `GET /api/rules` sends it, encoded once.
    let rulesJSON: Result<[UInt8], ServerError>
    /// The form's province menu as (slug, label); empty when the rulebook did not load.
    let provinceOptions: [(String, String)]
    /// The same with Chinese labels, for the Chinese form.
    let provinceOptionsZh: [(String, String)]

    /// The served files with the checker's page and the rulebook published beside them.
    init(manifest: SiteManifest) {
        self.manifest = manifest
        let page = ThemedCheckerPage(manifest.files[CheckerFiles.pagePath])
        let rulebook = page == nil ? .failure(.checkerUnavailable("the built site has no \(CheckerFiles.pagePath) with the checker's markers; build it again with this version of icp")) : Self.rulebook(manifest)
        self.page = page ?? .bare
        pageZh = ThemedCheckerPage(manifest.files[CheckerFiles.pagePath(edition: Language.chinese.rawValue + "/")], title: CheckerFiles.titleZh) ?? .bare
        checker = rulebook.map { Checker(rulebook: $0) }
        rulesJSON = rulebook.map { Array($0.rulesJSON()) }
        provinceOptions = (try? rulebook.get())?.provinces.map { ($0.slug, "\($0.name) \($0.nameZh)") } ?? []
        provinceOptionsZh = (try? rulebook.get())?.provinces.map { ($0.slug, $0.fullNameZh) } ?? []
    }

    /// The rulebook from the data files the build published in `data/`.
    private static func rulebook(_ manifest: SiteManifest) -> Result<Rulebook, ServerError> {
        let files = Rulebook.fileNames.compactMap { name -> DataFile? in
            let path = CheckerFiles.dataFolder + name
            return manifest.files[path].map { DataFile(path: path, contents: String(buffer: $0.body)) }
        }
        do {
            return .success(try Rulebook.load(files))
        } catch {
            return .failure(.checkerUnavailable(error.diagnostics.map(\.description).joined(separator: "\n")))
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
    /// Where requests and checks are counted, when metrics are on.
    let metrics: ServerMetrics?

    init(_ snapshot: SiteSnapshot, metrics: ServerMetrics? = nil) {
        current = Mutex(snapshot)
        self.metrics = metrics
    }

    /// The snapshot in force.
    var snapshot: SiteSnapshot { current.withLock { $0 } }

    /// The files of the snapshot in force.
    var manifest: SiteManifest { current.withLock { $0.manifest } }

    /// The checker of the snapshot in force, or why there is none: read under the lock without copying
    /// the rest of the snapshot, as every check does.
    var checker: Result<Checker, ServerError> { current.withLock { $0.checker } }

    /// Replaces the snapshot; requests already running keep the one they read.
    func replace(with snapshot: SiteSnapshot) { current.withLock { $0 = snapshot } }
}
