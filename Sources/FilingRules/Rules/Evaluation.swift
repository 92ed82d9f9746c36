/// The state of one check: the draft, the rulebook, facts derived once for all rules, and the findings.
final class Evaluation {
    let book: Rulebook
    let draft: Draft
    /// The language findings are written in.
    let language: Language
    /// The filing province's limits (nil only if the data lacks the province); rules read `limits?.value.x`.
    let limits: Boxed<ProvinceLimits>?
    /// The filing province's English name.
    let provinceName: String
    /// The filing province as messages name it: Zhejiang, 浙江.
    var province: Phrase { Phrase(en: provinceName, zh: draft.entity.province.nameZh) }

    /// The entity's name, quoted, as messages name it.
    var entityName: Phrase { "\(draft.entity.name.quoted)" }

    /// Website `i`'s name, quoted, as messages name it.
    func website(_ i: Int) -> Phrase { "\(draft.websites[i].name.quoted)" }
    let isIndividual: Bool
    let entityMatches: [Int]
    let sites: [SiteFacts]
    /// Every domain of the draft as (website index, domain index).
    let domainIndex: [DomainRef]
    /// Per domain, in `domainIndex` order: the suffix it ends in and the suffix's data.
    let domainSuffixes: [(suffix: String, entry: TLD?)]
    /// The entity name folded, without spaces.
    let entityCompact: [UInt32]
    /// The instance's product data, if the draft names a product the data knows.
    let product: InstanceProduct?

    struct DomainRef {
        let site: Int
        let index: Int
    }
    private(set) var findings: [Finding] = []
    private var undecided: [(rule: Rule, paths: [String])] = []

    /// Per website: its name prepared for matching and the words found in it.
    struct SiteFacts {
        let name: NormalizedText
        let compactName: [UInt32]
        let matches: [Int]
        let domainMatches: [[Int]]
        /// The name is a host name (name/is-domain), which other name rules then leave alone.
        let isDomainLike: Bool
        /// Some industry keyword was found in the name or a domain.
        let hasIndustryWords: Bool
    }

    /// Evidence behind one finding: how sure, and where from.
    struct Evidence {
        let confidence: Confidence
        let sources: [String]
    }

    init(book: Rulebook, draft: Draft, language: Language = .english) {
        self.book = book
        self.draft = draft
        self.language = language
        limits = book.storage.limitBoxes[draft.entity.province]
        provinceName = book.storage.provinceTable[draft.entity.province]?.name ?? draft.entity.province.name
        isIndividual = draft.entity.type == .individual
        entityCompact = NormalizedText.compact(draft.entity.name)
        entityMatches = book.matcher.matches(in: entityCompact)
        product = draft.instance?.product.flatMap { book.productTable[$0] }
        var refs: [DomainRef] = []
        var suffixes: [(suffix: String, entry: TLD?)] = []
        sites = draft.websites.enumerated().map { i, site in
            let name = NormalizedText(site.name)
            let compact = name.compact
            let matches = book.matcher.matches(in: compact)
            let domainMatches = site.domains.enumerated().map { j, domain in
                let tld = book.tld(for: domain.name)
                refs.append(DomainRef(site: i, index: j))
                suffixes.append(tld)
                let registrable = domain.name.utf8.count > tld.suffix.utf8.count + 1
                    ? String(domain.name.utf8.dropLast(tld.suffix.utf8.count + 1)) ?? domain.name : domain.name
                return book.matcher.matches(in: NormalizedText(registrable).scalars)
            }
            func isIndustry(_ index: Int) -> Bool {
                switch book.matcher.entries[index].owner {
                case .industryName, .industryDomain: true
                case .list: false
                }
            }
            return SiteFacts(
                name: name, compactName: compact, matches: matches, domainMatches: domainMatches,
                isDomainLike: NameRules.computeLooksLikeDomain(compact, site: site, book: book),
                hasIndustryWords: matches.contains(where: isIndustry) || domainMatches.contains { $0.contains(where: isIndustry) })
        }
        domainIndex = refs
        domainSuffixes = suffixes
    }

    /// Words from `owner` found in a site's name.
    func words(in site: Int, _ owner: WordMatcher.Owner) -> [Word] {
        sites[site].matches.compactMap { book.matcher.entries[$0].owner == owner ? book.matcher.entries[$0].word : nil }
    }

    func entityWords(_ owner: WordMatcher.Owner) -> [Word] {
        entityMatches.compactMap { book.matcher.entries[$0].owner == owner ? book.matcher.entries[$0].word : nil }
    }

