import Testing
@testable import SiteBuilder

@Suite("Chinese marked as Chinese")
struct ChineseMarkingTests {
    @Test("runs of Han characters, with the CJK punctuation around them, are wrapped in lang=zh-CN", arguments: [
        ("<p>The filing (备案) is made</p>", "<p>The filing (<span lang=\"zh-CN\">备案</span>) is made</p>"),
        ("<td>北京</td>", "<td><span lang=\"zh-CN\">北京</span></td>"),
        ("<p>京ICP备12345678号</p>", "<p><span lang=\"zh-CN\">京</span>ICP<span lang=\"zh-CN\">备</span>12345678<span lang=\"zh-CN\">号</span></p>"),
        ("<p>《互联网政务应用安全管理规定》, 2024</p>", "<p><span lang=\"zh-CN\">《互联网政务应用安全管理规定》</span>, 2024</p>"),
    ])
    func marks(html: String, marked: String) {
        #expect(ChineseMarking.mark(html) == marked)
    }

    @Test("text that is already Chinese, attributes, titles, scripts and English stay as written", arguments: [
        "<p lang=\"zh-CN\">备案 <b>管局</b></p>",
        "<svg><text lang=\"zh-CN\">京</text></svg>",
        "<input placeholder=\"Search · 搜索\"><img alt=\"备案\">",
        "<title>备案</title><script>var s = \"备案\";</script><style>/* 备案 */</style>",
        "<select><option>北京</option></select>",
        "<p>Only English — and “quotes” and ① circled digits</p>",
        "<p>A lone full-width comma，without Han</p>",
    ])
    func leavesAlone(html: String) {
        #expect(ChineseMarking.mark(html) == html)
    }

    @Test("an element closed after a Chinese one is no longer Chinese")
    func scopeEnds() {
        let html = "<div><p lang=\"zh-CN\">备案</p><p>管局</p></div>"
        #expect(ChineseMarking.mark(html) == "<div><p lang=\"zh-CN\">备案</p><p><span lang=\"zh-CN\">管局</span></p></div>")
    }

    @Test("marking a marked page again changes nothing, and a tag left open at the end is copied as it is", arguments: [
        "<p>The filing (备案) is made</p>", "<td>北京</td><td>京ICP备12345678号</td>", "<p>备案 <a href=\"x\"",
    ])
    func idempotent(html: String) {
        let once = ChineseMarking.mark(html)
        #expect(ChineseMarking.mark(once) == once)
    }

    @Test("characters outside the Basic Multilingual Plane are marked whole")
    func astral() {
        #expect(ChineseMarking.mark("<p>𠀀x</p>") == "<p><span lang=\"zh-CN\">𠀀</span>x</p>")
    }
}
