import Foundation

/// Everything read from `content/`, `theme/` and `site.yaml` before rendering.
struct SiteContent: Sendable {
    var config: SiteConfig
    var pages: [Page]
    /// Non-Markdown files under `content/` (outside data and examples), relative to `content/`.
    var assets: [String]
    /// Files under `theme/static/`, relative to that folder.
    var staticFiles: [String]
    var data: DataStore
    var templates: TemplateSet
    /// Sources of draft pages left out of this build.
    var draftSources: Set<String>
    /// The theme's words in each language.
    var strings = ThemeStrings()
    /// Translated pages by language, then by the source of the page they translate (`a/b.md`), already
    /// placed in their edition's folder (`zh-CN/a/b/`).
    var translations: [String: [String: Page]] = [:]
}

/// Reads the site's sources, collecting every problem instead of stopping at the first.
struct ContentLoader {
    let root: URL
    let includeDrafts: Bool
    var files: FileIO = .disk

    /// Folders under `content/` that hold data, not pages.
    static let dataFolders: Set<String> = ["data", "examples"]

    /// Loads what can be loaded and lists every problem, so a build reports them all at once.
    func load() -> (content: SiteContent, problems: [Diagnostic]) {
        var problems: [Diagnostic] = []
        let config: SiteConfig
        switch SiteConfig.load(root: root, files: files) {
        case .success(let c): config = c
        case .failure(let d): problems.append(d); config = SiteConfig()
        }

        let contentDir = root.appendingPathComponent("content")
        let listing = SourceListing(contentDir, label: "content", files: files)
        problems += listing.problems
        if listing.files.isEmpty {
            problems.append(Diagnostic(file: "content", message: "no content found", help: "create content/_index.md with a `title:` in its front matter"))
        }
        var markdown: [String] = []
        var assets: [String] = []
        for file in listing.files {
            let top = file.split(separator: "/").first.map(String.init) ?? ""
            if file.contains("/") && Self.dataFolders.contains(top) { continue }
            if file.hasSuffix(".md") { markdown.append(file) } else { assets.append(file) }
        }

        let loaded = loadPages(markdown, from: contentDir)
        problems += loaded.problems
        var pages: [Page] = []
        var translated: [(language: String, original: String, page: Page)] = []
        for page in loaded.pages {
            if let (language, original) = Self.translationTarget(page.sourcePath, languages: config.translations) {
                translated.append((language, original, page))
            } else {
                pages.append(page)
            }
        }
        let drafts = includeDrafts ? [] : Set(pages.filter(\.frontMatter.draft).map(\.sourcePath))
        pages.removeAll { drafts.contains($0.sourcePath) }
        problems += duplicateURLs(pages)
        let bySource = Dictionary(pages.map { ($0.sourcePath, $0) }, uniquingKeysWith: { a, _ in a })
        var translations: [String: [String: Page]] = [:]
        for (language, original, page) in translated {
            guard let english = bySource[original] else {
                if drafts.contains(original) { continue }
                problems.append(Diagnostic(
                    file: page.diagnosticPath, line: 1, message: "translation of a missing page `content/\(original)`",
                    help: "name the file after the page it translates, NAME.\(language).md beside NAME.md"))
                continue
            }
            translations[language, default: [:]][original] = english.inEdition(
                language: language, prefix: language + "/", translationFile: page.sourcePath,
                frontMatter: page.frontMatter, body: page.body, bodyLineOffset: page.bodyLineOffset)
        }

        let data = DataStore.load(from: contentDir.appendingPathComponent("data"), files: files)
        problems += data.problems
        let templates = TemplateSet.load(from: root.appendingPathComponent("theme/templates"), files: files)
        problems += templates.problems
        let strings = ThemeStrings.load(from: root.appendingPathComponent("theme"), fallback: config.language, files: files)
        problems += strings.problems
        let staticListing = SourceListing(root.appendingPathComponent("theme/static"), label: "theme/static", files: files)
        problems += staticListing.problems
        let staticFiles = staticListing.files

        return (SiteContent(config: config, pages: pages, assets: assets, staticFiles: staticFiles, data: data, templates: templates, draftSources: drafts,
                            strings: strings.strings, translations: translations), problems)
    }

    /// For a translation file `a/b.zh-CN.md` of a listed language, the language and the page it translates.
    static func translationTarget(_ path: String, languages: [String]) -> (language: String, original: String)? {
        for language in languages where path.hasSuffix("." + language + ".md") {
            return (language, String(path.dropLast(language.count + 4)) + ".md")
        }
        return nil
    }

    private func loadPages(_ paths: [String], from contentDir: URL) -> (pages: [Page], problems: [Diagnostic]) {
        let folder = contentDir.path
        let results = parallelMap(paths) { loadPage($0, from: folder) }
        var pages: [Page] = []
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let page): pages.append(page)
            case .failure(let e): problems += e.diagnostics
            }
        }
        return (pages, problems)
    }

    /// Reads and places one Markdown file, `path` relative to `content/`, whose path is `contentFolder`.
    func loadPage(_ path: String, from contentFolder: String) -> Result<Page, BuildError> {
        let file = "content/" + path
        // The path is joined as text: `URL.appendingPathComponent` asks the file system whether it names a
        // folder, and `URL.path` works the path out anew at each call.
        guard let text = files.text(contentFolder + "/" + path) else {
            return .failure(BuildError([Diagnostic(file: file, message: "cannot read the file as UTF-8 text")]))
        }
        guard let split = FrontMatter.split(text) else {
            return .failure(BuildError([Diagnostic(
                file: file, line: 1, message: "missing front matter",
                help: "start the file with `---`, a line `title: ...`, and a closing `---`")]))
        }
        return FrontMatter.parse(split.frontMatter, file: file).map { matter in
            let (url, kind) = Page.url(forSource: path)
            let section = kind == .page ? directory(of: path) : String(url.dropLast(url.isEmpty ? 0 : 1)).parentSectionPath
            return Page(
                sourcePath: path, url: url, kind: kind, sectionPath: section,
                frontMatter: matter, body: split.body, bodyLineOffset: split.bodyLineOffset)
        }
    }

    private func duplicateURLs(_ pages: [Page]) -> [Diagnostic] {
        var seen: [String: Page] = [:]
        var problems: [Diagnostic] = []
        for page in pages {
            if let other = seen[page.url] {
                problems.append(Diagnostic(
                    file: page.diagnosticPath, line: 1,
                    message: "two pages on one URL `\(page.url.isEmpty ? "/" : page.url)`: this file and \(other.diagnosticPath)",
                    help: "rename or remove one of them"))
            } else {
                seen[page.url] = page
            }
        }
        return problems
    }
}

extension String {
    /// For a section folder `a/b`, the folder of its parent section with a trailing slash (`a/`).
    var parentSectionPath: String {
        guard !isEmpty else { return "" }
        return directory(of: self)
    }
}
