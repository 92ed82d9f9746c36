/// Content that needs an approval document before filing (`pre-approval/`).
enum PreApprovalRules {
    static let lists = ["finance"]

    static let all: [RuleDefinition] = [
        RuleDefinition("preapproval/missing-document", messages: [
            "no-approval": ["website", "industry", "document", "authority", "approvals_field", "approval"],
        ], run: missingDocument),
        RuleDefinition("preapproval/individual-regulated-content", messages: ["needs-approval": ["website", "industry", "document"]],
                       run: individualRegulatedContent),
        RuleDefinition("preapproval/commitment-letter", messages: ["no-letter": ["website", "industries", "letter_field"]], run: commitmentLetter),
        RuleDefinition("preapproval/finance-keywords", messages: [
            "entity-name": ["entity", "words", "approval", "approvals_field"],
            "entity-name-commitment": ["entity", "words", "approval", "approvals_field", "province", "letter_field"],
            "website-name": ["website", "words", "approval", "approvals_field"],
            "website-name-commitment": ["website", "words", "approval", "approvals_field", "province", "letter_field"],
        ], run: financeKeywords),
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
                e.report(rule, "no-approval", at: "\(Path.site(i, "content"))/\(k)",
                         ["website": e.website(i), "industry": Words.industry(industry),
                          "document": "\(industry.document)", "authority": "\(industry.authority)",
                          "approvals_field": Words.field(.website, "pre_approvals"), "approval": Words.value(industry.id)],
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
                e.report(rule, "needs-approval", at: "\(Path.site(i, "content"))/\(k)",
                         ["website": e.website(i), "industry": Words.industry(industry),
                          "document": "\(industry.document)"],
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
            let industries = Phrase.list(local.map { Words.industry($0.industry) })
            e.report(rule, "no-letter", at: "\(Path.site(i, "content"))/\(first.index)",
                     ["website": e.website(i), "industries": industries,
                      "letter_field": Words.field(.website, "commitment_letter")],
                     evidence: first.industry.evidence)
        }
    }

    static func financeKeywords(_ e: Evaluation, _ rule: Rule) {
        let commitmentAccepted = e.book.storage.financeCommitmentProvinces.contains(e.draft.entity.province)
        func covered(_ site: Website) -> Bool {
            (site.preApprovals ?? []).contains(.finance) || (commitmentAccepted && site.commitmentLetter == true)
        }
        // What the fix names: the approval, and where the province accepts it, the commitment letter.
        func fixValues() -> [String: Phrase] {
            var values: [String: Phrase] = ["approval": Words.value(ContentCategory.finance),
                                            "approvals_field": Words.field(.website, "pre_approvals")]
            if commitmentAccepted {
                values["province"] = e.province
                values["letter_field"] = Words.field(.website, "commitment_letter")
            }
            return values
        }
        let entityWords = e.entityWords(.list("finance"))
        if !entityWords.isEmpty, e.draft.websites.contains(where: { !covered($0) }) {
            let best = entityWords.max { $0.confidence < $1.confidence } ?? entityWords[0]
            e.report(rule, commitmentAccepted ? "entity-name-commitment" : "entity-name", at: Path.entity("name"),
                     fixValues().merging(["entity": e.entityName, "words": .list(entityWords.map { "\($0.text.quoted)" })]) { $1 },
                     evidence: best.evidence)
        }
        for i in e.sites.indices where !covered(e.draft.websites[i]) {
            NameRules.reportWords(e, rule, commitmentAccepted ? "website-name-commitment" : "website-name", site: i,
                                  words: e.words(in: i, .list("finance")),
                                  values: fixValues().merging(["website": e.website(i)]) { $1 })
        }
    }
}
