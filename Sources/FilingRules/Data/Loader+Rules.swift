/// `rules.yaml`: the catalog, checked against the rules the code implements.
extension Loader {
    static let ruleKeys = ["id", "title", "severity", "confidence", "docs", "checks", "why", "sources", "options", "messages"]

    mutating func catalog(_ files: [DataFile]) -> [RuleEntry] {
        guard let (reader, root) = reader(for: "rules.yaml", in: files, topKeys: ["rules"]) else { return [] }
        var result: [RuleEntry] = []
        var lines: [String: Int?] = [:]
        for e in entries(root, key: "rules", file: "rules.yaml") {
            e.checkKeys(Self.ruleKeys, what: "a rule")
            guard let id = e.string("id", what: "a rule") else { continue }
            let what = "rule `\(id)`"
            if !Self.isRuleID(id) {
                reader.error(e.node("id")?.mark?.line, "rule id `\(id)` is not `area/kebab-case`")
            }
            if lines[id] != nil { reader.error(e.line, "duplicate \(what)") }
            lines[id] = e.line
            if catalogLines[id] == nil { catalogLines[id] = e.node("id")?.mark?.line ?? e.line ?? 0 }
            let docs = e.string("docs", what: what)
            if let docs, !Self.isDocsLink(docs) {
                reader.error(e.node("docs")?.mark?.line, "`docs` of \(what) is `\(docs)`",
                             help: "write the page URL and anchor, e.g. naming/#all-digits or regions/#min-age")
            }
            let sources = e.sources(what: what)
            let severity: Severity? = e.enumeration("severity", what: what)
            let confidence = e.confidence(what: what)
            let options = self.options(e, id: id, what: what)
            let messages = self.messages(e, id: id, what: what)
            guard let title = e.string("title", what: what), let checks = e.string("checks", what: what),
                let why = e.string("why", what: what), let docs, let severity, let confidence
            else { continue }
            var entry = RuleEntry(id: id, title: title, severity: severity, confidence: confidence, docs: docs,
                                  checks: checks, why: why, sources: sources, options: options,
                                  titleZh: Self.chinese(e, "title"))
            entry.messages = messages
            result.append(entry)
        }
        for definition in RuleRegistry.all where lines[definition.id] == nil {
            reader.error(nil, "rule `\(definition.id)` is implemented but has no catalog entry",
                         help: "add an entry with id `\(definition.id)` to rules.yaml")
        }
        for (id, line) in lines where RuleRegistry.definition(id) == nil {
            var help = "remove the entry or fix its id"
            if let guess = EditDistance.suggestion(for: id, among: RuleRegistry.all.map(\.id)) {
                help = "did you mean `\(guess)`? " + help
            }
            reader.error(line, "rule `\(id)` is in the catalog but no code implements it", help: help)
        }
        return result.sorted { $0.id < $1.id }
    }

    private func options(_ e: DataReader.Entry, id: String, what: String) -> [String: RuleOption] {
        let schema = RuleRegistry.definition(id)?.options ?? [:]
        var result: [String: RuleOption] = [:]
        if let node = e.node("options"), let map = e.reader.entry(node, what: "`options` of \(what)") {
            map.checkKeys(schema.keys.sorted(), what: "the options of \(what)")
            for (key, kind) in schema {
                let w = "the options of \(what)"
                switch kind {
                case .number: if let v = map.int(key, what: w) { result[key] = .number(v) }
                case .text: if let v = map.string(key, what: w) { result[key] = .text(v) }
                case .list: if let v = map.strings(key, what: w) { result[key] = .list(v) }
                case .contentList:
                    guard let v = map.strings(key, what: w) else { continue }
                    for value in v where ContentCategory(rawValue: value) == nil {
                        e.reader.error(map.node(key)?.mark?.line, "unknown content `\(value)` in `\(key)` of \(what)",
                                       help: "accepted: \(ContentCategory.acceptedValues.joined(separator: ", "))")
                    }
                    result[key] = .list(v)
                }
            }
        } else if !schema.isEmpty {
            e.reader.error(e.line, "\(what) needs `options`: \(schema.keys.sorted().joined(separator: ", "))")
        }
        return result
    }

    /// `area/kebab-case`: lower-case ASCII letters and digits, words joined by `-`.
    static func isRuleID(_ id: String) -> Bool {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy(isKebab)
    }

    static func isKebab(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// `page/#anchor`: a page URL ending in `/` (empty for the home page) and a kebab-case anchor.
    static func isDocsLink(_ docs: String) -> Bool {
        guard let hash = docs.firstIndex(of: "#") else { return false }
        let page = docs[..<hash]
        let anchor = docs[docs.index(after: hash)...]
        guard page.hasSuffix("/"), !page.hasPrefix("/"), isKebab(anchor) else { return false }
        return page.dropLast().split(separator: "/", omittingEmptySubsequences: false).allSatisfy { isKebab($0) }
    }
}
