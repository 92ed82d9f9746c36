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
}
