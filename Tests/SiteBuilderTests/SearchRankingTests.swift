import Foundation
import Testing
@testable import SiteBuilder

@Suite("Search terms and ranking")
struct SearchRankingTests {
    @Test("British and US spellings and common synonyms index as one term", arguments: [
        ("licence", "license"), ("licences", "licensing"), ("organisation", "organization"), ("authorised", "authorized"),
        ("centre", "center"), ("telephone", "phone"), ("beian", "备案"),
    ])
    func folds(one: String, other: String) {
        let a = SearchTokenizer.terms(one), b = SearchTokenizer.terms(other)
        #expect(a.count == 1 && b.contains(a[0]), "\(one) -> \(a), \(other) -> \(b)")
        // The same fold applies on the path for text that is not pure ASCII.
        #expect(SearchTokenizer.terms(one + " 网").first == a.first)
    }

    @Test("words that only look alike stay apart", arguments: [("licence", "lice"), ("center", "cent"), ("phone", "phonetic")])
    func keepsApart(one: String, other: String) {
        #expect(SearchTokenizer.terms(one) != SearchTokenizer.terms(other))
    }

    @Test("a suffix such as .io is indexed as a whole term, never as part of a longer word")
    func suffixTokens() {
        #expect(SearchTokenizer.terms("refuses .io domains") == ["refus", "io", "domain"])
        #expect(!SearchTokenizer.terms("Regions and administration").contains("io"))
    }

    @Test("reference pages are marked in the index so reader pages rank first; reader pages are not")
    func referencePagesMarked() throws {
        let out = TestSupport.temporaryFolder("icp-search-rank").appendingPathComponent("public")
        try TestSupport.build(KnowledgeBaseTests.root, out: out)
        let script = TestSupport.text(out, SearchIndex.fileName)
        #expect(script.contains("[\"checker/draft-fields/\",\"Draft fields\",\"Checker\",1]"))
        #expect(script.contains("[\"glossary/\",\"Glossary\",\"\",1]") || script.contains("[\"glossary/\",\"Glossary\","))
        #expect(!script.contains("[\"regions/shanghai/\",\"Shanghai 上海\",\"Regions\",1]"))
        #expect(script.contains("[\"regions/shanghai/\",\"Shanghai 上海\",\"Regions\"]"))
        // Both spellings of the word land on one posting list.
        #expect(script.contains("\n\"licens\":["))
        #expect(!script.contains("\n\"licenc\":["))
    }
}
