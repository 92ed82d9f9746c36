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
        var sections: [SearchSection]
        /// Term weights per section, in the order of `sections`; kept as arrays, which take a fraction
        /// of a dictionary's memory while every page of a large site waits for `script()`.
        var weights: [[(term: String, weight: Int)]]
    }

    private let order: [String: Int]
    private let entries = Mutex<[String: Entry]>([:])
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
        let entry = Self.entry(for: page, html: rendered.html, headings: rendered.headings, section: section, keeping: keptCharacters)
        entries.withLock { $0[page.url] = entry }
    }

    static func entry(for page: Page, html: String, headings: [Heading], section: String, keeping snippetCharacters: Int = snippetCharacters) -> Entry {
        var parts = sections(html: html, headings: headings)
        if parts.isEmpty { parts = [SearchSection(anchor: "", heading: "", text: "")] }
        let titleTerms = Set(SearchTokenizer.terms(page.frontMatter.title))
        let leadTerms = Set(SearchTokenizer.terms((page.frontMatter.description ?? "") + " " + characterPrefix(of: parts[0].text, count: leadCharacters)))
        let weights = parts.enumerated().map { offset, part -> [(term: String, weight: Int)] in
            var counts = SearchTokenizer.count(part.text)
            for term in Set(SearchTokenizer.terms(part.heading)) { counts.addBonus(headingWeight, to: term) }
            if offset == 0 {
                for term in titleTerms { counts.addBonus(titleWeight, to: term) }
                for term in leadTerms { counts.addBonus(leadWeight, to: term) }
            }
            return counts.weights(cappedAt: maxBodyWeight)
        }
        for i in parts.indices where parts[i].text.utf8.count > snippetCharacters {
            parts[i].text = String(characterPrefix(of: parts[i].text, count: snippetCharacters))
        }
        return Entry(url: page.url, title: page.frontMatter.title, section: section, sections: parts, weights: weights)
    }

    /// The index as a script's UTF-8 bytes: pages, sections and a term -> postings map with delta-coded section
    /// numbers. Lines are written on all cores: postings in shards of terms, each shard walking the pages in
    /// order.
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
        let shardCount = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        let shards = parallelMap(Array(0..<shardCount)) { shard -> [String: PostingList] in
            var postings: [String: PostingList] = [:]
            var doc = 0
            for entry in sorted {
                for weights in entry.weights {
                    for (term, weight) in weights where Int(term.utf8.first ?? 0) % shardCount == shard {
                        postings[term, default: PostingList()].add(doc: doc, weight: weight)
                    }
                    doc += 1
                }
            }
            return postings
        }
        let postings = shards.flatMap { $0.map { (term: $0.key, list: $0.value) } }.sorted { $0.term < $1.term }
        let terms = parallelMap(postings) { posting -> [UInt8] in
            var line: [UInt8] = []
            line.reserveCapacity(posting.term.utf8.count + 4 * posting.list.numbers.count + 8)
            Self.appendQuoted(posting.term, to: &line)
            Self.append(":[", to: &line)
            posting.list.appendNumbers(to: &line)
            line.append(UInt8(ascii: "]"))
            return line
        }
        // Assembled once, at its final size: the script is tens of megabytes on a large site.
        let pages = lines.map(\.page), docs = lines.map(\.docs).filter { !$0.isEmpty }
        var out: [UInt8] = []
        out.reserveCapacity([pages, docs, terms].joined().reduce(100) { $0 + $1.count + 2 })
        Self.append("window.ICPSearchIndex={\"version\":1,\n\"pages\":[\n", to: &out)
        Self.append(pages, separatedBy: ",\n", to: &out)
        Self.append("],\n\"docs\":[\n", to: &out)
        Self.append(docs, separatedBy: ",\n", to: &out)
        Self.append("],\n\"terms\":{\n", to: &out)
        Self.append(terms, separatedBy: ",\n", to: &out)
        Self.append("}};\n", to: &out)
        return out
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
        var text = Substring(text)
        text.withUTF8 { bytes in
            out.reserveCapacity(out.count + bytes.count + 16)
            out.append(UInt8(ascii: "\""))
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                switch byte {
                case UInt8(ascii: "\""): append("\\\"", to: &out)
                case UInt8(ascii: "\\"): append("\\\\", to: &out)
                case UInt8(ascii: "\n"): append("\\n", to: &out)
                case UInt8(ascii: "<"): append("\\u003c", to: &out)
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    // U+2028 and U+2029 end a line in older JavaScript.
                    append(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", to: &out)
                    i += 3
                    continue
                case ..<0x20:
                    append("\\u00", to: &out)
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0x0F)])
                default:
                    out.append(byte)
                }
                i += 1
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func append(_ escape: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: escape.bytes)
    }
}
