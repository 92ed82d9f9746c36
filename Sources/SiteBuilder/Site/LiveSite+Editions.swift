import FilingRules
import Foundation

/// Live rebuilds of a site with translated editions. A saved page re-renders, in each edition, only the
/// page it is there: an original page in the original and, where it has no translation yet, in the
/// editions that show it untranslated; a translation in its own edition. Each edition's search index
/// and site-wide files follow, as in a site of one language. Anything beyond page bodies (front matter,
/// data, templates, other files) builds everything again.
extension LiveSite {
    /// Whether `source` (relative to `content/`) is the translation file of a page of some edition.
    func isTranslation(_ source: String) -> Bool {
        editions.contains { edition in edition.model.content.pages.contains { $0.translationFile == source } }
    }

    func rebuildEditions(_ change: Change, since start: DispatchTime) throws(BuildError) -> RebuildSummary {
        guard !change.data, !change.templates, change.copies.isEmpty, change.files.isEmpty else { return try rebuildEverything() }
        guard let saved = try savedPages(change) else { return try rebuildEverything() }
        // Everything is rendered and checked before anything is written: a rebuild with errors writes nothing.
        var states = [SiteGenerator.Edition(model: model, rendered: rendered, search: search)] + editions
        var outcomes: [[String: (markdown: RenderedMarkdown, document: String)]] = []
        var problems: [Diagnostic] = []
        for (index, pages) in saved.enumerated() {
            guard !pages.isEmpty else { outcomes.append([:]); continue }
            let next = states[index].model.replacing(pages, loadProblems: [])
            let dirty = Set(pages.map(\.sourcePath))
            let outcome = Self.render(next, pages: pages, dirty: dirty, previous: states[index].rendered)
            for (source, result) in outcome { states[index].rendered[source] = result.markdown }
            problems += next.problems + outcome.values.flatMap(\.markdown.diagnostics) + next.checkAnchors(states[index].rendered)
            states[index].model = next
            outcomes.append(outcome)
        }
        guard problems.isEmpty else { throw BuildError(problems) }

        let writer = OutputWriter(inPlace: options.output)
        var written: [String] = []
        for (index, pages) in saved.enumerated() where !pages.isEmpty {
            let state = states[index]
            let pageFiles = pages.compactMap { page in outcomes[index][page.sourcePath].map { OutputFile(page.outputFile, .text($0.document)) } }
            try writer.write(pageFiles)
            _ = parallelMap(pages) { page in state.search.add(page, rendered: state.rendered[page.sourcePath] ?? RenderedMarkdown(), tree: state.model.tree) }
            let site = state.model.siteFiles(search: state.search)
            try writer.write(site.files)
            guard site.problems.isEmpty else { throw BuildError(site.problems) }
            written += pageFiles.map(\.path) + Array(state.model.generatedFiles).sorted()
        }
        (model, rendered, search) = (states[0].model, states[0].rendered, states[0].search)
        editions = Array(states.dropFirst())
        return RebuildSummary(
            pagesRendered: saved.reduce(0) { $0 + $1.count }, filesWritten: written, fullRebuild: false,
            seconds: SiteGenerator.seconds(since: start), structureChanged: false)
    }

    /// The saved pages as each edition shows them, the original's first; nil when one's front matter changed
    /// (it reaches navigation, the sitemap and the search index of every page).
    private func savedPages(_ change: Change) throws(BuildError) -> [[Page]]? {
        let loader = ContentLoader(root: options.root, includeDrafts: options.includeDrafts, files: options.files)
        let folder = options.root.appendingPathComponent("content").path
        var problems: [Diagnostic] = []
        func load(_ source: String) -> Page? {
            switch loader.loadPage(source, from: folder) {
            case .success(let page): return page
            case .failure(let error): problems += error.diagnostics; return nil
            }
        }
        var saved = [[Page]](repeating: [], count: editions.count + 1)
        for source in change.pages {
            guard let page = load(source) else { continue }
            guard let old = model.content.pages.first(where: { $0.sourcePath == source }), old.frontMatter.params == page.frontMatter.params else { return nil }
            saved[0].append(page)
            for (index, edition) in editions.enumerated() where edition.model.content.pages.contains(where: { $0.sourcePath == source && $0.isUntranslated }) {
                saved[index + 1].append(page.inEdition(
                    language: edition.model.language, prefix: edition.model.prefix, translationFile: nil,
                    frontMatter: page.frontMatter, body: page.body, bodyLineOffset: page.bodyLineOffset))
            }
        }
        for (language, original, file) in change.translations {
            guard let translation = load(file) else { continue }
            guard let index = editions.firstIndex(where: { $0.model.language == language }),
                  let old = editions[index].model.content.pages.first(where: { $0.translationFile == file }),
                  old.frontMatter.params == translation.frontMatter.params,
                  let english = saved[0].first(where: { $0.sourcePath == original }) ?? model.content.pages.first(where: { $0.sourcePath == original })
            else { return nil }
            saved[index + 1].append(english.inEdition(
                language: language, prefix: editions[index].model.prefix, translationFile: file,
                frontMatter: translation.frontMatter, body: translation.body, bodyLineOffset: translation.bodyLineOffset))
        }
        guard problems.isEmpty else { throw BuildError(problems) }
        return saved
    }
}
