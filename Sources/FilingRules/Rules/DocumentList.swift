/// The documents a draft's filing will need: what the filing province's sources name for the entity type,
/// and what the draft's own facts call for (authorization letters, approvals, a construction plan).
enum DocumentList {
    static func documents(for draft: Draft, in book: Rulebook) -> [DocumentToPrepare] {
        let type = draft.entity.type
        let province = book.province(draft.entity.province)
        var result: [DocumentToPrepare] = []
        func add(_ id: String, note: String?, sources: [String], confidence: Confidence) {
            guard let material = book.materialTable[id] else { return }
            if id != "other", let i = result.firstIndex(where: { $0.id == id }) {
                let merged = result[i]
                let notes = [merged.note, note].compactMap { $0 }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                result[i] = DocumentToPrepare(
                    id: id, title: merged.title, titleZh: merged.titleZh,
                    note: notes.isEmpty ? nil : notes.joined(separator: " "),
                    sources: merged.sources + sources.filter { !merged.sources.contains($0) },
                    confidence: max(merged.confidence, confidence))
                return
            }
            result.append(DocumentToPrepare(id: id, title: material.title, titleZh: material.titleZh, note: note,
                                            sources: sources, confidence: confidence))
        }
        for item in province?.materials ?? [] where item.entityType == type {
            add(item.id, note: item.note, sources: item.sources, confidence: item.confidence)
        }
        if type == .organization, draft.entity.leaderIsLegalRepresentative == false,
           let rule = province?.limits.leaderRule?.fact(for: type), rule.value == .authorizationLetter {
            add("leader_authorization", note: "The entity leader is not the legal representative.", sources: rule.sources, confidence: rule.confidence)
        }
        if draft.entity.constructionPlan == true || needsPlan(draft, province) {
            let fact = province?.limits.constructionPlanFromWebsites?.fact(for: type)
            add("construction_plan", note: fact.map { "Asked for from \($0.value) websites." }, sources: fact?.sources ?? [], confidence: fact?.confidence ?? .medium)
        }
        var approvals: [String] = []
        for site in draft.websites {
            for category in site.content ?? [] {
                guard let industry = book.industry(category)?.value, industry.status == .required,
                      !approvals.contains(industry.document) else { continue }
                approvals.append(industry.document)
                add("pre_approval", note: "\(industry.name): \(industry.document)", sources: industry.sources, confidence: industry.confidence)
            }
        }
        return result
    }

    private static func needsPlan(_ draft: Draft, _ province: Province?) -> Bool {
        guard let threshold = province?.limits.constructionPlanFromWebsites?.fact(for: draft.entity.type)?.value else { return false }
        return (draft.entity.filedWebsites ?? 0) + draft.websites.count >= threshold
    }
}
