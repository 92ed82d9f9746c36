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
    /// How the sources are read: the disk, or files in memory for tests.
    package var files: FileIO = .disk

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
    /// What does not stop the build: pages of a translated edition shown in the original language.
    public var warnings: [FilingRules.Diagnostic] = []
}

/// The generator: load -> resolve -> render -> check -> write, all problems reported at once.
public enum SiteGenerator {
    /// Builds the site; on any error the previous output is left as it was.
    public static func build(_ options: BuildOptions) throws(BuildError) -> BuildSummary {
        let start = DispatchTime.now()
        let (editions, warnings) = try buildEditions(options, keepHTML: false)
        let model = editions[0].model
        // Freeing every page's rendering and the search index takes tens of milliseconds on a large site;
        // a background thread does it while the process exits or serves.
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(editions) {} }
        let pages = model.content.pages.count * (1 + model.content.config.translations.count)
        let copied = model.content.assets.count + model.content.staticFiles.count
        let generated = model.generatedFiles.count + 2 * model.content.config.translations.count
        return BuildSummary(pages: pages, files: pages + copied + generated, seconds: seconds(since: start), warnings: warnings)
    }

    /// One edition of a built site: its model, every page's rendering by source path and its search index.
    struct Edition: Sendable {
        var model: SiteModel
        var rendered: [String: RenderedMarkdown]
        var search: SearchIndex
    }

    /// Loads the sources, renders and writes every page of every edition into a new site and moves it into
    /// place, leaving the previous output as it was on any error; for `icp build` and the first build of
    /// watch mode alike. The original edition comes first. `keepHTML` keeps each page's HTML in its
    /// rendering, for live rebuilds that redo only the templates.
    static func buildAll(_ options: BuildOptions, keepHTML: Bool) throws(BuildError) -> [Edition] {
        try buildEditions(options, keepHTML: keepHTML).editions
    }

    /// `buildAll` with every edition's warnings: the translated editions are rendered and written first,
    /// then the original.
    private static func buildEditions(_ options: BuildOptions, keepHTML: Bool) throws(BuildError) -> (editions: [Edition], warnings: [Diagnostic]) {
        let models = try SiteModel.loadEditions(options)
        let writer = try OutputWriter(options: options)
        var problems: [Diagnostic] = []
        var translated: [Edition] = []
        for model in models.dropFirst() {
            let (rendered, editionProblems, search) = render(model, writer: writer, keepHTML: keepHTML)
            problems += editionProblems
            translated.append(Edition(model: model, rendered: rendered, search: search))
        }
        let (rendered, originalProblems, search) = render(models[0], writer: writer, keepHTML: keepHTML)
        problems = originalProblems + problems
        guard problems.isEmpty else {
            writer.discard()
            throw BuildError(problems)
        }
        try writer.commit()
        return ([Edition(model: models[0], rendered: rendered, search: search)] + translated, models.flatMap(\.warnings))
    }

    /// Renders and writes every page on all cores (each written as soon as it is made, so a large site is
    /// never held in memory whole), then the copies and site-wide files; returns every page's rendering by
    /// source path, every problem of the build and the search index.
    private static func render(_ model: SiteModel, writer: OutputWriter, keepHTML: Bool) -> (rendered: [String: RenderedMarkdown], problems: [Diagnostic], search: SearchIndex) {
        let pages = model.content.pages
        let total = pages.count
        let done = Counter()
        let search = SearchIndex(readingOrder: model.tree.readingOrder)
        let results = parallelMap(pages) { page -> RenderedMarkdown in
            var rendered = model.renderer.render(page)
            do throws(BuildError) { try writer.write(OutputFile(page.outputFile, .text(model.html(page, rendered)))) } catch { rendered.diagnostics += error.diagnostics }
            search.add(page, rendered: rendered, tree: model.tree)
            model.options.progress?(done.increment(), total)
            if !keepHTML { rendered.html = "" }
            return rendered
        }
        let rendered = Dictionary(zip(pages.map(\.sourcePath), results), uniquingKeysWith: { a, _ in a })
        var problems = model.problems + results.flatMap { $0.diagnostics }
        problems += model.checkAnchors(rendered)
        let (siteFiles, siteProblems) = model.siteFiles(search: search)
        problems += siteProblems
        do throws(BuildError) { try writer.write(model.copiedFiles() + siteFiles) } catch { problems += error.diagnostics }
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
