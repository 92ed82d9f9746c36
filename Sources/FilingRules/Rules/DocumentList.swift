/// The documents a draft's filing will need: what the filing province's sources name for the entity type,
/// and what the draft's own facts call for (authorization letters, approvals, a construction plan).
struct DocumentList {
    private(set) var items: [DocumentToPrepare] = []
    private let materials: [String: Material]

    init(materials: [String: Material]) { self.materials = materials }

    /// Each province's own list per entity type, merged once when the rulebook loads.
    static func provinceTable(_ provinces: [Province], materials: [String: Material]) -> [ProvinceID: [EntityType: [DocumentToPrepare]]] {
        var table: [ProvinceID: [EntityType: [DocumentToPrepare]]] = [:]
        for province in provinces {
            for type in EntityType.allCases {
                var list = DocumentList(materials: materials)
                for item in province.materials where item.entityType == type {
                    list.add(item.id, note: item.note, sources: item.sources, confidence: item.confidence)
                }
                table[province.id, default: [:]][type] = list.items
            }
        }
        return table
    }

    static func documents(for draft: Draft, in book: Rulebook) -> [DocumentToPrepare] {
        let type = draft.entity.type
        let limits = book.storage.limitBoxes[draft.entity.province]
        var list = DocumentList(materials: book.materialTable)
        list.items = book.storage.provinceDocuments[draft.entity.province]?[type] ?? []
        if type == .organization, draft.entity.leaderIsLegalRepresentative == false,
           let rule = limits?.value.leaderRule?.fact(for: type), rule.value == .authorizationLetter {
            list.add("leader_authorization", note: "The entity leader is not the legal representative.", sources: rule.sources, confidence: rule.confidence)
        }
        if draft.entity.constructionPlan == true || needsPlan(draft, limits) {
            let fact = limits?.value.constructionPlanFromWebsites?.fact(for: type)
            list.add("construction_plan", note: fact.map { "Asked for from \($0.value) websites." }, sources: fact?.sources ?? [], confidence: fact?.confidence ?? .medium)
        }
        var approvals: [String] = []
        for site in draft.websites {
            for category in site.content ?? [] {
                guard let industry = book.industry(category)?.value, industry.status == .required,
                      !approvals.contains(industry.document) else { continue }
                approvals.append(industry.document)
                list.add("pre_approval", note: "\(industry.name): \(industry.document)", sources: industry.sources, confidence: industry.confidence)
            }
        }
        return list.items
    }

    /// Adds a document, or merges its note and sources into the entry of the same id (`other` entries stay apart).
    mutating func add(_ id: String, note: String?, sources: [String], confidence: Confidence) {
        guard let material = materials[id] else { return }
        if id != "other", let i = items.firstIndex(where: { $0.id == id }) {
            let merged = items[i]
            let notes = [merged.note, note].compactMap { $0 }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            items[i] = DocumentToPrepare(
                id: id, title: merged.title, titleZh: merged.titleZh,
                note: notes.isEmpty ? nil : notes.joined(separator: " "),
                sources: merged.sources + sources.filter { !merged.sources.contains($0) },
                confidence: max(merged.confidence, confidence))
            return
        }
        items.append(DocumentToPrepare(id: id, title: material.title, titleZh: material.titleZh, note: note,
                                       sources: sources, confidence: confidence))
    }

    private static func needsPlan(_ draft: Draft, _ limits: Boxed<ProvinceLimits>?) -> Bool {
        guard let threshold = limits?.value.constructionPlanFromWebsites?.fact(for: draft.entity.type)?.value else { return false }
        return (draft.entity.filedWebsites ?? 0) + draft.websites.count >= threshold
    }
}
