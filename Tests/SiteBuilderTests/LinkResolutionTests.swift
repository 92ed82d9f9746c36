import Testing
@testable import SiteBuilder

@Suite("Link rewriting")
struct LinkResolutionTests {
    static func page(_ source: String) -> Page {
        let (url, kind) = Page.url(forSource: source)
        let matter = FrontMatter(title: source, description: nil, weight: 0, draft: false, aliases: [], reviewed: nil,
                                 sources: [], confidence: nil, confidenceNote: nil, params: .map([]))
        return Page(sourcePath: source, url: url, kind: kind, sectionPath: directory(of: source), frontMatter: matter, body: "", bodyLineOffset: 0)
    }

    static let index = SiteIndex(
        pages: ["_index.md", "naming/_index.md", "naming/individual-websites.md", "regions/hubei.md"].map(page),
        files: ["naming/diagram.svg", "css/site.css", "sitemap.xml"],
        draftSources: ["naming/unfinished.md"])

    @Test("links are rewritten relative to the linking page", arguments: [
        ("naming/individual-websites.md", "../regions/hubei.md#min-age", "../../regions/hubei/index.html#min-age"),
        ("naming/individual-websites.md", "_index.md", "../index.html"),
        ("naming/individual-websites.md", "../_index.md", "../../index.html"),
        ("naming/_index.md", "individual-websites.md#restricted-words", "individual-websites/index.html#restricted-words"),
        ("_index.md", "naming/individual-websites.md", "naming/individual-websites/index.html"),
        ("naming/individual-websites.md", "diagram.svg", "../diagram.svg"),
        ("naming/individual-websites.md", "../../regions/hubei/", "../../regions/hubei/index.html"),
        ("regions/hubei.md", "/css/site.css", "../../css/site.css"),
        ("regions/hubei.md", "#min-age", "#min-age"),
        ("regions/hubei.md", "/naming/individual-websites.md?x=1#a", "../../naming/individual-websites/index.html?x=1#a"),
    ])
    func rewrite(from source: String, link: String, expected: String) {
        guard case .site(let url, _, _) = Self.index.resolve(link, from: Self.page(source)) else {
            Issue.record("\(link) did not resolve")
            return
        }
        #expect(url == expected)
    }

    @Test("external links are kept", arguments: ["https://beian.miit.gov.cn/", "mailto:a@b.c", "//cdn.example/x.js", "tel:+86"])
    func external(link: String) {
        #expect(Self.index.resolve(link, from: Self.page("_index.md")) == .external)
    }

    @Test("links to missing pages, drafts or outside the site are errors", arguments: [
        "missing.md", "unfinished.md", "../../../etc/passwd", "../nowhere/", "",
    ])
    func broken(link: String) {
        guard case .broken = Self.index.resolve(link, from: Self.page("naming/individual-websites.md")) else {
            Issue.record("\(link) should not resolve")
            return
        }
    }

    @Test("the anchor of a link is reported for checking once all pages exist")
    func anchorIsKept() {
        let result = Self.index.resolve("../regions/hubei.md#%E6%B9%96%E5%8C%97", from: Self.page("naming/_index.md"))
        #expect(result == .site(url: "../regions/hubei/index.html#湖北", targetFile: "regions/hubei/index.html", anchor: "湖北"))
    }

    @Test("relative URLs between output folders")
    func relative() {
        #expect(relativeURL(from: "", to: "index.html") == "index.html")
        #expect(relativeURL(from: "a/b/", to: "a/b/index.html") == "index.html")
        #expect(relativeURL(from: "a/b/", to: "a/c/index.html") == "../c/index.html")
        #expect(relativeURL(from: "a/b/", to: "") == "../../")
        #expect(relativeURL(from: "x/", to: "a/b/c.svg") == "../a/b/c.svg")
        #expect(relativeURL(from: "a/b/", to: "a/b/") == "")
        #expect(relativeURL(from: "a/bc/", to: "a/b/index.html") == "../b/index.html")
        #expect(relativeURL(from: "a//b/", to: "a/b/x.png") == "x.png")
        #expect(relativeURL(from: "省/", to: "省/页/index.html") == "%E9%A1%B5/index.html")
    }

    @Test("paths are normalized segment by segment", arguments: [
        ("a/b/c.md", "a/b/c.md"), ("a/b/", "a/b/"), ("", ""), ("/", ""), ("a//b", "a/b"), ("/a/b", "a/b"),
        ("a/./b", "a/b"), ("a/b/../c", "a/c"), ("a/..", ""), ("a/../", ""), ("a/.../b", "a/.../b"),
        ("a/.b/..c", "a/.b/..c"), ("./a/", "a/"), ("地区/./湖北.md", "地区/湖北.md"),
    ])
    func normalized(path: String, expected: String) {
        #expect(normalize(path) == expected)
    }

    @Test("a path that climbs above the top has no normal form", arguments: ["..", "../a", "a/../../b", "/../a"])
    func climbing(path: String) {
        #expect(normalize(path) == nil)
    }
}
