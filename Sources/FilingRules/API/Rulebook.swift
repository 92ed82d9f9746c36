/// Everything the checker knows, loaded once from `content/data/*.yaml` and precomputed for fast checks.
public struct Rulebook: Sendable {
    /// The data files it reads, from `content/data/`.
    public static let fileNames = [
        "sources.yaml", "materials.yaml", "provinces.yaml", "industries.yaml", "words.yaml", "tlds.yaml", "instances.yaml", "rules.yaml",
    ]

    /// The rule catalog, sorted by id.
    public var catalog: [RuleEntry] { storage.catalog }
    /// Every source the data cites.
    public var sources: [Source] { storage.sources }
    /// The 31 provinces, sorted by slug.
    public var provinces: [Province] { storage.provinces }
    /// The kinds of document a filing may need.
    public var materials: [Material] { storage.materials }
    /// Industries that need approval before filing.
    public var industries: [Industry] { storage.industries }
    /// Word lists for names.
    public var wordLists: [WordList] { storage.wordLists }
    /// Domain suffixes with their status.
    public var tlds: [TLD] { storage.tlds }
    /// Cloud products that carry a filing.
    public var products: [InstanceProduct] { storage.products }
    /// Cloud regions and whether each is in the mainland.
    public var regions: [CloudRegion] { storage.regions }
    /// Deterministic version of the data: a hash of the files' contents.
    public var version: String { storage.version }
    /// The newest `reviewed` date in the data.
    public var reviewed: String { storage.reviewed }

    var entries: [String: RuleEntry] { storage.entries }
    /// `organization-generic` words, folded, for relating site names to entity names: end to end in one
    /// buffer, each word a range of it, so that checks on several threads share one reference, not one each.
    var genericPatterns: (text: [UInt32], words: [Range<Int>]) { (storage.genericPatternText, storage.genericPatternRanges) }
    var provinceTable: [ProvinceID: Province] { storage.provinceTable }
    var aliasTable: [String: ProvinceID] { storage.aliasTable }
    var tldTable: [String: TLD] { storage.tldTable }
    var productTable: [Product: InstanceProduct] { storage.productTable }
    var regionTable: [String: CloudRegion] { storage.regionTable }
    var matcher: WordMatcher { storage.matcher }
    var exactPatterns: [ExactPattern] { storage.exactPatterns }
    var sourceTable: [String: Source] { storage.sourceTable }
    var materialTable: [String: Material] { storage.materialTable }

    /// The loaded data and its lookup tables, shared by every copy of the rulebook.
    final class Storage: Sendable {
        let catalog: [RuleEntry]
        /// The line of each rule's `id` in `rules.yaml`.
        let catalogLines: [String: Int]
        let sources: [Source]
        let provinces: [Province]
        let materials: [Material]
        let industries: [Industry]
        let wordLists: [WordList]
        let tlds: [TLD]
        let products: [InstanceProduct]
        let regions: [CloudRegion]
        let version: String
        let reviewed: String
        let entries: [String: RuleEntry]
        /// Every implemented rule with its prepared catalog entry, in id order; held here so that
        /// `unmanagedRules` may point at them without retaining them.
        let rules: [Rule]
        /// `rules` unretained, for running them (`Checker.check`).
        let unmanagedRules: [Unmanaged<Rule>]
        let genericPatternText: [UInt32]
        let genericPatternRanges: [Range<Int>]
        let provinceTable: [ProvinceID: Province]
        /// Each province's limits, boxed so an evaluation holds one reference instead of copying every limit.
        let limitBoxes: [ProvinceID: Boxed<ProvinceLimits>]
        let aliasTable: [String: ProvinceID]
        let tldTable: [String: TLD]
        let productTable: [Product: InstanceProduct]
        let regionTable: [String: CloudRegion]
        let matcher: WordMatcher
        let exactPatterns: [ExactPattern]
        let sourceTable: [String: Source]
        let materialTable: [String: Material]
        /// Each province's documents to prepare per entity type, merged once.
        let provinceDocuments: [ProvinceID: [EntityType: [DocumentToPrepare]]]
        /// Industries by content value, boxed so a lookup copies one reference.
        let industryBoxes: [ContentCategory: Boxed<Industry>]
        /// Provinces where a commitment letter stands in for the finance approval.
        let financeCommitmentProvinces: Set<ProvinceID>
        /// The most labels any known suffix has (`com.cn` has two).
        let maxSuffixLabels: Int

