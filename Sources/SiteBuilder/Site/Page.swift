/// One Markdown file of the site, loaded and placed. A class, as the site tree, the link index and every
/// page's navigation hold the same pages: passing one along is a single reference count.
public final class Page: Sendable {
    /// What role the page plays in the site tree.
    public enum Kind: String, Sendable { case home, section, page }

    /// Path relative to `content/`, for example `naming/_index.md`.
    public let sourcePath: String
    /// Output folder relative to the site root, `""` for home, else ending in `/`.
    public let url: String
    public let kind: Kind
    /// The folder of the section this page belongs to (`""` for the root section).
    public let sectionPath: String
    public let frontMatter: FrontMatter
    public let body: String
    public let bodyLineOffset: Int
    /// The page's HTML file relative to the site root.
    public let outputFile: String
    /// The language of the edition the page belongs to (`en`, `zh-CN`).
    public let language: String
    /// For a page of a translated edition, the translation's file relative to `content/` (`a/b.zh-CN.md`), or
    /// nil when the edition shows the original text because no translation exists yet.
    public let translationFile: String?
    /// Whether the page belongs to a translated edition but shows the original text.
    public let isUntranslated: Bool

    public init(
        sourcePath: String, url: String, kind: Kind, sectionPath: String, frontMatter: FrontMatter, body: String, bodyLineOffset: Int,
        language: String = "en", translationFile: String? = nil, isUntranslated: Bool = false
    ) {
        self.sourcePath = sourcePath
        self.language = language
        self.translationFile = translationFile
        self.isUntranslated = isUntranslated
        self.url = url
        self.kind = kind
        self.sectionPath = sectionPath
        self.frontMatter = frontMatter
        self.body = body
        self.bodyLineOffset = bodyLineOffset
        outputFile = url + "index.html"
    }
    /// The file as diagnostics name it.
    public var diagnosticPath: String { "content/" + (translationFile ?? sourcePath) }

    /// The same page in the edition under `prefix` (`zh-CN/`), with the given front matter and body.
    func inEdition(language: String, prefix: String, translationFile: String?, frontMatter: FrontMatter, body: String, bodyLineOffset: Int) -> Page {
        Page(
            sourcePath: sourcePath, url: prefix + url, kind: kind, sectionPath: kind == .home ? "" : prefix + sectionPath,
            frontMatter: frontMatter, body: body, bodyLineOffset: bodyLineOffset,
            language: language, translationFile: translationFile, isUntranslated: translationFile == nil)
    }

    /// Where a Markdown file's page lands: `a/b.md` -> `a/b/`, `a/_index.md` -> `a/`.
    static func url(forSource path: String) -> (url: String, kind: Kind) {
        let withoutExtension = composed(String(path.dropLast(3)))
        if withoutExtension == "_index" || withoutExtension == "index" { return ("", .home) }
        for suffix in ["/_index", "/index"] where withoutExtension.hasSuffix(suffix) {
            return (String(withoutExtension.dropLast(suffix.count)) + "/", .section)
        }
        return (withoutExtension + "/", .page)
    }
}

/// The folder part of a slash-separated path, with a trailing slash (`""` at the top).
func directory(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    return String(path[...slash])
}
