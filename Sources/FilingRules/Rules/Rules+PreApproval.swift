/// Content that needs an approval document before filing (`pre-approval/`).
enum PreApprovalRules {
    static let lists = ["finance"]

    static let all: [RuleDefinition] = [
        RuleDefinition("preapproval/missing-document", run: missingDocument),
        RuleDefinition("preapproval/individual-regulated-content", run: individualRegulatedContent),
        RuleDefinition("preapproval/commitment-letter", run: commitmentLetter),
        RuleDefinition("preapproval/finance-keywords", run: financeKeywords),
    ]

    /// Regulated industries in a site's content, with their index in `content`; forums have their own rule.
    static func regulated(_ e: Evaluation, _ site: Website) -> [(index: Int, industry: Industry)] {
        guard let content = site.content, content.contains(where: { $0 != .general && $0 != .eCommerce && $0 != .forum }) else { return [] }
        return content.enumerated().compactMap { k, c in
            guard c != .forum, let industry = e.book.industry(c) else { return nil }
            return (k, industry.value)
        }
    }


    static func missingDocument(_ e: Evaluation, _ rule: Rule) {
        guard !e.isIndividual else { return }
        for i in e.sites.indices {
            guard e.draft.websites[i].content != nil else {
                e.missing(rule, at: Path.site(i, "content"))
                continue
            }
            let held = Set(e.draft.websites[i].preApprovals ?? [])
            for (k, industry) in regulated(e, e.draft.websites[i]) where industry.status == .required && !held.contains(industry.id) {
                e.report(rule, at: "\(Path.site(i, "content"))/\(k)",
                         en: "The website \(e.draft.websites[i].name.quoted) has \(industry.name.lowercased()) content, which needs \(industry.document) before filing, but \(Words.field(.website, "pre_approvals")) does not list \(Words.value(industry.id)).",
                         fix: "Obtain \(industry.document) from \(industry.authority) and tick \(Words.value(industry.id)) under \(Words.field(.website, "pre_approvals")), or remove that content from the site.",
                         zh: "网站\(e.draft.websites[i].name.quoted)含有\(industry.nameZh)类内容，备案前须取得相应的前置审批，但\(Words.fieldZh(.website, "pre_approvals"))中没有\(Words.valueZh(industry.id))。",
                         fix: "向主管部门取得\(industry.nameZh)类前置审批文件并在\(Words.fieldZh(.website, "pre_approvals"))中勾选\(Words.valueZh(industry.id))，或从网站删去这类内容。",
                         evidence: industry.evidence)
            }
        }
    }

    static func individualRegulatedContent(_ e: Evaluation, _ rule: Rule) {
        guard e.isIndividual else { return }
        for i in e.sites.indices {
            guard e.draft.websites[i].content != nil else {
                e.missing(rule, at: Path.site(i, "content"))
                continue
            }
            for (k, industry) in regulated(e, e.draft.websites[i]) where !industry.individualsMayFile {
                e.report(rule, at: "\(Path.site(i, "content"))/\(k)",
                         en: "The personal website \(e.draft.websites[i].name.quoted) has \(industry.name.lowercased()) content; individuals cannot obtain the approval it needs.",
                         fix: "Remove that content, or have an organization that holds \(industry.document) file the site.",
                         zh: "个人网站\(e.draft.websites[i].name.quoted)含有\(industry.nameZh)类内容；个人无法取得所需的前置审批。",
                         fix: "删去这类内容，或由已取得相应审批的单位备案。",
                         evidence: industry.evidence)
            }
        }
    }

