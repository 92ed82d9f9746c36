import Foundation

/// Everything a build derives from the sources before rendering pages; full and live builds share it.
struct SiteModel: Sendable {
    /// Files every build writes besides pages and copied files.
    static let alwaysGenerated = ["404.html", "sitemap.xml", SearchIndex.fileName]

    let options: BuildOptions
    private(set) var content: SiteContent
    let tree: SiteTree
    let index: SiteIndex
    let rulebook: RulebookCheck?
    let sources: SourceLinks
    let renderer: MarkdownRenderer
    let contexts: PageContext
    /// Files written besides pages and copies.
    let generatedFiles: Set<String>
    /// Anchors that rule catalog entries point at, checked with the pages' own links.
    let catalogReferences: [AnchorReference]
    /// Problems found before any page was rendered.
    private(set) var problems: [Diagnostic]
    /// The language of this edition of the site, and the folder it is written to (`""` for the original,
    /// `zh-CN/` for a translation).
    let language: String
    let prefix: String
    /// Notes that do not stop the build, such as pages of a translated edition still in the original language.
    private(set) var warnings: [Diagnostic] = []

    /// Whether this is a translated edition, written below its own folder.
    var isTranslation: Bool { !prefix.isEmpty }

    /// Derives the model; `rulebook` reuses an already loaded catalog when the data did not change.
    init(content: SiteContent, loadProblems: [Diagnostic], options: BuildOptions, rulebook reused: RulebookCheck?? = nil, language: String? = nil) throws(BuildError) {
        var content = content
        if let base = options.baseURL { content.config.baseURL = base }
        let language = language ?? content.config.language
        let prefix = language == content.config.language ? "" : language + "/"
        guard let tree = SiteTree(pages: content.pages, navOrder: content.config.navOrder.map { prefix + $0 }) else {
            throw BuildError(loadProblems + [Diagnostic(file: "content/_index.md", message: "the site has no home page", help: "create content/_index.md with a `title:`")])
        }
        var problems = loadProblems + Self.collisions(content)
        let (rulebook, rulebookProblems) = reused.map { ($0, []) } ?? RulebookCheck.load(content.data)
        problems += rulebookProblems
        // The edition reads data texts in its own language; `content` keeps them in every language.
        let data = content.data.localized(to: language, fallback: content.config.language)
        let checkerFiles: [String] = rulebook == nil ? [] : [RulebookCheck.fileName] + CheckerFiles.paths
        let editionFiles: [String] = [prefix + "404.html", prefix + SearchIndex.fileName] + (rulebook == nil ? [] : [CheckerFiles.pagePath(edition: prefix)])
        let generated = prefix.isEmpty ? Set(Self.alwaysGenerated).union(checkerFiles) : Set(editionFiles)
        let copied = Set(content.assets.map(composed)).union(content.staticFiles.map(composed))
        let translatedCheckers: [String] = rulebook == nil ? [] : content.config.translations.map { CheckerFiles.pagePath(edition: $0 + "/") }
        let allGenerated = Set(Self.alwaysGenerated).union(checkerFiles)
            .union(content.config.translations.flatMap { [$0 + "/404.html", $0 + "/" + SearchIndex.fileName] })
            .union(translatedCheckers)
        let index = SiteIndex(pages: content.pages, files: copied.union(allGenerated), draftSources: content.draftSources, prefix: prefix)
        let catalogDocs = rulebook?.docsReferences(index: index)
        problems += catalogDocs?.problems ?? []
        let sources = SourceLinks(data: data)
        problems += Self.unknownSources(content.pages, sources: sources)

        let rules = rulebook.map { RuleReference(rules: $0.rulebook.catalog, sources: sources, entries: RuleReference.entries(in: data)) }
        var blocks = GeneratorBlocks(
            data: data, sources: sources, contentDirectory: options.root.appendingPathComponent("content"), files: options.files, rules: rules,
            strings: content.strings)
        blocks.brokenFiles = content.data.broken
        blocks.catalogFailed = rulebook == nil && content.data.texts["rules.yaml"] != nil
        self.options = options
        self.content = content
        self.tree = tree
        self.index = index
        self.rulebook = rulebook
        self.sources = sources
        self.renderer = MarkdownRenderer(index: index, blocks: blocks, strings: content.strings)
        self.contexts = PageContext(
            config: content.config, tree: tree, sources: sources, liveReload: options.liveReload,
            language: language, prefix: prefix, strings: content.strings)
        self.generatedFiles = generated
        self.catalogReferences = catalogDocs?.references ?? []
        self.problems = problems
        self.language = language
        self.prefix = prefix
        self.warnings = content.pages.filter(\.isUntranslated).map { page in
            Diagnostic(
                file: "content/" + page.sourcePath, line: 1, severity: .warning, message: "no \(language) translation yet; the \(language) edition shows this page in the original language",
                help: "translate it into content/\(String(page.sourcePath.dropLast(3))).\(language).md")
        } + Self.terminologyWarnings(content.pages)
    }

