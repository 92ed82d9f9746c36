/// `sitemap.xml` for the published site: absolute URLs when a base URL is known, else site-relative.
enum Sitemap {
    /// Lists every page, then the same pages in each translated edition's folder (`zh-CN/`).
    static func xml(pages: [Page], baseURL: String?, editions: [String] = []) -> String {
        let base = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let sorted = pages.sorted(by: { $0.url < $1.url })
        for (prefix, page) in ([""] + editions.map { $0 + "/" }).flatMap({ prefix in sorted.map { (prefix, $0) } }) {
            xml += "  <url><loc>\(escapeHTML(base + percentEncodingNonASCII(prefix + page.url)))</loc>"
            if let reviewed = page.frontMatter.reviewed { xml += "<lastmod>\(reviewed)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
