import FilingRules
import Foundation
import Synchronization

/// The site's search index, collected while pages render and written as a classic script,
/// `search-index.js`, that sets `window.ICPSearchIndex` (so search works from `file://`).
final class SearchIndex: Sendable {
    /// Where the index is written, relative to the site root.
    static let fileName = "search-index.js"
    /// Weights that rank a page's title above its headings and headings above body text.
    static let titleWeight = 20, headingWeight = 8, leadWeight = 6, maxBodyWeight = 3
    /// Characters at the start of a page that usually define its subject, weighted like its description.
    static let leadCharacters = 200
    /// Characters of each section's text kept for snippets, shrunk toward the minimum on large sites
    /// so the whole index stays loadable (the terms still cover every word of every section).
    static let snippetCharacters = 1500, minSnippetCharacters = 200, snippetBudget = 3_000_000

    /// One page's part of the index, made on the thread that rendered the page.
    struct Entry: Sendable {
        var url: String
        var title: String
        var section: String
        /// A reference page (`search_rank: reference`), ranked below reader pages for the same words.
        var reference = false
        var sections: [SearchSection]
        /// The vocabulary that numbers the terms of `weights`.
        var vocabulary: Int
        /// Term weights per section, in the order of `sections`; kept as arrays of numbers, which take a
        /// fraction of a dictionary's memory while every page of a large site waits for `script()`.
        var weights: [[TermWeight]]
    }

    /// A term of a section, by its number in the vocabulary the page was counted with, and its weight.
    struct TermWeight {
        var term: UInt32
        var weight: UInt32
    }

    /// Term counts with their own vocabulary. A page takes one of the idle ones and gives it back, so
    /// threads never share one; `script()` merges their vocabularies.
    struct TermCounter {
        let number: Int
        var counts = TermCounts()
    }

    private let order: [String: Int]
    private let entries = Mutex<[String: Entry]>([:])
    private let counters = Mutex<(idle: [TermCounter], made: Int)>(([], 0))
    /// Characters of section text kept until `script()`: the snippet length it picks divides the budget by
    /// the number of sections, which is at least the number of pages indexed, so this is never shorter.
    private let keptCharacters: Int

    /// An empty index whose pages will be listed in the site's reading order.
    init(readingOrder: [Page]) {
        order = Dictionary(readingOrder.enumerated().map { ($1.url, $0) }, uniquingKeysWith: { a, _ in a })
        let indexed = max(1, readingOrder.filter(\.frontMatter.search).count)
        keptCharacters = min(Self.snippetCharacters, max(Self.minSnippetCharacters, Self.snippetBudget / indexed))
    }

    /// Adds a rendered page, labelled with its top-level section; pages with `search: false` are left out.
    func add(_ page: Page, rendered: RenderedMarkdown, tree: SiteTree) {
        guard page.frontMatter.search else { return }
        let top = tree.ancestors(of: page).dropFirst().first ?? (page.kind == .section ? page : nil)
        let section = top?.frontMatter.title ?? ""
        var counter = counters.withLock { state in
            if let idle = state.idle.popLast() { return idle }
            state.made += 1
            return TermCounter(number: state.made - 1)
        }
        let entry = Self.entry(
            for: page, html: rendered.html, headings: rendered.headings, section: section, counter: &counter, keeping: keptCharacters)
        counters.withLock { $0.idle.append(counter) }
        entries.withLock { $0[page.url] = entry }
    }

    static func entry(
        for page: Page, html: String, headings: [Heading], section: String, counter: inout TermCounter,
        keeping snippetCharacters: Int
    ) -> Entry {
        var parts = sections(html: html, headings: headings)
        if parts.isEmpty { parts = [SearchSection(anchor: "", heading: "", text: "")] }
        let titleTerms = Set(SearchTokenizer.terms(page.frontMatter.title))
        let leadTerms = Set(SearchTokenizer.terms((page.frontMatter.description ?? "") + " " + characterPrefix(of: parts[0].text, count: leadCharacters)))
        let weights = parts.enumerated().map { offset, part -> [TermWeight] in
            SearchTokenizer.count(part.text, into: &counter.counts)
            for term in Set(SearchTokenizer.terms(part.heading)) { counter.counts.addBonus(headingWeight, to: term) }
            if offset == 0 {
                for term in titleTerms { counter.counts.addBonus(titleWeight, to: term) }
                for term in leadTerms { counter.counts.addBonus(leadWeight, to: term) }
            }
            return counter.counts.takeWeights(cappedAt: maxBodyWeight).map { TermWeight(term: UInt32($0.term), weight: UInt32($0.weight)) }
        }
        for i in parts.indices where parts[i].text.utf8.count > snippetCharacters {
            parts[i].text = String(characterPrefix(of: parts[i].text, count: snippetCharacters))
        }
        return Entry(
            url: page.url, title: page.frontMatter.title, section: section, reference: page.frontMatter.params["search_rank"]?.text == "reference",
            sections: parts, vocabulary: counter.number, weights: weights)
    }

