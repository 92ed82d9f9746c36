import FilingRules
import Foundation
import Synchronization

/// What `icp build` should do.
public struct BuildOptions: Sendable {
    /// The folder holding `content/`, `theme/` and `site.yaml`.
    public var root: URL
    /// Where the site is written; replaced only when the build succeeds.
    public var output: URL
    /// Overrides `base_url` of `site.yaml`; used for `sitemap.xml` and canonical links only.
    public var baseURL: String?
    public var includeDrafts = false
    /// Lets the build replace a non-empty output folder that lacks its marker (`--force-out`); a folder
    /// holding the sources or a repository is refused all the same.
    public var replaceUnmarkedOutput = false
    /// Adds the live-reload script to every page (watch mode only).
    public var liveReload = false
    /// Called as pages are rendered, with (done, total).
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(root: URL, output: URL? = nil) {
        self.root = root
        self.output = output ?? root.appendingPathComponent("public")
    }
}

/// The result of a successful build.
public struct BuildSummary: Sendable {
    public var pages: Int
    public var files: Int
    public var seconds: Double
    /// The theme and rulebook of the site just built.
    public var site: BuiltSite
    /// What does not stop the build: pages of a translated edition shown in the original language.
    public var warnings: [FilingRules.Diagnostic] = []
}

/// The generator: load -> resolve -> render -> check -> write, all problems reported at once.
public enum SiteGenerator {
    /// Builds the site; on any error the previous output is left as it was.
    public static func build(_ options: BuildOptions) throws(BuildError) -> BuildSummary {
        let start = DispatchTime.now()
        let editions = try SiteModel.loadEditions(options)
        let writer = try OutputWriter(options: options)
        let (_, problems) = render(editions, writer: writer, keepHTML: false)
        guard problems.isEmpty else {
            writer.discard()
            throw BuildError(problems)
        }
        try writer.commit()
        let model = editions[0]
        let pages = editions.reduce(0) { $0 + $1.content.pages.count }
        let copied = model.content.assets.count + model.content.staticFiles.count
        let generated = editions.reduce(0) { $0 + $1.generatedFiles.count }
        return BuildSummary(
            pages: pages, files: pages + copied + generated, seconds: seconds(since: start), site: model.built,
            warnings: editions.flatMap(\.warnings))
    }

    /// Renders and writes every edition, the translated ones first: the original edition's site files come
    /// last, as they start the removal of files an earlier build left. Returns the renderings of the original
    /// edition with its search index, and every problem.
    static func render(_ editions: [SiteModel], writer: OutputWriter, keepHTML: Bool) -> (original: (rendered: [String: RenderedMarkdown], search: SearchIndex), problems: [Diagnostic]) {
        var problems: [Diagnostic] = []
        for edition in editions.dropFirst() {
            let (rendered, editionProblems, search) = render(edition, pages: edition.content.pages, writer: writer, keepHTML: false)
            problems += editionProblems
            // Freeing every page's rendering and the search index takes tens of milliseconds on a large site;
            // a background thread does it while the site is moved into place.
            DispatchQueue.global(qos: .utility).async { withExtendedLifetime((rendered, search)) {} }
        }
        let (rendered, originalProblems, search) = render(editions[0], pages: editions[0].content.pages, writer: writer, keepHTML: keepHTML)
        if !keepHTML { DispatchQueue.global(qos: .utility).async { withExtendedLifetime((rendered, search)) {} } }
        return ((rendered, search), originalProblems + problems)
    }

    /// Loads the sources without rendering, for serving a site built earlier; fails only when there is no
    /// site to speak of (no home page).
    public static func load(_ options: BuildOptions) throws(BuildError) -> BuiltSite {
        try SiteModel.load(options).built
    }

    /// Renders and writes the given pages on all cores, then the site-wide files; returns every page's
    /// rendering by source path, every problem of the build and the search index.
    static func render(_ model: SiteModel, pages: [Page], writer: OutputWriter, keepHTML: Bool) -> (rendered: [String: RenderedMarkdown], problems: [Diagnostic], search: SearchIndex) {
        let total = pages.count
        let done = Counter()
        let search = SearchIndex(readingOrder: model.tree.readingOrder)
        let results = parallelMap(pages) { page -> RenderedMarkdown in
            var rendered = model.renderer.render(page)
            do throws(BuildError) { try writer.write(page.outputFile, model.html(page, rendered)) } catch { rendered.diagnostics += error.diagnostics }
            search.add(page, rendered: rendered, tree: model.tree)
            model.options.progress?(done.increment(), total)
            if !keepHTML { rendered.html = "" }
            return rendered
        }
        let rendered = Dictionary(zip(pages.map(\.sourcePath), results), uniquingKeysWith: { a, _ in a })
        var problems = model.problems + results.flatMap { $0.diagnostics }
        problems += model.checkAnchors(rendered)
        problems += model.writeSiteFiles(search: search, writer: writer)
        return (rendered, problems, search)
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

/// A thread-safe running count.
final class Counter: Sendable {
    private let value = Mutex(0)
    func increment() -> Int { value.withLock { $0 += 1; return $0 } }
}
