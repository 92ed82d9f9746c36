import Foundation
import FilingRules

/// Names a page and section of the built site in words: `naming/#all-digits` gives
/// "Website names › Not only digits", read from the page's `<h1>` and the heading with that id.
struct DocsTitles {
    let manifest: SiteManifest
    /// The edition's folder (`zh-CN/`), whose page titles are read; empty for the original edition.
    var folder = ""

    func title(of docs: String) -> String {
        let parts = docs.split(separator: "#", maxSplits: 1).map(String.init)
        let page = folder + (parts.first ?? "")
        guard let file = manifest.files[page + (page.isEmpty || page.hasSuffix("/") ? "index.html" : "")] else { return docs }
        let html = String(buffer: file.body)
        let pageTitle = Self.text(in: html, after: "<h1") ?? page
        guard parts.count > 1, let section = Self.text(in: html, after: "id=\"\(parts[1])\"") else { return pageTitle }
        return pageTitle + " › " + section
    }

    /// The text of the element whose opening tag contains `marker`, tags and entities removed.
    private static func text(in html: String, after marker: String) -> String? {
        guard let start = html.range(of: marker), let close = html[start.upperBound...].firstIndex(of: ">") else { return nil }
        let rest = html[html.index(after: close)...]
        // The heading's text ends where its closing tag, or the anchor link the build adds to it, begins.
        guard let close = rest.range(of: "</h") else { return nil }
        let end = rest.range(of: "<a class=\"heading-anchor\"", range: rest.startIndex..<close.lowerBound) ?? close
        var out = ""
        var inTag = false
        for ch in rest[..<end.lowerBound] {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { out.append(ch) }
        }
        out = out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        let trimmed = out.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
