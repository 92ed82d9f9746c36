/// The term pairs of the Chinese glossary (`content/glossary.zh-CN.md`) with the wrong variants each entry
/// lists (`勿写作“通讯管理局”`), so Chinese pages can be checked for a variant where the term belongs.
struct Terminology: Sendable {
    struct Term: Sendable, Equatable {
        /// The Chinese term as the glossary writes it, without a bracketed short form (`通信管理局`).
        var chinese: String
        var variants: [String]
    }

    /// A wrong variant found in a page.
    struct Misuse: Sendable, Equatable {
        var line: Int
        var variant: String
        var term: String
    }

    let terms: [Term]

    /// Reads the entries `- **中文** · English · pinyin — meaning 勿写作“A”、“B”。` of the glossary's Markdown.
    init(glossary markdown: String) {
        var terms: [Term] = []
        for line in markdown.split(separator: "\n") where line.hasPrefix("- **") {
            let rest = line.dropFirst(4)
            guard let close = rest.range(of: "**") else { continue }
            let chinese = String(rest[..<close.lowerBound].prefix { $0 != "（" && $0 != "(" })
            guard let marker = line.range(of: "勿写作") else { continue }
            let variants = line[marker.upperBound...].split(separator: "”").compactMap { part -> String? in
                guard let open = part.firstIndex(of: "“") else { return nil }
                return String(part[part.index(after: open)...])
            }
            if !chinese.isEmpty && !variants.isEmpty { terms.append(Term(chinese: chinese, variants: variants)) }
        }
        self.terms = terms
    }

    /// Every wrong variant in the text, by line. A variant inside the right term (`社会信用代码` in
    /// `统一社会信用代码`) does not count: each line is searched with the right terms taken out.
    func misuses(in text: String) -> [Misuse] {
        var found: [Misuse] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = String(line)
            for term in terms { rest = rest.replacingOccurrences(of: term.chinese, with: "\u{0}") }
            for term in terms {
                for variant in term.variants where rest.contains(variant) {
                    found.append(Misuse(line: number + 1, variant: variant, term: term.chinese))
                }
            }
        }
        return found
    }
}