    /// The index as a script's UTF-8 bytes: pages, sections and a term -> postings map with delta-coded section
    /// numbers. The postings are gathered in one walk over the pages in order, by term number; the lines are
    /// written on all cores.
    func script() -> [UInt8] {
        let sorted = entries.withLock { $0.values.map { (position: order[$0.url] ?? Int.max, entry: $0) } }
            .sorted { ($0.position, $0.entry.url) < ($1.position, $1.entry.url) }.map(\.entry)
        let sectionCount = max(1, sorted.reduce(0) { $0 + $1.sections.count })
        let snippetLength = min(Self.snippetCharacters, max(Self.minSnippetCharacters, Self.snippetBudget / sectionCount))
        let lines = parallelMap(Array(sorted.enumerated())) { pageNumber, entry -> (page: [UInt8], docs: [UInt8]) in
            var page: [UInt8] = []
            page.append(UInt8(ascii: "["))
            Self.appendQuoted(entry.url, to: &page)
            page.append(UInt8(ascii: ","))
            Self.appendQuoted(entry.title, to: &page)
            page.append(UInt8(ascii: ","))
            Self.appendQuoted(entry.section, to: &page)
            if entry.reference { Self.append(",1", to: &page) }
            page.append(UInt8(ascii: "]"))
            var docs: [UInt8] = []
            docs.reserveCapacity(entry.sections.count * (snippetLength + 64))
            for (index, part) in entry.sections.enumerated() {
                if index > 0 { Self.append(",\n", to: &docs) }
                docs.append(UInt8(ascii: "["))
                Self.appendNumber(pageNumber, to: &docs)
                docs.append(UInt8(ascii: ","))
                Self.appendQuoted(part.anchor, to: &docs)
                docs.append(UInt8(ascii: ","))
                Self.appendQuoted(part.heading, to: &docs)
                docs.append(UInt8(ascii: ","))
                Self.appendQuoted(characterPrefix(of: part.text, count: snippetLength), to: &docs)
                docs.append(UInt8(ascii: "]"))
            }
            return (page, docs)
        }
        let (terms, postings) = postings(of: sorted)
        let termLines = parallelMap(Array(terms.indices)) { index -> [UInt8] in
            var line: [UInt8] = []
            line.reserveCapacity(terms[index].utf8.count + 4 * postings[index].numbers.count + 8)
            Self.appendQuoted(terms[index], to: &line)
            Self.append(":[", to: &line)
            postings[index].appendNumbers(to: &line)
            line.append(UInt8(ascii: "]"))
            return line
        }
        // Assembled once, at its final size: the script is tens of megabytes on a large site.
        let pages = lines.map(\.page), docs = lines.map(\.docs).filter { !$0.isEmpty }
        var out: [UInt8] = []
        out.reserveCapacity([pages, docs, termLines].joined().reduce(100) { $0 + $1.count + 2 })
        Self.append("window.ICPSearchIndex={\"version\":1,\n\"pages\":[\n", to: &out)
        Self.append(pages, separatedBy: ",\n", to: &out)
        Self.append("],\n\"docs\":[\n", to: &out)
        Self.append(docs, separatedBy: ",\n", to: &out)
        Self.append("],\n\"terms\":{\n", to: &out)
        Self.append(termLines, separatedBy: ",\n", to: &out)
        Self.append("}};\n", to: &out)
        return out
    }

    /// Every term that occurs, in order, and its postings: the sections are numbered across the pages in
    /// `sorted`, and the vocabularies' numbers for a term become its place in the order.
    private func postings(of sorted: [Entry]) -> (terms: [String], postings: [PostingList]) {
        // Each vocabulary's terms by number, made `String`s once.
        let termsByNumber = counters.withLock { $0.idle }.sorted { $0.number < $1.number }.map { counter in
            (0..<counter.counts.vocabulary.count).map(counter.counts.vocabulary.term)
        }
        let terms = Set(termsByNumber.joined()).sorted()
        let places = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1, $0) })
        let placeByNumber = termsByNumber.map { $0.map { places[$0]! } }
        var postings = [PostingList](repeating: PostingList(), count: terms.count)
        var doc = 0
        for entry in sorted {
            let place = placeByNumber[entry.vocabulary]
            for weights in entry.weights {
                for item in weights { postings[place[Int(item.term)]].add(doc: doc, weight: Int(item.weight)) }
                doc += 1
            }
        }
        // A live rebuild can leave a term in a vocabulary that no page has any more.
        let used = terms.indices.filter { !postings[$0].numbers.isEmpty }
        return (used.map { terms[$0] }, used.map { postings[$0] })
    }

    private static func append(_ parts: [[UInt8]], separatedBy separator: StaticString, to out: inout [UInt8]) {
        for (index, part) in parts.enumerated() {
            if index > 0 { append(separator, to: &out) }
            out.append(contentsOf: part)
        }
    }

    /// A term's postings: pairs of (section number minus the previous one, weight).
    private struct PostingList {
        var numbers: [Int] = []
        var lastDoc = 0

        mutating func add(doc: Int, weight: Int) {
            numbers.append(doc - lastDoc)
            numbers.append(weight)
            lastDoc = doc
        }

        /// The numbers separated by commas.
        func appendNumbers(to out: inout [UInt8]) {
            for (index, number) in numbers.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                SearchIndex.appendNumber(number, to: &out)
            }
        }
    }

    /// A number's decimal digits, written without making a `String`.
    private static func appendNumber(_ number: Int, to out: inout [UInt8]) {
        if number < 0 { out.append(UInt8(ascii: "-")) }
        var rest = number.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of the largest magnitude
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            out.append(contentsOf: buffer[start...])
        }
    }

    /// Appends `text` as a JSON string literal that is also safe inside a `<script>` file.
    static func appendQuoted(_ text: some StringProtocol, to out: inout [UInt8]) {
        JSONWriter.appendQuoted(text, scriptSafe: true, to: &out)
    }

    private static func append(_ escape: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: escape.bytes)
    }
}
