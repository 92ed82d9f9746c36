import SiteBuilder

/// The checker's page as the build published it (`check/index.html`), split where its notice stands, so
/// the form and the report appear in the site's theme with the header, navigation and relative links the
/// build gave that page.
struct ThemedCheckerPage: Sendable {
    private let head: String
    private let tail: String
    /// The page's title as built, which a report's title replaces.
    private var builtTitle = CheckerFiles.title

    /// The page split at its markers; nil when the file is missing or has no markers.
    init?(_ file: StaticFile?, title: String = CheckerFiles.title) {
        builtTitle = title
        guard let file else { return nil }
        let text = String(buffer: file.body)
        guard let start = text.range(of: CheckerFiles.startMarker),
              let end = text.range(of: CheckerFiles.endMarker, range: start.upperBound..<text.endIndex) else { return nil }
        head = String(text[..<start.lowerBound])
        tail = String(text[end.upperBound...])
    }

    private init(head: String, tail: String) {
        self.head = head
        self.tail = tail
    }

    /// A plain document, for a built site without the checker's page (the checker is then unavailable).
    static let bare = ThemedCheckerPage(
        head: "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Check a draft filing</title>\n</head>\n<body>\n<main>\n",
        tail: "</main>\n</body>\n</html>\n")

    /// The full document with `body` (trusted HTML) where the notice was, and `title` in place of the
    /// page's built title where the page names itself: `<title>`, the breadcrumbs' current page and the
    /// heading. Elsewhere the same words (the header's link, in Chinese) stay as built.
    func html(body: String, title: String? = nil) -> String {
        guard let title, title != builtTitle else { return head + body + tail }
        var page = head
        let (old, new) = (escapeHTML(builtTitle), escapeHTML(title))
        for (before, after) in [("<title>", " · "), ("aria-current=\"page\">", "</li>"), ("<h1>", "</h1>")] {
            page = page.replacingOccurrences(of: before + old + after, with: before + new + after)
        }
        return page + body + tail
    }
}
