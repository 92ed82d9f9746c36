import Foundation

/// What a live rebuild did.
public struct RebuildSummary: Sendable {
    /// Pages whose Markdown was rendered again.
    public var pagesRendered: Int
    /// Files written, relative to the site root (pages first, then site-wide files).
    public var filesWritten: [String]
    /// True when the change needed a whole new build (a page added or removed, `site.yaml` edited).
    public var fullRebuild: Bool
    public var seconds: Double
    /// False when only the bodies of the changed pages changed: navigation, templates and data are as before.
    public var structureChanged = true
}

/// A built site kept in memory so an edit re-renders only what depends on it (watch mode).
///
/// What each page depends on: its own file; the data and included files its blocks read; the templates
/// and `sources.yaml` (every page); the front matter of other pages (navigation, previous/next, section
/// lists, and the sitemap and search index). A change to a page's body re-renders that page; a data file,
/// the pages whose blocks read it; a template or front matter, every page's template but only the affected
/// Markdown; an added or removed file or `site.yaml`, everything. A rebuild with errors writes nothing.
/// A site with translated editions keeps each of them too (see `LiveSite+Editions.swift`).
public actor LiveSite {
    var model: SiteModel
    var rendered: [String: RenderedMarkdown]
    /// The search index of the current site; only a front matter edit makes a new one, other edits update
    /// the entries of the pages whose Markdown was redone.
    var search: SearchIndex
    /// The translated editions, built and kept like the original.
    var editions: [SiteGenerator.Edition]
    let options: BuildOptions
    /// The folder holding `content/` and `theme/`.
    public nonisolated var root: URL { options.root }
    /// The folder the site is written to.
    public nonisolated var output: URL { options.output }
    /// The changes of rebuilds that failed, applied again with the next change until one succeeds: the kept
    /// site is the last good one, so an edit after a failure must still see what failed (a deleted theme,
    /// a broken data file) instead of building from what is held in memory.
    private var unsettled: Set<String> = []
    /// Whether a whole rebuild failed, so the next change must build everything again.
    private var everythingUnsettled = false

    /// Builds the whole site (replacing the output only on success) and keeps it for rebuilds.
    public init(options: BuildOptions) throws(BuildError) {
        self.options = options
        let built = try SiteGenerator.buildAll(options, keepHTML: true)
        (model, rendered, search) = (built[0].model, built[0].rendered, built[0].search)
        editions = Array(built.dropFirst())
    }

    /// The number of pages of the current site.
    public var pageCount: Int { model.content.pages.count }

    /// Builds everything again, for when it is not known what changed.
    public func rebuildEverything() throws(BuildError) -> RebuildSummary {
        let start = DispatchTime.now()
        everythingUnsettled = true
        let built = try SiteGenerator.buildAll(options, keepHTML: true)
        (model, rendered, search) = (built[0].model, built[0].rendered, built[0].search)
        editions = Array(built.dropFirst())
        everythingUnsettled = false
        unsettled = []
        return RebuildSummary(pagesRendered: model.content.pages.count, filesWritten: [], fullRebuild: true, seconds: SiteGenerator.seconds(since: start))
    }

    /// Rebuilds after the given files changed (paths relative to the root, such as `content/naming/_index.md`).
    /// On error the output and the kept site stay as they were.
    public func rebuild(changed paths: Set<String>) throws(BuildError) -> RebuildSummary {
        if everythingUnsettled { return try rebuildEverything() }
        let paths = paths.union(unsettled)
        unsettled = paths
        let summary = try rebuild(paths)
        unsettled = []
        return summary
    }

    /// One incremental rebuild of `paths`; `unsettled` keeps them if it throws.
    private func rebuild(_ paths: Set<String>) throws(BuildError) -> RebuildSummary {
        let start = DispatchTime.now()
        let change = classify(paths)
        if change.needsFullBuild { return try rebuildEverything() }
        if !editions.isEmpty { return try rebuildEditions(change, since: start) }

        var content = model.content
        var problems: [Diagnostic] = []
        let contentDirectory = options.root.appendingPathComponent("content")
        if change.data {
            content.data = DataStore.load(from: contentDirectory.appendingPathComponent("data"), files: options.files)
            problems += content.data.problems
        }
        if change.templates {
            content.templates = TemplateSet.load(from: options.root.appendingPathComponent("theme/templates"), files: options.files)
            problems += content.templates.problems
        }
        var navigationChanged = change.templates || change.files.contains("content/data/sources.yaml")
        var frontMatterChanged = false
        var dirty = Set<String>()
        let loader = ContentLoader(root: options.root, includeDrafts: options.includeDrafts, files: options.files)
        for source in change.pages {
            switch loader.loadPage(source, from: contentDirectory.path) {
            case .failure(let error):
                problems += error.diagnostics
            case .success(let page):
                guard let position = content.pages.firstIndex(where: { $0.sourcePath == source }) else { continue }
                let old = content.pages[position].frontMatter
                if page.frontMatter.draft && !options.includeDrafts { return try rebuildEverything() }
                // Front matter reaches beyond the page (navigation, aliases, the sitemap's dates, the search
                // index), so any change to it rebuilds the site model; body edits stay on the fast path.
                if old.params != page.frontMatter.params {
                    frontMatterChanged = true
                    navigationChanged = true
                }
                content.pages[position] = page
                dirty.insert(source)
            }
        }
        for (source, result) in rendered where !result.dependencies.isDisjoint(with: change.files) { dirty.insert(source) }

        let onlyBodies = !navigationChanged && !change.data && !change.templates && change.copies.isEmpty
        let next = onlyBodies
            ? model.replacing(content.pages.filter { dirty.contains($0.sourcePath) }, loadProblems: problems)
            : try SiteModel(content: content, loadProblems: problems, options: options, rulebook: change.data ? nil : .some(model.rulebook))
        let pages = navigationChanged ? next.content.pages : next.content.pages.filter { dirty.contains($0.sourcePath) }
        let writer = OutputWriter(inPlace: options.output, files: options.files)
        let outcome = Self.render(next, pages: pages, dirty: dirty, previous: rendered)
        var all = rendered
        for (source, result) in outcome { all[source] = result.markdown }
        problems = next.problems + outcome.values.flatMap(\.markdown.diagnostics) + next.checkAnchors(all)
        guard problems.isEmpty else { throw BuildError(problems) }

        let pageFiles = pages.compactMap { page in outcome[page.sourcePath].map { OutputFile(page.outputFile, .text($0.document)) } }
        try writer.write(pageFiles + next.copies(change.copies))
        // Search entries depend on the pages' Markdown, front matter and reading order only: templates, data
        // and static files leave them as they were, except for the pages whose Markdown was redone.
        let search = frontMatterChanged ? SearchIndex(readingOrder: next.tree.readingOrder) : self.search
        let records = all
        let indexed = frontMatterChanged ? next.content.pages : next.content.pages.filter { dirty.contains($0.sourcePath) }
        _ = parallelMap(indexed) { page in search.add(page, rendered: records[page.sourcePath] ?? RenderedMarkdown(), tree: next.tree) }
        self.search = search
        let site = next.siteFiles(search: search)
        problems = site.problems
        do { try writer.write(site.files) } catch { problems += error.diagnostics }
        guard problems.isEmpty else {
            // The pages are written and the index holds them; keep the kept site in step with the disk.
            model = next
            rendered = all
            throw BuildError(problems)
        }

        model = next
        rendered = all
        return RebuildSummary(
            pagesRendered: dirty.count, filesWritten: pageFiles.map(\.path) + change.copies.map(SiteModel.outputPath) + Array(next.generatedFiles).sorted(),
            fullRebuild: false, seconds: SiteGenerator.seconds(since: start), structureChanged: !onlyBodies)
    }

    /// Renders `pages`: Markdown again for the dirty ones, the template for all of them.
    static func render(_ model: SiteModel, pages: [Page], dirty: Set<String>, previous: [String: RenderedMarkdown]) -> [String: (markdown: RenderedMarkdown, document: String)] {
        let results = parallelMap(pages) { page -> (markdown: RenderedMarkdown, document: String) in
            let markdown = dirty.contains(page.sourcePath) ? model.renderer.render(page) : previous[page.sourcePath] ?? model.renderer.render(page)
            return (markdown, model.html(page, markdown))
        }
        return Dictionary(zip(pages.map(\.sourcePath), results), uniquingKeysWith: { a, _ in a })
    }

    /// Whether the current site was built from this file (or the files below this folder).
    private func wasPartOfSite(_ path: String) -> Bool {
        if path == "site.yaml" || path == "theme/" + ThemeStrings.fileName || path.hasPrefix("content/data/") || path.hasPrefix("content/examples/") || path.hasPrefix("theme/templates/") {
            return true
        }
        if path.hasPrefix("theme/static/") {
            let file = SiteModel.outputPath(of: path)
            return model.content.staticFiles.contains { $0 == file || $0.hasPrefix(file + "/") }
        }
        guard path.hasPrefix("content/") else { return false }
        let source = String(path.dropFirst("content/".count))
        return model.index.pagesBySource[source] != nil || model.content.assets.contains(source) || isTranslation(source)
            || model.content.draftSources.contains(source)
            || model.content.pages.contains { $0.sourcePath.hasPrefix(source + "/") }
            || model.content.assets.contains { $0.hasPrefix(source + "/") }
    }

    /// The folders whose appearance or disappearance changes everything.
    private static let sourceFolders: Set<String> = ["content", "theme", "theme/templates", "theme/static", "content/data"]

    struct Change {
        var pages: [String] = []
        /// Translation files saved: the edition's language, the page translated and the file.
        var translations: [(language: String, original: String, file: String)] = []
        var files: Set<String> = []
        var copies: [String] = []
        var data = false
        var templates = false
        var needsFullBuild = false
    }

    /// Sorts changed paths into what they require. A file that is gone and was never part of the site
    /// (an editor's temporary or test file that came and went within the save) changes nothing.
    private func classify(_ paths: Set<String>) -> Change {
        var change = Change()
        let fm = FileManager.default
        for path in paths.sorted() {
            let exists = fm.fileExists(atPath: options.root.appendingPathComponent(path).path)
            if Self.sourceFolders.contains(path) {
                // A whole source folder came or went (deleted, moved away, restored): build as from scratch.
                change.needsFullBuild = true
                continue
            }
            if !exists && !wasPartOfSite(path) { continue }
            if path == "site.yaml" || path == "theme/" + ThemeStrings.fileName {
                change.needsFullBuild = true
            } else if path.hasPrefix("content/data/") {
                change.data = true
                change.files.insert(path)
            } else if path.hasPrefix("theme/templates/") {
                change.templates = true
            } else if path.hasPrefix("theme/static/") {
                if !exists || !model.content.staticFiles.contains(SiteModel.outputPath(of: path)) { change.needsFullBuild = true }
                change.copies.append(path)
            } else if path.hasPrefix("content/examples/") {
                change.files.insert(path)
            } else if path.hasPrefix("content/") {
                let source = String(path.dropFirst("content/".count))
                if path.hasSuffix(".md"), let target = ContentLoader.translationTarget(source, languages: model.content.config.translations) {
                    if !exists || !isTranslation(source) { change.needsFullBuild = true } else { change.translations.append((target.language, target.original, source)) }
                } else if path.hasSuffix(".md") {
                    let known = model.index.pagesBySource[source] != nil
                    if !exists || !known { change.needsFullBuild = true } else { change.pages.append(source) }
                } else {
                    if !exists || !model.content.assets.contains(source) { change.needsFullBuild = true }
                    change.copies.append(path)
                    change.files.insert(path)
                }
            }
        }
        return change
    }
}
