@testable import SiteBuilder
import Testing

@Suite("Scripts and stylesheets as shipped")
struct CompactAssetTests {
    @Test("comments, indentation and blank lines go; code stays on its own lines", arguments: [
        ("  // a comment\n  var a = 1;\n\n  var b = 2;\n", "var a = 1;\nvar b = 2;\n"),
        ("/* one\n   two */\nbody { color: red; }\n", "body { color: red; }\n"),
        ("/* lead */ .a { margin: 0; }\n", ".a { margin: 0; }\n"),
        ("var u = \"http://example.com\"; // trailing\n", "var u = \"http://example.com\"; // trailing\n"),
        ("try { x(); } catch (e) { /* ignore */ }\n", "try { x(); } catch (e) { /* ignore */ }\n"),
        ("a()\n(b)\n", "a()\n(b)\n"),
    ])
    func compact(source: String, shipped: String) {
        #expect(CompactAsset.compact(source) == shipped)
    }

    @Test("only scripts and stylesheets are compacted", arguments: [("js/site.js", true), ("css/site.css", true), ("img/logo.svg", false), ("data/words.yaml", false)])
    func applies(path: String, expected: Bool) {
        #expect(CompactAsset.applies(to: path) == expected)
    }
}
