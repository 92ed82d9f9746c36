import Testing
@testable import SiteBuilder

@Suite("Heading anchors")
struct SlugTests {
    @Test("slugs are stable, readable and keep Chinese characters", arguments: [
        ("Names made only of digits", "names-made-only-of-digits"),
        ("  Hubei & Hunan: one site!  ", "hubei-hunan-one-site"),
        ("个人网站", "个人网站"),
        ("个人网站 Individual sites", "个人网站-individual-sites"),
        ("前置审批（Pre-approval）", "前置审批-pre-approval"),
        ("ICP 备案 vs. ICP 证", "icp-备案-vs-icp-证"),
        ("`domain/tld-approved`", "domain-tld-approved"),
        ("???", "section"),
        ("ÄRGER über Ωmega 2", "ärger-über-ωmega-2"),
    ])
    func slug(text: String, expected: String) {
        #expect(slugify(text) == expected)
    }

    @Test("a repeated heading gets a numbered anchor, fixed anchors are never taken by slugs")
    func duplicates() {
        var anchors = AnchorAllocator()
        let reservedFixed = anchors.reserve("overview-2")
        let first = anchors.unique("overview")
        let second = anchors.unique("overview")
        let third = anchors.unique("overview")
        let reservedAgain = anchors.reserve("overview")
        #expect(reservedFixed)
        #expect([first, second, third] == ["overview", "overview-3", "overview-4"])
        #expect(!reservedAgain)
    }
}