    /// Records a finding worded by `rule`'s catalog message `key`, with `values` filled into its
    /// placeholders in the report's language. Severity comes from the catalog and drops to `warning`
    /// when the evidence is weaker than `high`.
    func report(_ rule: Rule, _ key: String, at path: @autoclosure () -> String, _ values: [String: Phrase] = [:],
                evidence: Evidence? = nil) {
        let entry = rule.entry
        assert(RuleRegistry.definition(rule.id)?.messages[key].map { Set($0) == Set(values.keys) } == true,
               "\(rule.id) reports message `\(key)` with the values \(values.keys.sorted())")
        let worded = entry.messages[key]
        var confidence = entry.confidence
        var sources = entry.sources
        if let evidence {
            confidence = min(confidence, evidence.confidence)
            for source in evidence.sources where !sources.contains(source) { sources.append(source) }
        }
        var severity = entry.severity
        if severity == .error, confidence != .high { severity = .warning }
        findings.append(Finding(rule: rule.id, severity: severity, path: path(),
                                message: worded?.message.render(values, in: language) ?? entry.title(in: language),
                                fix: worded?.fix.render(values, in: language) ?? "",
                                docs: entry.docs, sources: sources, confidence: confidence))
    }

    /// Notes that `rule` could not decide because the draft lacks the field at `path`; one
    /// `info` finding per rule names every such field.
    func missing(_ rule: Rule, at lazyPath: @autoclosure () -> String) {
        let path = lazyPath()
        if let i = undecided.firstIndex(where: { $0.rule === rule }) {
            if !undecided[i].paths.contains(path) { undecided[i].paths.append(path) }
        } else {
            undecided.append((rule, [path]))
        }
    }

    /// A fact `rule` needs: the value, or nil after noting the field at `path` as missing (`missing`).
    func given<T>(_ value: T?, _ rule: Rule, at path: @autoclosure () -> String) -> T? {
        if value == nil { missing(rule, at: path()) }
        return value
    }

    /// Findings plus one `info` per undecided rule, naming the missing fields as the form labels them.
    func finish() -> [Finding] {
        var all = findings
        for item in undecided {
            let entry = item.rule.entry
            let chinese = language == .chinese
            let labels = item.paths.map { FieldPath.label(pointer: $0, in: language) }
            let fields = chinese ? labels.map(\.quoted).joined(separator: "、") : labels.joined(separator: ", ")
            var finding = Finding(
                rule: entry.id, severity: .info, path: item.paths[0],
                message: chinese ? "未检查（\(entry.title(in: language).quoted)）：草稿未填写\(fields)。"
                    : "Not checked (\(entry.title.quoted)): the draft leaves out \(fields).",
                fix: chinese ? "填写\(fields)后即可检查此项。" : "Add \(fields) to let this rule decide.",
                docs: entry.docs, sources: entry.sources, confidence: entry.confidence)
            finding.missing = item.paths
            all.append(finding)
        }
        return all
    }
}

/// A fact of the data with its confidence and sources, which a finding cites as evidence.
protocol Sourced {
    var confidence: Confidence { get }
    var sources: [String] { get }
}

extension Sourced {
    var evidence: Evaluation.Evidence { .init(confidence: confidence, sources: sources) }
}

extension Fact: Sourced {}
extension Word: Sourced {}
extension TLD: Sourced {}
extension Industry: Sourced {}
extension InstanceProduct: Sourced {}

extension String {
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

/// How messages name fields and values: as the form labels them, with the Chinese term.
enum Words {
    /// “Approvals held” (前置审批) in English, “前置审批” in Chinese.
    static func field(_ object: DraftField.Object, _ key: String) -> Phrase {
        guard let field = DraftContract.field(object, key) else { return Phrase(stringLiteral: key) }
        return Phrase(en: "\(field.label.quoted) (\(field.chinese))", zh: field.chinese.quoted)
    }

    /// Another province than the filing one: Shanghai, 上海.
    static func province(_ id: ProvinceID) -> Phrase { Phrase(en: id.name, zh: id.nameZh) }

    /// A regulated industry: “news” in English, 新闻 in Chinese.
    static func industry(_ industry: Industry) -> Phrase { Phrase(en: industry.name.lowercased(), zh: industry.nameZh) }

    /// “Online shop” (电子商务) in English, “电子商务” in Chinese.
    static func value<E: DraftEnum>(_ value: E) -> Phrase {
        Phrase(en: "\(value.label.quoted) (\(value.chinese))", zh: value.chinese.quoted)
    }
}