        init(
            catalog: [RuleEntry], catalogLines: [String: Int], sources: [Source], provinces: [Province], materials: [Material], industries: [Industry],
            wordLists: [WordList], tlds: [TLD], products: [InstanceProduct], regions: [CloudRegion], version: String, reviewed: String
        ) {
            self.catalog = catalog
            self.catalogLines = catalogLines
            self.sources = sources
            self.provinces = provinces
            self.materials = materials
            materialTable = Dictionary(materials.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            provinceDocuments = DocumentList.provinceTable(provinces, materials: materialTable)
            self.industries = industries
            self.wordLists = wordLists
            self.tlds = tlds
            self.products = products
            self.regions = regions
            self.version = version
            self.reviewed = reviewed
            let entries = Dictionary(catalog.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            self.entries = entries
            rules = RuleRegistry.all.compactMap { definition in entries[definition.id].map { Rule($0, run: definition.run) } }
            unmanagedRules = rules.map(Unmanaged.passUnretained)
            let generic = (wordLists.first { $0.id == "organization-generic" }?.words ?? []).map { NormalizedText.compact($0.text) }
            genericPatternText = generic.flatMap { $0 }
            genericPatternRanges = generic.reduce(into: []) { ranges, word in
                let start = ranges.last?.upperBound ?? 0
                ranges.append(start..<start + word.count)
            }
            provinceTable = Dictionary(provinces.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            limitBoxes = Dictionary(provinces.map { ($0.id, Boxed($0.limits)) }, uniquingKeysWith: { a, _ in a })
            var aliases: [String: ProvinceID] = [:]
            for province in provinces {
                for name in province.aliases + [province.name, province.nameZh, province.fullNameZh, province.abbreviation] {
                    aliases[ProvinceID.key(name)] = province.id
                }
            }
            aliasTable = aliases
            tldTable = Dictionary(tlds.map { ($0.suffix, $0) }, uniquingKeysWith: { a, _ in a })
            productTable = Dictionary(products.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            regionTable = Dictionary(regions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            sourceTable = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var matcher = WordMatcher()
            var exact: [ExactPattern] = []
            for list in wordLists {
                for word in list.words {
                    if list.match == "exact" {
                        exact.append(ExactPattern(word: word, listID: list.id))
                    } else {
                        matcher.add(word, owner: .list(list.id))
                    }
                }
            }
            for industry in industries {
                for word in industry.keywords { matcher.add(word, owner: .industryName(industry.id)) }
                for word in industry.domainKeywords { matcher.add(word, owner: .industryDomain(industry.id)) }
            }
            self.matcher = matcher
            exactPatterns = exact
            industryBoxes = Dictionary(industries.map { ($0.id, Boxed($0)) }, uniquingKeysWith: { a, _ in a })
            financeCommitmentProvinces = Set(industries.first { $0.id == .finance }?.commitmentLetterProvinces ?? [])
            maxSuffixLabels = (tlds.map { $0.suffix.split(separator: ".").count }.max() ?? 1)
        }
    }

    let storage: Storage

    /// Parses and validates the data files (paths like "content/data/provinces.yaml").
    public static func load(_ files: [DataFile]) throws(RulebookError) -> Rulebook {
        var loader = Loader()
        let sources = loader.sources(files)
        let materials = loader.materials(files)
        let provinces = loader.provinces(files)
        let industries = loader.industries(files)
        let lists = loader.wordLists(files)
        let tlds = loader.tlds(files)
        let (products, regions) = loader.instances(files)
        let catalog = loader.catalog(files)

        var diagnostics = loader.diagnostics
        let known = Set(sources.map(\.id))
        for reader in loader.readers {
            diagnostics += reader.diagnostics
            guard !sources.isEmpty else { continue }
            for reference in reader.sourceReferences where !known.contains(reference.id) {
                var help = "add it to sources.yaml or use an existing id"
                if let guess = EditDistance.suggestion(for: reference.id, among: Array(known)) {
                    help = "did you mean `\(guess)`? " + help
                }
                diagnostics.append(Diagnostic(file: reader.file, line: reference.line ?? 0,
                                              message: "unknown source id `\(reference.id)`", help: help))
            }
        }
        for id in RuleRegistry.requiredLists where !lists.contains(where: { $0.id == id }) {
            let file = files.first { $0.fileName == "words.yaml" }?.path ?? "content/data/words.yaml"
            diagnostics.append(Diagnostic(file: file, message: "missing word list `\(id)`",
                                          help: "the rules read it; add a list with `id: \(id)`"))
        }
        guard diagnostics.isEmpty else {
            throw RulebookError(diagnostics: diagnostics.sorted(by: Diagnostic.inReadingOrder))
        }
        return Rulebook(storage: Storage(
            catalog: catalog, catalogLines: loader.catalogLines, sources: sources, provinces: provinces, materials: materials, industries: industries, wordLists: lists,
            tlds: tlds, products: products, regions: regions,
            version: version(of: files), reviewed: loader.reviewedDates.max() ?? ""))
    }

    /// Finds a province by slug, English or Chinese name, abbreviation (浙) or an alias from the data.
    public func province(named name: String) -> Province? {
        if let id = ProvinceID(named: name) { return provinceTable[id] }
        if let id = aliasTable[ProvinceID.key(name)] { return provinceTable[id] }
        return nil
    }

    /// The data for one province, if the data has it.
    public func province(_ id: ProvinceID) -> Province? { provinceTable[id] }

    /// The industry for a content value (nil for `general` and `e_commerce`).
    func industry(_ category: ContentCategory) -> Boxed<Industry>? {
        if category == .general || category == .eCommerce { return nil }
        return storage.industryBoxes[category]
    }

    /// The catalog entry of a rule.
    public func rule(_ id: String) -> RuleEntry? { entries[id] }

    /// The line of a rule's `id` in `rules.yaml`, kept from loading it; 0 for an unknown id.
    public func catalogLine(of id: String) -> Int { storage.catalogLines[id] ?? 0 }

    /// A source by id.
    public func source(_ id: String) -> Source? { sourceTable[id] }

    /// The longest known suffix of a domain and its data; for an unknown suffix, the last label and nil.
    func tld(for domain: String) -> (suffix: String, entry: TLD?) {
        // Offsets (in UTF-8) just after the last and the second-last dot.
        let utf8 = domain.utf8
        var last = -1, secondLast = -1
        var offset = 0
        for byte in utf8 {
            offset += 1
            if byte == UInt8(ascii: ".") { secondLast = last; last = offset }
        }
        if storage.maxSuffixLabels >= 2, secondLast >= 0 {
            let candidate = String(Substring(utf8.dropFirst(secondLast)))
            if let entry = storage.tldTable[candidate] { return (candidate, entry) }
        }
        let lastLabel = last >= 0 ? String(Substring(utf8.dropFirst(last))) : domain
        return (lastLabel, storage.tldTable[lastLabel])
    }

    /// FNV-1a over the files in name order: the same data gives the same version everywhere.
    static func version(of files: [DataFile]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files.sorted(by: { $0.fileName < $1.fileName }) where fileNames.contains(file.fileName) {
            for byte in file.fileName.utf8 + [0] + file.contents.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
