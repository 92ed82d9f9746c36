import Synchronization

/// The navigation tree: sections and their pages in order, reading order, breadcrumbs and the sidebar.
final class SiteTree: Sendable {
    let home: Page
    /// Children of each section (by section URL), ordered by weight, then title.
    let children: [String: [Page]]
    /// Every page in reading order (depth first), for previous/next links.
    let readingOrder: [Page]
    private let position: [String: Int]
    private let parent: [String: String]
    /// Section pages by URL, for walking up from a page to the home page.
    private let sectionsByURL: [String: Page]
    /// Output folders that contain other pages; a sidebar for these is rendered without the cache.
    private let foldersWithPages: Set<String>
    private let sidebarCache = Mutex<[String: SidebarHTML]>([:])

    init?(pages: [Page], navOrder: [String]) {
        guard let home = pages.first(where: { $0.kind == .home }) else { return nil }
        self.home = home
        let sections = Set(pages.filter { $0.kind != .page }.map(\.url))
        var children: [String: [Page]] = [:]
        var parent: [String: String] = [:]
        for page in pages where page.kind != .home {
            var container = page.sectionPath
            while !sections.contains(container) { container = String(container.dropLast()).parentSectionPath }
            children[container, default: []].append(page)
            parent[page.url] = container
        }
        let rank = Dictionary(navOrder.enumerated().map { ($1.hasSuffix("/") ? $1 : $1 + "/", $0) }, uniquingKeysWith: { a, _ in a })
        for (key, list) in children {
            children[key] = list.sorted { a, b in
                let ra = key == home.url ? rank[a.url] ?? Int.max : Int.max
                let rb = key == home.url ? rank[b.url] ?? Int.max : Int.max
                return (ra, a.frontMatter.weight, a.frontMatter.title, a.url) < (rb, b.frontMatter.weight, b.frontMatter.title, b.url)
            }
        }
        var order: [Page] = []
        func visit(_ page: Page) {
            order.append(page)
            if page.kind != .page { children[page.url, default: []].forEach(visit) }
        }
        visit(home)
        var folders: Set<String> = []
        for page in pages {
            var folder = page.url
            while !folder.isEmpty {
                folder = directory(of: String(folder.dropLast()))
                folders.insert(folder)
            }
        }
        self.children = children
        self.readingOrder = order
        self.parent = parent
        self.sectionsByURL = Dictionary(pages.filter { $0.kind == .section }.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
        self.foldersWithPages = folders
        self.position = Dictionary(order.enumerated().map { ($1.url, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func previous(_ page: Page) -> Page? {
        guard let i = position[page.url], i > 0 else { return nil }
        return readingOrder[i - 1]
    }

    func next(_ page: Page) -> Page? {
        guard let i = position[page.url], i + 1 < readingOrder.count else { return nil }
        return readingOrder[i + 1]
    }

    /// The sections above a page, from home down to its own section.
    func ancestors(of page: Page) -> [Page] {
        var chain: [Page] = []
        var url = parent[page.url]
        while let current = url {
            if let section = current == home.url ? home : sectionsByURL[current] {
                chain.insert(section, at: 0)
            }
            url = current == home.url ? nil : parent[current]
        }
        return chain
    }

    /// The sidebar as HTML: top-level entries, with the sections leading to `page` opened and `page` marked.
    func sidebar(for page: Page) -> String {
        // Siblings share one rendering, made as if from a folder beside them that no page has.
        let folder = directory(of: String(page.url.dropLast())) + "\u{0}/"
        let cacheable = page.kind == .page && !foldersWithPages.contains(page.url)
        let key = folder + "\u{0}" + (parent[page.url] ?? "")
        let sidebar: SidebarHTML
        if cacheable, let cached = sidebarCache.withLock({ $0[key] }) {
            sidebar = cached
        } else {
            let open = Set(ancestors(of: page).map(\.url) + [page.url])
            sidebar = SidebarHTML(tree(from: cacheable ? folder : page.url, open: open))
            if cacheable { sidebarCache.withLock { $0[key] = sidebar } }
        }
        let href = cacheable ? relativeURL(from: folder, to: page.outputFile) : "index.html"
        return sidebar.markingCurrent(escapeHTML(href))
    }

    /// The sidebar for a page that is not in the tree (the checker's form at `folder`), with `section`
    /// opened and marked as where the reader is.
    func sidebar(at folder: String, within section: Page) -> String {
        let open = Set(ancestors(of: section).map(\.url) + [section.url])
        return SidebarHTML(tree(from: folder, open: open)).markingCurrent(escapeHTML(relativeURL(from: folder, to: section.outputFile)))
    }

    /// The whole navigation list with links relative to `folder` and the sections in `open` expanded.
    private func tree(from folder: String, open: Set<String>) -> String {
        var html = "<ul class=\"nav-tree\">" + item(home, from: folder, open: [], isHome: true)
        for child in children[home.url] ?? [] { html += item(child, from: folder, open: open) }
        return html + "</ul>"
    }

    private func item(_ page: Page, from folder: String, open: Set<String>, isHome: Bool = false) -> String {
        let href = escapeHTML(relativeURL(from: folder, to: page.outputFile))
        let title = escapeHTML(page.frontMatter.title)
        guard !isHome else { return "<li class=\"nav-home\"><a href=\"\(href)\">\(title)</a></li>" }
        guard page.kind != .page else { return "<li><a href=\"\(href)\">\(title)</a></li>" }
        let isOpen = open.contains(page.url)
        var html = "<li class=\"nav-section\(isOpen ? " open" : "")\"><a href=\"\(href)\">\(title)</a>"
        if isOpen, let list = children[page.url], !list.isEmpty {
            html += "<ul>" + list.map { item($0, from: folder, open: open) }.joined() + "</ul>"
        }
        return html + "</li>"
    }
}

/// A rendered sidebar with the position of each link, so marking the current page needs no text search.
struct SidebarHTML: Sendable {
    let html: String
    /// For each `href` (as written in the HTML), the UTF-8 offset of the `>` closing its first `<a href="...">`.
    private let linkEnds: [String: Int]

    init(_ html: String) {
        self.html = html
        var ends: [String: Int] = [:]
        let bytes = Array(html.utf8)
        let opener = Array("<a href=\"".utf8)
        var i = 0
        while i + opener.count < bytes.count {
            guard bytes[i] == opener[0], bytes[i..<(i + opener.count)].elementsEqual(opener) else { i += 1; continue }
            let start = i + opener.count
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += 1 }
            if end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: ">") {
                let href = String(decoding: bytes[start..<end], as: UTF8.self)
                if ends[href] == nil { ends[href] = end + 1 }
            }
            i = end
        }
        linkEnds = ends
    }

    /// The HTML with `aria-current="page"` on the first link to `href`, or unchanged when there is none.
    func markingCurrent(_ href: String) -> String {
        guard let offset = linkEnds[href] else { return html }
        let utf8 = html.utf8
        let split = utf8.index(utf8.startIndex, offsetBy: offset)
        return String(html[..<split]) + " aria-current=\"page\"" + String(html[split...])
    }
}
