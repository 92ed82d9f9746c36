/// Province limits on who the entity is and what it has filed (`regions/`), from `provinces.yaml`.
enum RegionEntityRules {
    static func foreignLeader(_ e: Evaluation, _ rule: Rule) {
        guard let fact = RegionRules.applicable(e.limits?.value.foreignLeader, e) else { return }
        guard let document = e.given(e.draft.entity.idDocument, rule, at: Path.entity("id_document")) else { return }
        guard document != .mainlandID else { return }
        switch fact.value {
        case .passportOK:
            return
        case .notAllowed:
            e.report(rule, e.isIndividual ? "not-accepted-individual" : "not-accepted-organization", at: Path.entity("id_document"),
                     ["province": e.province], evidence: fact.evidence)
        case .authorizeMainland:
            e.report(rule, e.isIndividual ? "authorize-individual" : "authorize-organization", at: Path.entity("id_document"),
                     ["province": e.province], evidence: fact.evidence)
        }
    }

    /// The province's limit on websites, the websites already filed and the total with this draft;
    /// nil when the province sets no such limit or the draft leaves the filed count out.
    private static func websiteTotal(_ e: Evaluation, _ rule: Rule, _ limit: Limit<Int>?) -> (fact: Fact<Int>, filed: Int, total: Int)? {
        guard let fact = RegionRules.applicable(limit, e), let filed = RegionRules.filedWebsites(e, rule) else { return nil }
        return (fact, filed, filed + e.draft.websites.count)
    }

    static func maxWebsites(_ e: Evaluation, _ rule: Rule) {
        guard let (fact, filed, total) = websiteTotal(e, rule, e.limits?.value.maxWebsitesPerEntity), total > fact.value else { return }
        let remaining = max(0, fact.value - filed)
        e.report(rule, e.isIndividual ? "individual" : "organization", at: Path.site(remaining),
                 ["province": e.province, "maximum": "\(fact.value)", "filed": "\(filed)", "count": "\(e.draft.websites.count)",
                  "total": "\(total)", "remaining": "\(remaining)"],
                 evidence: fact.evidence)
    }

    static func constructionPlan(_ e: Evaluation, _ rule: Rule) {
        guard let (fact, _, total) = websiteTotal(e, rule, e.limits?.value.constructionPlanFromWebsites), total >= fact.value,
              let plan = e.given(e.draft.entity.constructionPlan, rule, at: Path.entity("construction_plan")), !plan else { return }
        e.report(rule, "no-plan", at: Path.entity("construction_plan"),
                 ["province": e.province, "minimum": "\(fact.value)", "total": "\(total)"], evidence: fact.evidence)
    }

    static func addressSameCity(_ e: Evaluation, _ rule: Rule) {
        guard !e.isIndividual, let fact = RegionRules.applicable(e.limits?.value.addressSameCity, e), fact.value,
              let same = e.given(e.draft.entity.addressInDocumentCity, rule, at: Path.entity("address_in_document_city")), !same
        else { return }
        e.report(rule, "other-city", at: Path.entity("address_in_document_city"), ["province": e.province], evidence: fact.evidence)
    }

    static func governmentTLD(_ e: Evaluation, _ rule: Rule) {
        guard e.draft.entity.governmentBody == true, let fact = RegionRules.applicable(e.limits?.value.governmentTLDs, e),
              !fact.value.isEmpty else { return }
        let suffixes = Phrase.either(fact.value.map { ".\($0)" })
        DomainRules.forEachDomain(e) { i, j, domain in
            guard !fact.value.contains(where: { domain.name.hasSuffix("." + $0) }) else { return }
            e.report(rule, "other-suffix", at: Path.domain(i, j, "name"),
                     ["province": e.province, "suffixes": suffixes, "domain": "\(domain.name)"], evidence: fact.evidence)
        }
    }

    static func shellEntity(_ e: Evaluation, _ rule: Rule) {
        guard e.draft.entity.shellEntity == true, let fact = RegionRules.applicable(e.limits?.value.shellEntityAddWebsite, e),
              !fact.value else { return }
        e.report(rule, "add-website", at: Path.entity("shell_entity"), ["province": e.province], evidence: fact.evidence)
    }
}
