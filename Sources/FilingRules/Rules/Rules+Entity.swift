/// Who may file what (`limitations/entity/`, `limitations/website-content/`).
enum EntityRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("entity/one-per-account", options: ["max_entities": .number],
                       messages: ["too-many": ["others", "limit"]], run: onePerAccount),
        RuleDefinition("entity/individual-commercial-content", options: ["commercial_content": .contentList],
                       messages: ["commercial": ["website", "content"]], run: individualCommercialContent),
        RuleDefinition("entity/forum", messages: ["individual": ["website"], "no-approval": ["website", "forum", "approvals"]], run: forum),
    ]

    static func onePerAccount(_ e: Evaluation, _ rule: Rule) {
        let limit = rule.int("max_entities") ?? 1
        guard let others = e.given(e.draft.account?.filedEntities, rule, at: "/account/filed_entities") else { return }
        guard others + 1 > limit else { return }
        e.report(rule, "too-many", at: "/account/filed_entities",
                 ["others": Phrase(en: "\(others) other entit\(others == 1 ? "y" : "ies")", zh: "\(others)"), "limit": "\(limit)"])
    }

    static func individualCommercialContent(_ e: Evaluation, _ rule: Rule) {
        guard e.isIndividual else { return }
        let commercial = Set(rule.texts("commercial_content"))
        for i in e.sites.indices {
            for (k, c) in (e.draft.websites[i].content ?? []).enumerated() where commercial.contains(c.rawValue) {
                e.report(rule, "commercial", at: "\(Path.site(i, "content"))/\(k)",
                         ["website": e.website(i), "content": Words.value(c)])
            }
        }
    }

    static func forum(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            guard let k = e.draft.websites[i].content?.firstIndex(of: .forum) else { continue }
            let path = "\(Path.site(i, "content"))/\(k)"
            let website: Phrase = e.website(i)
            if e.isIndividual {
                e.report(rule, "individual", at: path, ["website": website])
            } else if !(e.draft.websites[i].preApprovals ?? []).contains(.forum) {
                e.report(rule, "no-approval", at: path,
                         ["website": website, "forum": Words.value(ContentCategory.forum), "approvals": Words.field(.website, "pre_approvals")],
                         evidence: e.book.industry(.forum).map(\.value.evidence) ?? .init(confidence: .medium, sources: []))
            }
        }
    }
}
