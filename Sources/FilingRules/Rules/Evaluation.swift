/// The state of one check: the draft, the rulebook, facts derived once for all rules, and the findings.
final class Evaluation {
    let book: Rulebook
    let draft: Draft
    /// The filing province's data (nil only if the data lacks it).
    let province: Province?
    let isIndividual: Bool
    let entityName: NormalizedText
    let entityMatches: [Int]
    let sites: [SiteFacts]
    private(set) var findings: [Finding] = []
    private var undecided: [(rule: String, paths: [String], need: String)] = []

    /// Per website: its name prepared for matching and the words found in it.
    struct SiteFacts {
        let name: NormalizedText
        let compactName: [UInt32]
        let matches: [Int]
        let domainMatches: [[Int]]
    }

    /// Evidence behind one finding: how sure, and where from.
    struct Evidence {
        let confidence: Confidence
        let sources: [String]
    }

    init(book: Rulebook, draft: Draft) {
        self.book = book
        self.draft = draft
        province = book.provinceTable[draft.entity.province]
        isIndividual = draft.entity.type == .individual
        entityName = NormalizedText(draft.entity.name)
        entityMatches = book.matcher.matches(in: entityName)
        sites = draft.websites.map { site in
            let name = NormalizedText(site.name)
            return SiteFacts(
                name: name,
                compactName: name.scalars.filter { !NormalizedText.isSpace($0) },
                matches: book.matcher.matches(in: name),
                domainMatches: site.domains.map { domain in
                    book.matcher.matches(in: NormalizedText(Evaluation.registrablePart(of: domain.name, book: book)))
                })
        }
    }

    /// The domain without its suffix, where words like `bbs` are looked for.
    static func registrablePart(of domain: String, book: Rulebook) -> String {
        let suffix = book.tld(for: domain).suffix
        guard domain.count > suffix.count + 1 else { return domain }
        return String(domain.dropLast(suffix.count + 1))
    }

    /// Words from `owner` found in a site's name.
    func words(in site: Int, _ owner: WordMatcher.Owner) -> [Word] {
        sites[site].matches.compactMap { book.matcher.entries[$0].owner == owner ? book.matcher.entries[$0].word : nil }
    }

    func entityWords(_ owner: WordMatcher.Owner) -> [Word] {
        entityMatches.compactMap { book.matcher.entries[$0].owner == owner ? book.matcher.entries[$0].word : nil }
    }

    /// Records a finding. Severity comes from the catalog and drops to `warning` when the
    /// evidence is weaker than `high`.
    func report(_ rule: String, at path: String, _ message: String, fix: String, evidence: Evidence? = nil) {
        guard let entry = book.entries[rule] else { return }
        var confidence = entry.confidence
        var sources = entry.sources
        if let evidence {
            confidence = min(confidence, evidence.confidence)
            for source in evidence.sources where !sources.contains(source) { sources.append(source) }
        }
        var severity = entry.severity
        if severity == .error, confidence != .high { severity = .warning }
        findings.append(Finding(rule: rule, severity: severity, path: path, message: message, fix: fix,
                                docs: entry.docs, sources: sources, confidence: confidence))
    }

    /// Notes that `rule` could not decide because the draft lacks the field at `path`; one
    /// `info` finding per rule names every such field.
    func missing(_ rule: String, at path: String, need: String) {
        if let i = undecided.firstIndex(where: { $0.rule == rule }) {
            if !undecided[i].paths.contains(path) { undecided[i].paths.append(path) }
        } else {
            undecided.append((rule, [path], need))
        }
    }

    /// Findings plus one `info` per undecided rule.
    func finish() -> [Finding] {
        var all = findings
        for item in undecided {
            guard let entry = book.entries[item.rule] else { continue }
            let fields = item.paths.map { "`\($0)`" }.joined(separator: ", ")
            all.append(Finding(
                rule: item.rule, severity: .info, path: item.paths[0],
                message: "Not checked: \(entry.title.lowercasedFirst) needs \(fields), which the draft leaves out.",
                fix: "Add \(item.need) to let this rule decide.",
                docs: entry.docs, sources: entry.sources, confidence: entry.confidence))
        }
        return all
    }
}

extension Fact {
    var evidence: Evaluation.Evidence { .init(confidence: confidence, sources: sources) }
}

extension Word {
    var evidence: Evaluation.Evidence { .init(confidence: confidence, sources: sources) }
}

extension String {
    var lowercasedFirst: String {
        guard let first = first, first.isUppercase else { return self }
        return first.lowercased() + dropFirst()
    }

    /// «text» quoting for names in messages.
    var quoted: String { "“\(self)”" }
}

/// Pointer helpers; indices and keys never need escaping here.
enum Path {
    static func site(_ i: Int) -> String { "/websites/\(i)" }
    static func site(_ i: Int, _ field: String) -> String { "/websites/\(i)/\(field)" }
    static func domain(_ i: Int, _ j: Int) -> String { "/websites/\(i)/domains/\(j)" }
    static func domain(_ i: Int, _ j: Int, _ field: String) -> String { "/websites/\(i)/domains/\(j)/\(field)" }
    static func entity(_ field: String) -> String { "/entity/\(field)" }
    static func instance(_ field: String) -> String { "/instance/\(field)" }
}