    /// Wrong variants of the glossary's terms in the translated pages, when the glossary is translated
    /// (`glossary.LANG.md` lists them).
    private static func terminologyWarnings(_ pages: [Page]) -> [Diagnostic] {
        guard let glossary = pages.first(where: { $0.sourcePath == "glossary.md" && $0.translationFile != nil }) else { return [] }
        let terms = Terminology(glossary: glossary.body)
        return pages.filter { $0.translationFile != nil && $0 !== glossary }.flatMap { page in
            terms.misuses(in: page.body).map { misuse in
                Diagnostic(
                    file: page.diagnosticPath, line: page.bodyLineOffset + misuse.line, severity: .warning,
                    message: "“\(misuse.variant)” where the glossary writes “\(misuse.term)”", help: "write “\(misuse.term)”")
            }
        }
    }

    /// The edition of the site in `language`: every page of this model, translated when a translation file
    /// exists and in the original language (marked as untranslated) otherwise.
    func translated(to language: String) throws(BuildError) -> SiteModel {
        var edition = content
        let translations = content.translations[language] ?? [:]
        let prefix = language + "/"
        edition.pages = content.pages.map { page in
            translations[page.sourcePath] ?? page.inEdition(
                language: language, prefix: prefix, translationFile: nil,
                frontMatter: page.frontMatter, body: page.body, bodyLineOffset: page.bodyLineOffset)
        }
        var model = try SiteModel(content: edition, loadProblems: [], options: options, rulebook: .some(rulebook), language: language)
        model.warnings += content.pages.compactMap { page in
            guard let translation = translations[page.sourcePath],
                  GeneratorBlocks.blocks(in: translation.body) != GeneratorBlocks.blocks(in: page.body) else { return nil }
            return Diagnostic(
                file: translation.diagnosticPath, line: 1, severity: .warning,
                message: "the generator blocks differ from those of content/\(page.sourcePath), which has changed since it was translated",
                help: "bring the translation in step: copy the English page's ``` blocks as they are")
        }
        return model.withoutCopyProblems(of: self)
    }

    /// Drops problems this edition shares with the original (unknown sources of pages shown untranslated).
    private func withoutCopyProblems(of original: SiteModel) -> SiteModel {
        var copy = self
        let reported = Set(original.problems.map(\.description))
        copy.problems = problems.filter { !reported.contains($0.description) }
        return copy
    }

    /// The same site with some pages' bodies edited and nothing that navigation, links or data depend on:
    /// the tree, index and catalog stay, only the edited pages are checked again.
    func replacing(_ pages: [Page], loadProblems: [Diagnostic]) -> SiteModel {
        var content = content
        let edited = Dictionary(pages.map { ($0.sourcePath, $0) }, uniquingKeysWith: { a, _ in a })
        for i in content.pages.indices { if let page = edited[content.pages[i].sourcePath] { content.pages[i] = page } }
        var copy = self
        copy.content = content
        copy.problems = loadProblems + Self.unknownSources(pages, sources: sources)
        return copy
    }

