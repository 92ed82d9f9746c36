import Foundation
import Testing
@testable import SiteBuilder

@Suite("The handbook itself")
struct PublishedSiteTests {
    @Test("the committed public/ is what `make site` produces (run make site when this fails)")
    func publicIsFresh() throws {
        let root = TestSupport.repositoryRoot
        let out = TestSupport.temporaryFolder("icp-fresh").appendingPathComponent("public")
        try TestSupport.build(root, out: out)
        let built = TestSupport.files(in: out)
        let committed = TestSupport.files(in: root.appendingPathComponent("public"))
        let stale = Set(built.keys).union(committed.keys).filter { built[$0] != committed[$0] }.sorted()
        #expect(stale.isEmpty, "public/ is stale; run `make site` and commit public/. Differing files: \(stale.prefix(20).joined(separator: ", "))")
    }

    @Test("the handbook's internal links are all relative")
    func handbookLinksAreRelative() throws {
        let out = TestSupport.temporaryFolder("icp-site").appendingPathComponent("public")
        try TestSupport.build(TestSupport.repositoryRoot, out: out)
        let offenders = OutputAudit.absoluteReferences(in: out, baseURL: nil)
        #expect(offenders.isEmpty, "\(offenders.prefix(10))")
    }

    @Test("links to rules read as the rule's title in each edition; a province card's rule links name their rule", arguments: [
        ("checker/draft-fields/index.html", ">Website names are not made only of digits</a>"),
        ("zh-CN/checker/draft-fields/index.html", ">网站名称不能只有数字</a>"),
        ("regions/anhui/index.html", "checker rule<span class=\"visually-hidden\">: The entity leader is one the province accepts</span></a>"),
        ("zh-CN/regions/anhui/index.html", "检查规则<span class=\"visually-hidden\">：主体负责人为省份认可的人</span></a>"),
    ])
    func ruleLinks(file: String, expected: String) throws {
        let html = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("public/" + file), encoding: .utf8)
        #expect(html.contains(expected), "\(file)")
    }
}
