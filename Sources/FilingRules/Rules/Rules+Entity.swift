/// Who may file what (`limitations/entity/`, `limitations/website-content/`).
enum EntityRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("entity/one-per-account", options: ["max_entities": .number], run: onePerAccount),
        RuleDefinition("entity/individual-commercial-content", options: ["commercial_content": .contentList], run: individualCommercialContent),
        RuleDefinition("entity/forum", run: forum),
    ]

    static func onePerAccount(_ e: Evaluation, _ rule: Rule) {
        let limit = rule.int("max_entities") ?? 1
        guard let others = e.draft.account?.filedEntities else {
            e.missing(rule, at: "/account/filed_entities")
            return
        }
        guard others + 1 > limit else { return }
        e.report(rule, at: "/account/filed_entities",
                 "This account already holds filings for \(others) other entit\(others == 1 ? "y" : "ies"); one account may file for \(limit).",
                 fix: "File from a separate account for this entity; the instance can stay in the other account (use its service number or authorization).")
    }

    static func individualCommercialContent(_ e: Evaluation, _ rule: Rule) {
        guard e.isIndividual else { return }
        let commercial = Set(rule.texts("commercial_content"))
        for i in e.sites.indices {
            for (k, c) in (e.draft.websites[i].content ?? []).enumerated() where commercial.contains(c.rawValue) {
                e.report(rule, at: "\(Path.site(i, "content"))/\(k)",
                         "The personal website \(e.draft.websites[i].name.quoted) lists \(Words.value(c)) content; personal sites may not sell or trade.",
                         fix: "Remove the commercial content, or file the site as an organization (a business, or a sole proprietor filing as one).")
            }
        }
    }

    static func forum(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            guard let k = e.draft.websites[i].content?.firstIndex(of: .forum) else { continue }
            let path = "\(Path.site(i, "content"))/\(k)"
            if e.isIndividual {
                e.report(rule, at: path,
                         "The personal website \(e.draft.websites[i].name.quoted) runs a forum; individuals may not run forums, message boards or communities.",
                         fix: "Remove the forum, comments board or chat features, or have an organization file the site.")
            } else if !(e.draft.websites[i].preApprovals ?? []).contains(.forum) {
                e.report(rule, at: path,
                         "The website \(e.draft.websites[i].name.quoted) runs a forum without an electronic bulletin service approval; some provinces no longer accept forum applications at all.",
                         fix: "Ask the provincial communications administration whether it approves forums; obtain the approval and tick \(Words.value(ContentCategory.forum)) under \(Words.field(.website, "pre_approvals")), or remove the forum.",
                         evidence: e.book.industry(.forum).map(\.value.evidence)
                             ?? .init(confidence: .medium, sources: []))
            }
        }
    }
}