    /// The page's full HTML document from its rendered Markdown.
    func html(_ page: Page, _ rendered: RenderedMarkdown) -> String {
        var name = page.kind.rawValue
        if let layout = page.frontMatter.params["layout"]?.text, content.templates.has(layout) { name = layout }
        return markingChinese(content.templates.render(name, contexts.make(for: page, rendered: rendered)))
    }

    /// The document with its runs of Chinese marked (`ChineseMarking`), except in a Chinese edition, whose
    /// `<html lang>` says so for the whole page already.
    private func markingChinese(_ html: String) -> String {
        language.hasPrefix("zh") ? html : ChineseMarking.mark(html)
    }

    /// Every `#anchor` a page or the catalog links to must exist on the target page.
    func checkAnchors(_ rendered: [String: RenderedMarkdown]) -> [Diagnostic] {
        let references = content.pages.flatMap { rendered[$0.sourcePath]?.anchorReferences ?? [] } + catalogReferences
        return references.compactMap { reference in
            guard let page = index.pagesByURL[directory(of: reference.targetFile)], page.outputFile == reference.targetFile,
                  let target = rendered[page.sourcePath], !target.anchorsIncomplete, !target.anchors.contains(reference.anchor) else { return nil }
            return Diagnostic(
                file: reference.file, line: reference.line, column: reference.column,
                message: "no anchor `#\(reference.anchor)` on \(reference.targetFile)",
                help: "link to a heading that exists, or give the heading a fixed anchor `{#\(reference.anchor)}`")
        }
    }

    /// The files copied from the sources as they are: the content's assets and the theme's static files.
    func copiedFiles() -> [OutputFile] {
        // A translated edition shares the original's copies.
        guard !isTranslation else { return [] }
        return copies(content.assets.map { "content/" + $0 }) + copies(content.staticFiles.map { "theme/static/" + $0 })
    }

    /// Source files (`theme/static/css/site.css`, `content/a/b.svg`) as copies to their place in the site.
    func copies(_ sources: [String]) -> [OutputFile] {
        sources.map { OutputFile(Self.outputPath(of: $0), .copy(options.root.appendingPathComponent($0))) }
    }

    /// Where a copied file lands: `theme/static/css/site.css` -> `css/site.css`, `content/a/b.svg` -> `a/b.svg`.
    static func outputPath(of file: String) -> String {
        for prefix in ["theme/static/", "content/"] where file.hasPrefix(prefix) { return composed(String(file.dropFirst(prefix.count))) }
        return file
    }

    /// What the site holds besides its pages and copies, in the order it is written: aliases, the catalog,
    /// 404, the sitemap and, made last, the search index; with the aliases' problems.
    /// A translated edition has only its own 404 page and search index, in its folder.
    func siteFiles(search: SearchIndex) -> (files: [OutputFile], problems: [Diagnostic]) {
        let notFound = OutputFile(prefix + "404.html", .text(markingChinese(content.templates.render("404", notFoundContext()))))
        // Written at once, not deferred: a deferred file starts the removal of an earlier site's leftovers,
        // which must wait for the original edition, written after the translated ones.
        guard !isTranslation else {
            let checker = rulebook == nil ? [] : [CheckerFiles.chinesePage(self)]
            return ([notFound, OutputFile(prefix + SearchIndex.fileName, .text(String(decoding: search.script(), as: UTF8.self)))] + checker, [])
        }
        let aliases = aliases()
        var files = aliases.files
        if let rulebook {
            files.append(OutputFile(RulebookCheck.fileName, .text(rulebook.json())))
            files += CheckerFiles.files(self)
        }
        files.append(notFound)
        files.append(OutputFile("sitemap.xml", .text(Sitemap.xml(pages: tree.readingOrder, baseURL: content.config.baseURL, editions: content.config.translations))))
        files.append(OutputFile(SearchIndex.fileName, .deferred { search.script() }))
        return (files, aliases.problems)
    }

