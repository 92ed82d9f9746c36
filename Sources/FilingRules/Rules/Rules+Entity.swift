/// Who may file what (`limitations/entity/`, `limitations/website-content/`).
enum EntityRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("entity/one-per-account", options: ["max_entities": .number], run: onePerAccount),
        RuleDefinition("entity/individual-commercial-content", options: ["commercial_content": .contentList], run: individualCommercialContent),
        RuleDefinition("entity/forum", run: forum),
    ]

    static func onePerAccount(_ e: Evaluation, _ rule: Rule) {
        let limit = rule.int("max_entities") ?? 1
        guard let others = e.given(e.draft.account?.filedEntities, rule, at: "/account/filed_entities") else { return }
        guard others + 1 > limit else { return }
        e.report(rule, at: "/account/filed_entities",
                 en: "This account already holds filings for \(others) other entit\(others == 1 ? "y" : "ies"); one account may file for \(limit).",
                 fix: "File from a separate account for this entity; the instance can stay in the other account (use its service number or authorization).",
                 zh: "这个云账号已为另外\(others)个主体备案；一个账号最多只能为\(limit)个主体备案。",
                 fix: "用另一个云账号为这个主体备案；服务器可以留在原账号中（使用其备案服务号或授权）。")
    }

    static func individualCommercialContent(_ e: Evaluation, _ rule: Rule) {
        guard e.isIndividual else { return }
        let commercial = Set(rule.texts("commercial_content"))
        for i in e.sites.indices {
            for (k, c) in (e.draft.websites[i].content ?? []).enumerated() where commercial.contains(c.rawValue) {
                e.report(rule, at: "\(Path.site(i, "content"))/\(k)",
                         en: "The personal website \(e.draft.websites[i].name.quoted) lists \(Words.value(c)) content; personal sites may not sell or trade.",
                         fix: "Remove the commercial content, or file the site as an organization (a business, or a sole proprietor filing as one).",
                         zh: "个人网站\(e.draft.websites[i].name.quoted)的内容包含\(Words.valueZh(c))；个人网站不得从事经营或交易。",
                         fix: "删去经营性内容，或改以单位（企业，或以单位身份备案的个体工商户）为主体备案。")
            }
        }
    }

    static func forum(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            guard let k = e.draft.websites[i].content?.firstIndex(of: .forum) else { continue }
            let path = "\(Path.site(i, "content"))/\(k)"
            if e.isIndividual {
                e.report(rule, at: path,
                         en: "The personal website \(e.draft.websites[i].name.quoted) runs a forum; individuals may not run forums, message boards or communities.",
                         fix: "Remove the forum, comments board or chat features, or have an organization file the site.",
                         zh: "个人网站\(e.draft.websites[i].name.quoted)开设了论坛；个人不得开办论坛、留言板或社区。",
                         fix: "删去论坛、评论区或聊天功能，或改由单位备案。")
            } else if !(e.draft.websites[i].preApprovals ?? []).contains(.forum) {
                e.report(rule, at: path,
                         en: "The website \(e.draft.websites[i].name.quoted) runs a forum without an electronic bulletin service approval; some provinces no longer accept forum applications at all.",
                         fix: "Ask the provincial communications administration whether it approves forums; obtain the approval and tick \(Words.value(ContentCategory.forum)) under \(Words.field(.website, "pre_approvals")), or remove the forum.",
                         zh: "网站\(e.draft.websites[i].name.quoted)开设了论坛，但没有电子公告服务的批准；有些省份已不再受理论坛的申请。",
                         fix: "先向省通信管理局确认是否受理论坛审批；取得批准后在\(Words.fieldZh(.website, "pre_approvals"))中勾选\(Words.valueZh(ContentCategory.forum))，或删去论坛。",
                         evidence: e.book.industry(.forum).map(\.value.evidence)
                             ?? .init(confidence: .medium, sources: []))
            }
        }
    }
}
