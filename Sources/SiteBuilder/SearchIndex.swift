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
        let indexed = max(1, readingOrder.filter(Self.isIndexed).count)
        keptCharacters = min(Self.snippetCharacters, max(Self.minSnippetCharacters, Self.snippetBudget / indexed))
    }

    /// Adds a rendered page, labelled with its top-level section; pages with `search: false` are left out.
    func add(_ page: Page, rendered: RenderedMarkdown, tree: SiteTree) {
        guard Self.isIndexed(page) else { return }
        let top = tree.ancestors(of: page).dropFirst().first ?? (page.kind == .section ? page : nil)
        let section = top?.frontMatter.title ?? ""
        let entry = Self.entry(for: page, html: rendered.html, headings: rendered.headings, section: section, keeping: keptCharacters)
        entries.withLock { $0[page.url] = entry }
    }

    private static func isIndexed(_ page: Page) -> Bool {
        if case .bool(false)? = page.frontMatter.params["search"] { return false }
        return true
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

    /// The index as a script: pages, sections and a term -> postings map with delta-coded section numbers.
    /// Lines are quoted and postings gathered on all cores: postings in shards of terms, each shard walking
    /// the pages in order.
    func script() -> String {
        let sorted = entries.withLock { $0.values.map { (position: order[$0.url] ?? Int.max, entry: $0) } }
            .sorted { ($0.position, $0.entry.url) < ($1.position, $1.entry.url) }.map(\.entry)
        let sectionCount = max(1, sorted.reduce(0) { $0 + $1.sections.count })
        let snippetLength = min(Self.snippetCharacters, max(Self.minSnippetCharacters, Self.snippetBudget / sectionCount))
        let lines = parallelMap(Array(sorted.enumerated())) { pageNumber, entry -> (page: String, docs: String) in
            let page = "[\(Self.quote(entry.url)),\(Self.quote(entry.title)),\(Self.quote(entry.section))]"
            let docs = entry.sections.map { part in
                "[\(pageNumber),\(Self.quote(part.anchor)),\(Self.quote(part.heading)),\(Self.quote(String(characterPrefix(of: part.text, count: snippetLength))))]"
            }
            return (page, docs.joined(separator: ",\n"))
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
        let terms = parallelMap(postings) { Self.quote($0.term) + ":[" + $0.list.json + "]" }
        // Assembled in one buffer of the final size: the script is tens of megabytes on a large site.
        let pages = lines.map(\.page), docs = lines.map(\.docs).filter { !$0.isEmpty }
        var out = ""
        out.reserveCapacity([pages, docs, terms].joined().reduce(100) { $0 + $1.utf8.count + 2 })
        out += "window.ICPSearchIndex={\"version\":1,\n\"pages\":[\n"
        Self.append(pages, separatedBy: ",\n", to: &out)
        out += "],\n\"docs\":[\n"
        Self.append(docs, separatedBy: ",\n", to: &out)
        out += "],\n\"terms\":{\n"
        Self.append(terms, separatedBy: ",\n", to: &out)
        out += "}};\n"
        return out
    }

    private static func append(_ parts: [String], separatedBy separator: String, to out: inout String) {
        for (index, part) in parts.enumerated() {
            if index > 0 { out += separator }
            out += part
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

        /// The numbers separated by commas, written digit by digit rather than through `String(Int)`.
        var json: String {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(numbers.count * 4)
            var digits: [UInt8] = []
            for (index, number) in numbers.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                if number < 0 { bytes.append(UInt8(ascii: "-")) }
                var rest = number.magnitude
                digits.removeAll(keepingCapacity: true)
                repeat {
                    digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
                    rest /= 10
                } while rest > 0
                bytes.append(contentsOf: digits.reversed())
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// A JSON string literal that is also safe inside a `<script>` file.
    static func quote(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
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
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func append(_ escape: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
    }
}
