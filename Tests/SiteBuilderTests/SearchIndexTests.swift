import FilingRules
import Testing
@testable import SiteBuilder

@Suite("Search index")
struct SearchIndexTests {
    @Test("Chinese text gives every neighbouring pair, and a character only where it stands alone", arguments: [
        ("前置审批", ["前置", "置审", "审批"]), ("省", ["省"]), ("湖北 省、市", ["湖北", "省", "市"]), ("a省b", ["省"]),
    ])
    func chineseBigrams(text: String, terms: [String]) {
        #expect(SearchTokenizer.terms(text) == terms)
    }

    @Test("English words are case-folded, stemmed and stop words dropped", arguments: [
        ("Filing", "fil"), ("filed", "fil"), ("filings", "fil"), ("Entities", "entity"), ("names", "nam"), ("process", "process"),
    ])
    func englishStems(word: String, stem: String) {
        #expect(SearchTokenizer.terms(word) == [stem])
    }

    @Test("mixed text splits at the change of script")
    func mixedScripts() {
        #expect(SearchTokenizer.terms("ICP备案 of the site") == ["icp", "备案", "sit"])
    }

    @Test("term counts agree with counting the terms one by one, for English, Chinese and many distinct words", arguments: [
        "The filing of filings: filed, FILING, and 2 filings in 2026.",
        "网站备案 requires 备案 and the 备案号 of each website",
        (0..<500).map { "word\($0) word\($0 % 7) term\($0 % 13)" }.joined(separator: " "),
        "",
    ])
    func termCounts(text: String) {
        var expected: [String: Int] = [:]
        for term in SearchTokenizer.terms(text) { expected[term, default: 0] += 1 }
        func weights(_ limit: Int, bonus: Int = 0) -> [String: Int] {
            var counts = TermCounts()
            SearchTokenizer.count(text, into: &counts)
            if bonus > 0 { counts.addBonus(bonus, to: "word1"); counts.addBonus(bonus, to: "absent") }
            let pairs = counts.takeWeights(cappedAt: limit).map { (term: counts.vocabulary.term($0.term), weight: $0.weight) }
            #expect(Set(pairs.map(\.term)).count == pairs.count, "each term once")
            return Dictionary(uniqueKeysWithValues: pairs.map { ($0.term, $0.weight) })
        }
        #expect(weights(.max) == expected)
        #expect(weights(2) == expected.mapValues { min($0, 2) })
        var boosted = expected.mapValues { min($0, 2) }
        boosted["word1", default: 0] += 8
        boosted["absent", default: 0] += 8
        #expect(weights(2, bonus: 8) == boosted)
    }

    @Test("term counts start over for each text and keep numbering terms as before")
    func termCountsStartOver() {
        var counts = TermCounts()
        SearchTokenizer.count("filing rules for the filing", into: &counts)
        counts.addBonus(8, to: "rul")
        let first = counts.takeWeights(cappedAt: 3)
        SearchTokenizer.count("rules of hosting", into: &counts)
        let second = counts.takeWeights(cappedAt: 3)
        func named(_ weights: [(term: Int, weight: Int)]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: weights.map { (counts.vocabulary.term($0.term), $0.weight) })
        }
        #expect(named(first) == ["fil": 2, "rul": 9])
        #expect(named(second) == ["rul": 1, "host": 1])
        #expect(first.first { counts.vocabulary.term($0.term) == "rul" }?.term == second.first { counts.vocabulary.term($0.term) == "rul" }?.term)
    }

    @Test("a text is cut after a number of Characters, on bytes when it is ASCII", arguments: [
        ("hello world", 5, "hello"), ("hello", 5, "hello"), ("hello", 9, "hello"), ("hello", 0, ""),
        ("cafe\u{301} au lait", 4, "cafe\u{301}"), ("line\r\nnext", 5, "line\r\n"), ("湖北省 rules", 2, "湖北"),
        ("ab湖北", 2, "ab"), ("ab湖北", 3, "ab湖"),
    ])
    func prefixOfCharacters(text: String, count: Int, expected: String) {
        #expect(characterPrefix(of: text, count: count) == expected)
        #expect(String(characterPrefix(of: text, count: count)) == String(text.prefix(count)))
    }

    @Test("a page splits into sections at its h2 and h3 headings, with their anchors")
    func sections() {
        let html = """
            <p>Intro &amp; more</p>
            <h2 id="min-age">Minimum age<a class="heading-anchor" href="#min-age">#</a></h2>
            <table><tr><td>湖北</td><td>18</td></tr></table>
            <h4>Detail</h4><p>kept in the section</p>
            """
        let parts = SearchIndex.sections(html: html, headings: [Heading(level: 2, title: "Minimum age", anchor: "min-age")])
        #expect(parts.map(\.anchor) == ["", "min-age"])
        #expect(parts[0].text == "Intro & more")
        #expect(parts[1].heading == "Minimum age")
        #expect(parts[1].text.contains("湖北 18"))
        #expect(parts[1].text.contains("Detail kept in the section"))
    }

    @Test("strings in the index cannot close the script element or end a line in older JavaScript; JSON elsewhere keeps `<`", arguments: [
        ("a</script>\"\\\n", #""a\u003c/script>\"\\\n""#, #""a</script>\"\\\n""#),
        ("line\u{2028}para\u{2029}end", #""line\u2028para\u2029end""#, "\"line\u{2028}para\u{2029}end\""),
        ("tab\there\r\u{1}", #""tab\there\r\u0001""#, #""tab\there\r\u0001""#),
        ("备案 — “quoted” \u{E2}", "\"备案 — “quoted” \u{E2}\"", "\"备案 — “quoted” \u{E2}\""),
        ("", #""""#, #""""#),
        ("a long run of words, then </b> and more", #""a long run of words, then \u003c/b> and more""#,
         #""a long run of words, then </b> and more""#),
        ("备案网站名称\u{2028}不得使用个人名义", #""备案网站名称\u2028不得使用个人名义""#, "\"备案网站名称\u{2028}不得使用个人名义\""),
    ])
    func quoting(text: String, inScript: String, inJSON: String) {
        var script: [UInt8] = []
        SearchIndex.appendQuoted(text, to: &script)
        #expect(String(decoding: script, as: UTF8.self) == inScript)
        var json: [UInt8] = []
        JSONWriter.appendQuoted(text, to: &json)
        #expect(String(decoding: json, as: UTF8.self) == inJSON)
    }
}