    static func commitmentLetter(_ e: Evaluation, _ rule: Rule) {
        guard !e.isIndividual else { return }
        for i in e.sites.indices {
            let held = Set(e.draft.websites[i].preApprovals ?? [])
            let local = regulated(e, e.draft.websites[i]).filter { $0.industry.status == .local && !held.contains($0.industry.id) }
            guard let first = local.first else { continue }
            guard let letter = e.given(e.draft.websites[i].commitmentLetter, rule, at: Path.site(i, "commitment_letter")) else { continue }
            guard !letter else { continue }
            let names = local.map { $0.industry.name.lowercased() }.joined(separator: ", ")
            e.report(rule, at: "\(Path.site(i, "content"))/\(first.index)",
                     en: "The website \(e.draft.websites[i].name.quoted) has \(names) content, for which the need for approval depends on the local authority, and no approval or commitment letter is ready.",
                     fix: "Ask the local authority: obtain the approval if it is required, or, if they say it is not, prepare a remark or letter of commitment for the reviewer and answer yes to \(Words.field(.website, "commitment_letter")).",
                     zh: "网站\(e.draft.websites[i].name.quoted)含有\(local.map { $0.industry.nameZh }.joined(separator: "、"))类内容，是否需要前置审批取决于当地主管部门，而草稿中既没有审批文件也没有承诺书。",
                     fix: "先向当地主管部门咨询：需要审批的就取得审批；答复无需审批的，为审核人员准备备注或承诺书，并在\(Words.fieldZh(.website, "commitment_letter"))一项选“是”。",
                     evidence: first.industry.evidence)
        }
    }

    static func financeKeywords(_ e: Evaluation, _ rule: Rule) {
        let commitmentAccepted = e.book.storage.financeCommitmentProvinces.contains(e.draft.entity.province)
        let provinceName = e.provinceName
        func covered(_ site: Website) -> Bool {
            (site.preApprovals ?? []).contains(.finance) || (commitmentAccepted && site.commitmentLetter == true)
        }
        let provinceNameZh = e.draft.entity.province.nameZh
        func fixZh() -> String {
            commitmentAccepted
            ? "向金融监管部门取得批准并在\(Words.fieldZh(.website, "pre_approvals"))中勾选\(Words.valueZh(ContentCategory.finance))；或按\(provinceNameZh)的做法提交加盖公章的承诺书，承诺不提供互联网金融服务，并在\(Words.fieldZh(.website, "commitment_letter"))一项选“是”；否则请更改名称。"
            : "向金融监管部门取得批准并在\(Words.fieldZh(.website, "pre_approvals"))中勾选\(Words.valueZh(ContentCategory.finance))，或更改名称（主体名称或经营范围含金融字样的，也须一并变更）。"
        }
        func fix() -> String {
            commitmentAccepted
            ? "Obtain the financial regulator's approval and tick \(Words.value(ContentCategory.finance)) under \(Words.field(.website, "pre_approvals")), or, in \(provinceName), file the stamped commitment letter (承诺书) promising no online financial services and answer yes to \(Words.field(.website, "commitment_letter")); otherwise change the name."
            : "Obtain the financial regulator's approval and tick \(Words.value(ContentCategory.finance)) under \(Words.field(.website, "pre_approvals")), or change the name (and, for the entity, its registered name or business scope)."
        }
        let entityWords = e.entityWords(.list("finance"))
        if !entityWords.isEmpty, e.draft.websites.contains(where: { !covered($0) }) {
            let shown = entityWords.map { "“\($0.text)”" }.joined(separator: e.language == .chinese ? "、" : ", ")
            let best = entityWords.max { $0.confidence < $1.confidence } ?? entityWords[0]
            e.report(rule, at: Path.entity("name"),
                     en: "The entity name \(e.draft.entity.name.quoted) contains financial words (\(shown)); reviewers will ask for a financial regulator's approval.",
                     fix: fix(),
                     zh: "主体名称\(e.draft.entity.name.quoted)含有金融类字样（\(shown)），审核时会要求提供金融监管部门的批准文件。",
                     fix: fixZh(), evidence: best.evidence)
        }
        for i in e.sites.indices where !covered(e.draft.websites[i]) {
            NameRules.reportWords(e, rule, site: i, words: e.words(in: i, .list("finance")),
                en: { "The website name \(e.draft.websites[i].name.quoted) contains financial words (\($0)); reviewers will ask for a financial regulator's approval." },
                fix: fix(),
                zh: { "网站名称\(e.draft.websites[i].name.quoted)含有金融类字样（\($0)），审核时会要求提供金融监管部门的批准文件。" },
                fix: fixZh())
        }
    }
}