    private static func collisions(_ content: SiteContent) -> [Diagnostic] {
        let pageFiles = Set(content.pages.map(\.outputFile))
        let assets = Set(content.assets)
        let generated = Set(alwaysGenerated).union([RulebookCheck.fileName] + CheckerFiles.paths)
        var problems: [Diagnostic] = []
        for file in content.staticFiles where pageFiles.contains(file) || assets.contains(file) || generated.contains(file) {
            problems.append(Diagnostic(file: "theme/static/" + file, message: "`\(file)` is also written by the build", help: "rename or move this file"))
        }
        for file in content.assets where pageFiles.contains(file) || generated.contains(file) {
            problems.append(Diagnostic(file: "content/" + file, message: "`\(file)` is also written by the build", help: "rename or move this file"))
        }
        return problems
    }

    static func unknownSources(_ pages: [Page], sources: SourceLinks) -> [Diagnostic] {
        pages.flatMap { page in
            page.frontMatter.sources.filter { sources.byID[$0.id] == nil }.map { reference in
                Diagnostic(
                    file: page.diagnosticPath, line: reference.line, column: 1, message: "unknown source `\(reference.id)`",
                    help: "add it to content/data/sources.yaml or use an id that is there")
            }
        }
    }

    /// A page that redirects to its page for each alias, and the aliases that cannot be one.
    private func aliases() -> (files: [OutputFile], problems: [Diagnostic]) {
        var files: [OutputFile] = []
        var problems: [Diagnostic] = []
        for page in content.pages {
            for alias in page.frontMatter.aliases {
                guard var path = normalize(alias.hasPrefix("/") ? String(alias.dropFirst()) : alias), !path.isEmpty else {
                    problems.append(Diagnostic(file: page.diagnosticPath, line: 1, message: "alias `\(alias)` is not a path inside the site"))
                    continue
                }
                if path.hasSuffix("/") || !path.contains(".") { path = (path.hasSuffix("/") ? path : path + "/") + "index.html" }
                if index.pagesByURL[directory(of: path)]?.outputFile == path || index.files.contains(path) {
                    problems.append(Diagnostic(file: page.diagnosticPath, line: 1, message: "alias `\(alias)` is the URL of another page or file", help: "remove the alias"))
                    continue
                }
                let target = escapeHTML(relativeURL(from: directory(of: path), to: page.outputFile))
                files.append(OutputFile(path, .text("""
                    <!DOCTYPE html>
                    <html><head><meta charset="utf-8"><title>\(escapeHTML(page.frontMatter.title))</title>
                    <meta http-equiv="refresh" content="0; url=\(target)"><meta name="robots" content="noindex"></head>
                    <body><p>This page has moved to <a href="\(target)">\(escapeHTML(page.frontMatter.title))</a>.</p></body></html>

                    """)))
            }
        }
        return (files, problems)
    }

    private func notFoundContext() -> [String: Any] {
        let root = relativeURL(from: prefix, to: "")
        return [
            "site": ["title": contexts.siteTitle, "language": language],
            "lang": language,
            "t": content.strings.table(for: language),
            "root": root,
            "home": "",
            "page": ["title": content.strings.text("not_found_title", language)],
            "sections": (tree.children[prefix] ?? []).map { ["title": $0.frontMatter.title, "url": relativeURL(from: prefix, to: $0.outputFile)] },
        ]
    }
}

extension SiteModel {
    /// Reads every source and derives the model.
    static func load(_ options: BuildOptions) throws(BuildError) -> SiteModel {
        let (content, problems) = ContentLoader(root: options.root, includeDrafts: options.includeDrafts, files: options.files).load()
        return try SiteModel(content: content, loadProblems: problems, options: options)
    }

    /// Reads every source and derives the original edition and one model per translated language.
    static func loadEditions(_ options: BuildOptions) throws(BuildError) -> [SiteModel] {
        let original = try load(options)
        var editions = [original]
        for language in original.content.config.translations { editions.append(try original.translated(to: language)) }
        return editions
    }
}
