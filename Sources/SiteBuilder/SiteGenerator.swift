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
}

/// The generator: load -> resolve -> render -> check -> write, all problems reported at once.
public enum SiteGenerator {
    /// Files every build writes besides pages and copied files.
    static let generatedFiles = ["404.html", "sitemap.xml", SearchIndex.fileName]

    /// Builds the site; on any error the previous output is left as it was.
    public static func build(_ options: BuildOptions) throws(BuildError) -> BuildSummary {
        let start = DispatchTime.now()
        var (content, problems) = ContentLoader(root: options.root, includeDrafts: options.includeDrafts).load()
        if let base = options.baseURL { content.config.baseURL = base }
        guard let tree = SiteTree(pages: content.pages, navOrder: content.config.navOrder) else {
            throw BuildError(problems + [Diagnostic(file: "content/_index.md", message: "the site has no home page", help: "create content/_index.md with a `title:`")])
        }
        let copied = Set(content.assets).union(content.staticFiles)
        problems += collisions(content)
        let index = SiteIndex(pages: content.pages, files: copied.union(generatedFiles), draftSources: content.draftSources)
        let sources = SourceLinks(data: content.data)
        problems += unknownSources(content.pages, sources: sources)

        let blocks = GeneratorBlocks(data: content.data, contentDirectory: options.root.appendingPathComponent("content"), rules: RuleReference(data: content.data))
        let renderer = MarkdownRenderer(index: index, blocks: blocks)
        let contexts = PageContext(config: content.config, tree: tree, sources: sources, liveReload: options.liveReload)
        let writer = try OutputWriter(destination: options.output)
        let templates = content.templates

        let total = content.pages.count
        let done = Counter()
        let search = SearchIndex(readingOrder: tree.readingOrder)
        let results = parallelMap(content.pages) { page -> RenderedMarkdown in
            var rendered = renderer.render(page)
            let html = templates.render(templateName(for: page, templates: templates), contexts.make(for: page, rendered: rendered))
            do throws(BuildError) { try writer.write(page.outputFile, html) } catch { rendered.diagnostics += error.diagnostics }
            search.add(page, rendered: rendered, tree: tree)
            options.progress?(done.increment(), total)
            rendered.html = ""
            return rendered
        }
        problems += results.flatMap { $0.diagnostics }
        problems += checkAnchors(pages: content.pages, results: results)

        do throws(BuildError) {
            for file in content.assets {
                try writer.copy(from: options.root.appendingPathComponent("content").appendingPathComponent(file), to: file)
            }
            for file in content.staticFiles {
                try writer.copy(from: options.root.appendingPathComponent("theme/static").appendingPathComponent(file), to: file)
            }
            try writeAliases(content.pages, writer: writer, index: index, problems: &problems)
            try writer.write("404.html", templates.render("404", notFoundContext(content, tree: tree)))
            try writer.write(SearchIndex.fileName, search.script())
            try writer.write("sitemap.xml", Sitemap.xml(pages: tree.readingOrder, baseURL: content.config.baseURL))
        } catch {
            problems += error.diagnostics
        }

        guard problems.isEmpty else {
            writer.discard()
            throw BuildError(problems)
        }
        try writer.commit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return BuildSummary(pages: total, files: total + copied.count + generatedFiles.count, seconds: seconds)
    }

    private static func templateName(for page: Page, templates: TemplateSet) -> String {
        if let layout = page.frontMatter.params["layout"]?.text, templates.has(layout) { return layout }
        return page.kind.rawValue
    }

    private static func collisions(_ content: SiteContent) -> [Diagnostic] {
        let pageFiles = Set(content.pages.map(\.outputFile))
        let assets = Set(content.assets)
        var problems: [Diagnostic] = []
        for file in content.staticFiles where pageFiles.contains(file) || assets.contains(file) || generatedFiles.contains(file) {
            problems.append(Diagnostic(file: "theme/static/" + file, message: "`\(file)` is also written by the build", help: "rename or move this file"))
        }
        for file in content.assets where pageFiles.contains(file) || generatedFiles.contains(file) {
            problems.append(Diagnostic(file: "content/" + file, message: "`\(file)` is also written by the build", help: "rename or move this file"))
        }
        return problems
    }

    private static func unknownSources(_ pages: [Page], sources: SourceLinks) -> [Diagnostic] {
        pages.flatMap { page in
            page.frontMatter.sources.filter { sources.byID[$0.id] == nil }.map { reference in
                Diagnostic(
                    file: page.diagnosticPath, line: reference.line, column: 1, message: "unknown source `\(reference.id)`",
                    help: "add it to content/data/sources.yaml or use an id that is there")
            }
        }
    }

    /// Every `#anchor` a page links to must exist on the target page.
    private static func checkAnchors(pages: [Page], results: [RenderedMarkdown]) -> [Diagnostic] {
        var anchors: [String: Set<String>] = [:]
        for (page, result) in zip(pages, results) { anchors[page.outputFile] = result.anchors }
        return results.flatMap(\.anchorReferences).compactMap { reference in
            guard let known = anchors[reference.targetFile], !known.contains(reference.anchor) else { return nil }
            return Diagnostic(
                file: reference.file, line: reference.line, column: reference.column,
                message: "no anchor `#\(reference.anchor)` on \(reference.targetFile)",
                help: "link to a heading that exists, or give the heading a fixed anchor `{#\(reference.anchor)}`")
        }
    }

    private static func writeAliases(_ pages: [Page], writer: OutputWriter, index: SiteIndex, problems: inout [Diagnostic]) throws(BuildError) {
        for page in pages {
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
                try writer.write(path, """
                    <!DOCTYPE html>
                    <html><head><meta charset="utf-8"><title>\(escapeHTML(page.frontMatter.title))</title>
                    <meta http-equiv="refresh" content="0; url=\(target)"><meta name="robots" content="noindex"></head>
                    <body><p>This page has moved to <a href="\(target)">\(escapeHTML(page.frontMatter.title))</a>.</p></body></html>

                    """)
            }
        }
    }

    private static func notFoundContext(_ content: SiteContent, tree: SiteTree) -> [String: Any] {
        [
            "site": ["title": content.config.title, "language": content.config.language],
            "root": "",
            "page": ["title": "Page not found"],
            "sections": (tree.children[""] ?? []).map { ["title": $0.frontMatter.title, "url": $0.outputFile] },
        ]
    }
}

/// A thread-safe running count.
final class Counter: Sendable {
    private let value = Mutex(0)
    func increment() -> Int { value.withLock { $0 += 1; return $0 } }
}
