/// Reads and cross-checks the data files into a `Rulebook`.
struct Loader {
    static let sourceKinds = ["provider", "provider-historical", "regulator", "third-party"]
    static let provinceRegions = ["east", "south", "north", "central", "southwest", "northwest", "northeast"]

    var diagnostics: [Diagnostic] = []
    var readers: [DataReader] = []
    var reviewedDates: [String] = []
    /// The sources read so far, by id, for the evidence policy.
    var sourceTable: [String: Source] = [:]
    /// The kinds of document by id, for the provinces' `materials`.
    var materialTable: [String: Material] = [:]
    /// The line of each rule's `id` in `rules.yaml`, for diagnostics about the catalog.
    var catalogLines: [String: Int] = [:]

    /// The file named `name`, or a diagnostic naming the missing file.
    mutating func reader(for name: String, in files: [DataFile], topKeys: [String]) -> (DataReader, DataReader.Entry)? {
        guard let file = files.first(where: { $0.fileName == name }) else {
            diagnostics.append(Diagnostic(
                file: "content/data/\(name)", message: "missing data file",
                help: "the checker reads \(Rulebook.fileNames.joined(separator: ", ")) from content/data"))
            return nil
        }
        let reader = DataReader(file: file.path)
        readers.append(reader)
        guard let root = reader.root(file.contents) else { return nil }
        root.checkKeys(topKeys + ["reviewed"], what: name)
        if let reviewed = root.date("reviewed", what: name, required: false) { reviewedDates.append(reviewed) }
        return (reader, root)
    }

    /// The list under `key`, each item as an entry.
    /// The Chinese text of a bilingual data text (`{en:, zh-CN:}`), or nil.
    static func chinese(_ entry: DataReader.Entry, _ key: String) -> String? {
        entry.node(key).flatMap(DataReader.languageTexts)?["zh-CN"]
    }

    func entries(_ root: DataReader.Entry, key: String, file: String) -> [DataReader.Entry] {
        guard let node = root.node(key) else {
            root.reader.error(1, "missing top-level list `\(key)`", help: "start the file with `\(key):`")
            return []
        }
        return root.reader.items(node, what: "`\(key)`").compactMap { root.reader.entry($0, what: "an item of `\(key)`") }
    }

    // MARK: sources.yaml

    mutating func sources(_ files: [DataFile]) -> [Source] {
        guard let (reader, root) = reader(for: "sources.yaml", in: files, topKeys: ["sources"]) else { return [] }
        var result: [Source] = []
        var seen: Set<String> = []
        for e in entries(root, key: "sources", file: "sources.yaml") {
            let what = "a source"
            e.checkKeys(["id", "title", "url", "publisher", "kind", "read", "supports", "dated"], what: what)
            guard let id = e.string("id", what: what) else { continue }
            let w = "source `\(id)`"
            if !seen.insert(id).inserted { reader.error(e.line, "duplicate source id `\(id)`") }
            let kind = e.string("kind", what: w)
            if let kind, !Self.sourceKinds.contains(kind) {
                reader.error(e.node("kind")?.mark?.line, "`kind` of \(w) is `\(kind)`", help: "accepted: \(Self.sourceKinds.joined(separator: ", "))")
            }
            let url = e.string("url", what: w)
            if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                reader.error(e.node("url")?.mark?.line, "`url` of \(w) must start with https:// or http://")
            }
            guard let title = e.string("title", what: w), let publisher = e.string("publisher", what: w),
                let read = e.date("read", what: w), let supports = e.string("supports", what: w), let kind, let url
            else { continue }
            let dated = e.date("dated", what: w, required: false)
            guard let titleZh = Self.chinese(e, "title") else {
                reader.error(e.node("title")?.mark?.line, "`title` of \(w) has no Chinese title", help: "write it as `title: {en: ..., zh-CN: ...}`")
                continue
            }
            result.append(Source(
                id: id, title: title, titleZh: titleZh, url: url, publisher: publisher, kind: kind, read: read, supports: supports, dated: dated))
        }
        sourceTable = Dictionary(result.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return result
    }

    // MARK: materials.yaml

    mutating func materials(_ files: [DataFile]) -> [Material] {
        guard let (reader, root) = reader(for: "materials.yaml", in: files, topKeys: ["materials"]) else { return [] }
        var result: [Material] = []
        for e in entries(root, key: "materials", file: "materials.yaml") {
            e.checkKeys(["id", "title", "title_zh", "description"], what: "a material")
            guard let id = e.string("id", what: "a material") else { continue }
            let what = "material `\(id)`"
            if result.contains(where: { $0.id == id }) { reader.error(e.line, "duplicate \(what)") }
            guard let title = e.string("title", what: what), let titleZh = e.string("title_zh", what: what),
                  let description = e.string("description", what: what) else { continue }
            result.append(Material(id: id, title: title, titleZh: titleZh, description: description))
        }
        materialTable = Dictionary(result.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return result
    }

    // MARK: words

    /// A word written as plain text (inheriting the list's evidence) or as `{word, sources, confidence, note}`.
    func word(_ node: Node, reader: DataReader, sources: [String], confidence: Confidence, what: String) -> Word? {
        if case .scalar(let scalar) = node {
            guard !scalar.string.isEmpty else { reader.error(node.mark?.line, "empty word in \(what)"); return nil }
            return Word(text: scalar.string, sources: sources, confidence: confidence, note: nil)
        }
        guard let e = reader.entry(node, what: "a word of \(what)") else { return nil }
        e.checkKeys(["word", "sources", "confidence", "note"], what: "a word of \(what)")
        guard let text = e.string("word", what: "a word of \(what)") else { return nil }
        let w = "word `\(text)` of \(what)"
        let ownSources = e.node("sources") == nil ? sources : e.sources(what: w)
        let ownConfidence = e.node("confidence") == nil ? confidence : (e.confidence(what: w) ?? confidence)
        return Word(text: text, sources: ownSources, confidence: ownConfidence, note: e.string("note", what: w, required: false))
    }

    func words(_ e: DataReader.Entry, key: String, sources: [String], confidence: Confidence, what: String, required: Bool = true) -> [Word] {
        guard let node = e.node(key) else {
            if required { e.missing(key, what: what) }
            return []
        }
        return e.reader.items(node, what: "`\(key)` of \(what)").compactMap {
            word($0, reader: e.reader, sources: sources, confidence: confidence, what: what)
        }
    }

    mutating func wordLists(_ files: [DataFile]) -> [WordList] {
        guard let (reader, root) = reader(for: "words.yaml", in: files, topKeys: ["lists"]) else { return [] }
        var result: [WordList] = []
        for e in entries(root, key: "lists", file: "words.yaml") {
            e.checkKeys(["id", "title", "applies_to", "match", "words", "sources", "confidence", "note"], what: "a word list")
            guard let id = e.string("id", what: "a word list") else { continue }
            let what = "list `\(id)`"
            if result.contains(where: { $0.id == id }) { reader.error(e.line, "duplicate list id `\(id)`") }
            let appliesTo = e.string("applies_to", what: what) ?? "all"
            if !["all", "individual", "organization"].contains(appliesTo) {
                reader.error(e.node("applies_to")?.mark?.line, "`applies_to` of \(what) is `\(appliesTo)`", help: "accepted: all, individual, organization")
            }
            let match = e.string("match", what: what, required: false) ?? "contains"
            if !["contains", "exact"].contains(match) {
                reader.error(e.node("match")?.mark?.line, "`match` of \(what) is `\(match)`", help: "accepted: contains, exact")
            }
            let sources = e.sources(what: what)
            let confidence = e.confidence(what: what) ?? .low
            let words = self.words(e, key: "words", sources: sources, confidence: confidence, what: what)
            if words.isEmpty { reader.error(e.line, "\(what) has no words") }
            guard let title = e.string("title", what: what) else { continue }
            result.append(WordList(
                id: id, title: title, appliesTo: appliesTo, match: match, words: words, sources: sources,
                confidence: confidence, note: e.string("note", what: what, required: false)))
        }
        return result
    }

    // MARK: industries.yaml

    mutating func industries(_ files: [DataFile]) -> [Industry] {
        guard let (reader, root) = reader(for: "industries.yaml", in: files, topKeys: ["industries"]) else { return [] }
        var result: [Industry] = []
        let keys = ["id", "name", "name_zh", "authority", "document", "status", "individuals_may_file", "keywords",
                    "domain_keywords", "commitment_letter_provinces", "sources", "confidence", "note"]
        for e in entries(root, key: "industries", file: "industries.yaml") {
            e.checkKeys(keys, what: "an industry")
            guard let id: ContentCategory = e.enumeration("id", what: "an industry") else { continue }
            let what = "industry `\(id.rawValue)`"
            if id == .general || id == .eCommerce {
                reader.error(e.line, "`\(id.rawValue)` needs no pre-approval and cannot be an industry")
            }
            if result.contains(where: { $0.id == id }) { reader.error(e.line, "duplicate industry `\(id.rawValue)`") }
            let sources = e.sources(what: what)
            let confidence = e.confidence(what: what) ?? .low
            var provinces: [ProvinceID] = []
            for name in e.strings("commitment_letter_provinces", what: what, required: false) ?? [] {
                if let p = ProvinceID(named: name) { provinces.append(p) } else {
                    reader.error(e.node("commitment_letter_provinces")?.mark?.line, "unknown province `\(name)` in \(what)", help: "use a slug such as guangdong")
                }
            }
            let status: IndustryStatus? = e.enumeration("status", what: what)
            let mayFile = e.bool("individuals_may_file", what: what)
            let keywords = words(e, key: "keywords", sources: sources, confidence: confidence, what: what, required: false)
            let domainKeywords = words(e, key: "domain_keywords", sources: sources, confidence: confidence, what: what, required: false)
            guard let name = e.string("name", what: what), let nameZh = e.string("name_zh", what: what),
                let authority = e.string("authority", what: what), let document = e.string("document", what: what),
                let status, let mayFile
            else { continue }
            result.append(Industry(
                id: id, name: name, nameZh: nameZh, authority: authority, document: document, status: status,
                individualsMayFile: mayFile, keywords: keywords, domainKeywords: domainKeywords,
                commitmentLetterProvinces: provinces, sources: sources, confidence: confidence,
                note: e.string("note", what: what, required: false)))
        }
        return result
    }

    // MARK: tlds.yaml

    mutating func tlds(_ files: [DataFile]) -> [TLD] {
        guard let (reader, root) = reader(for: "tlds.yaml", in: files, topKeys: ["tlds"]) else { return [] }
        var result: [TLD] = []
        for e in entries(root, key: "tlds", file: "tlds.yaml") {
            e.checkKeys(["suffix", "status", "sources", "confidence", "note"], what: "a suffix")
            guard let raw = e.string("suffix", what: "a suffix") else { continue }
            let suffix = Self.suffix(raw)
            let what = "suffix `\(raw)`"
            if result.contains(where: { $0.suffix == suffix }) { reader.error(e.line, "duplicate \(what)") }
            let status: TLDStatus? = e.enumeration("status", what: what)
            let sources = e.sources(what: what)
            guard let status, let confidence = e.confidence(what: what) else { continue }
            result.append(TLD(suffix: suffix, status: status, sources: sources, confidence: confidence,
                              note: e.string("note", what: what, required: false)))
        }
        return result
    }

    /// `.com.cn` and `COM.CN` both become `com.cn`.
    static func suffix(_ raw: String) -> String {
        var text = raw.trimmed.lowercased()
        while text.hasPrefix(".") { text.removeFirst() }
        return text
    }

    // MARK: instances.yaml

    mutating func instances(_ files: [DataFile]) -> ([InstanceProduct], [CloudRegion]) {
        guard let (reader, root) = reader(for: "instances.yaml", in: files, topKeys: ["products", "regions"]) else { return ([], []) }
        var products: [InstanceProduct] = []
        let keys = ["id", "name", "billing", "min_term_months", "public_ip_required", "service_numbers", "sources", "confidence", "note"]
        for e in entries(root, key: "products", file: "instances.yaml") {
            e.checkKeys(keys, what: "a product")
            guard let id: Product = e.enumeration("id", what: "a product") else { continue }
            let what = "product `\(id.rawValue)`"
            if products.contains(where: { $0.id == id }) { reader.error(e.line, "duplicate \(what)") }
            let sources = e.sources(what: what)
            let billing: Billing? = e.enumeration("billing", what: what, required: false)
            guard let name = e.string("name", what: what), let confidence = e.confidence(what: what) else { continue }
            products.append(InstanceProduct(
                id: id, name: name, nameZh: Self.chinese(e, "name") ?? name, billing: billing,
                minTermMonths: e.int("min_term_months", what: what, required: false),
                publicIPRequired: e.bool("public_ip_required", what: what, required: false),
                serviceNumbers: e.int("service_numbers", what: what, required: false),
                sources: sources, confidence: confidence, note: e.string("note", what: what, required: false)))
        }
        var regions: [CloudRegion] = []
        for e in entries(root, key: "regions", file: "instances.yaml") {
            e.checkKeys(["id", "name", "mainland"], what: "a region")
            guard let id = e.string("id", what: "a region") else { continue }
            let what = "region `\(id)`"
            if regions.contains(where: { $0.id == id }) { reader.error(e.line, "duplicate \(what)") }
            guard let name = e.string("name", what: what), let mainland = e.bool("mainland", what: what) else { continue }
            regions.append(CloudRegion(id: id, name: name, nameZh: Self.chinese(e, "name") ?? name, mainland: mainland))
        }
        return (products, regions)
    }
}

import Yams
