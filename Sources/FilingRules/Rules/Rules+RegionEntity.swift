/// Province limits on who the entity is and what it has filed (`regions/`), from `provinces.yaml`.
enum RegionEntityRules {
    static func name(_ e: Evaluation) -> String { RegionRules.name(e) }
    static func nameZh(_ e: Evaluation) -> String { RegionRules.nameZh(e) }

    static func foreignLeader(_ e: Evaluation, _ rule: Rule) {
        guard let fact = RegionRules.applicable(e.limits?.value.foreignLeader, e) else { return }
        let who = e.isIndividual ? "The person filing" : "The entity leader"
        guard let document = e.given(e.draft.entity.idDocument, rule, at: Path.entity("id_document")) else { return }
        guard document != .mainlandID else { return }
        switch fact.value {
        case .passportOK:
            return
        case .notAllowed:
            e.report(rule, at: Path.entity("id_document"),
                     en: "\(who) does not hold a mainland ID card, and \(name(e)) does not accept such filers.",
                     fix: e.isIndividual ? "File through an organization, or ask a holder of a mainland ID card to file." : "Name a holder of a mainland ID card as entity leader.",
                     zh: "\(e.isIndividual ? "备案人" : "主体负责人")没有中国内地居民身份证，而\(nameZh(e))管局不受理这种情况。",
                     fix: e.isIndividual ? "通过单位备案，或请持有内地居民身份证的人备案。" : "请将持有内地居民身份证的人填为主体负责人。",
                     evidence: fact.evidence)
        case .authorizeMainland:
            e.report(rule, at: Path.entity("id_document"),
                     en: "\(who) does not hold a mainland ID card; \(name(e)) wants the legal representative to authorize a holder of a mainland ID card as entity leader.",
                     fix: "Name a holder of a mainland ID card as entity leader, with the legal representative's letter of authorization.",
                     zh: "\(e.isIndividual ? "备案人" : "主体负责人")没有中国内地居民身份证；\(nameZh(e))管局要求由法定代表人授权一位持内地居民身份证的人担任主体负责人。",
                     fix: "将持有内地居民身份证的人填为主体负责人，并附法定代表人的授权书。",
                     evidence: fact.evidence)
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
        e.report(rule, at: Path.site(max(0, fact.value - filed)),
                 en: "\(name(e)) accepts at most \(fact.value) websites per \(e.isIndividual ? "individual" : "organization"); with \(filed) filed and \(e.draft.websites.count) in this draft the entity would have \(total).",
                 fix: "File no more than \(max(0, fact.value - filed)) more websites, or cancel filed websites that are no longer used.",
                 zh: "\(nameZh(e))管局规定每个\(e.isIndividual ? "个人" : "单位")最多备案\(fact.value)个网站；已备案\(filed)个，加上本草稿的\(e.draft.websites.count)个，将达到\(total)个。",
                 fix: "最多再备案\(max(0, fact.value - filed))个网站，或注销已不再使用的网站备案。",
                 evidence: fact.evidence)
    }

    static func constructionPlan(_ e: Evaluation, _ rule: Rule) {
        guard let (fact, _, total) = websiteTotal(e, rule, e.limits?.value.constructionPlanFromWebsites), total >= fact.value else { return }
        RegionRules.requireEntityFlag(e, rule, e.draft.entity.constructionPlan, field: "construction_plan",
                 en: "\(name(e)) asks for a website construction plan (网站建设方案书) once an entity has \(fact.value) or more websites; this one would have \(total).",
                 fix: "Prepare the construction plan (what each website is for, who runs it, how content is reviewed) and upload it with the filing.",
                 zh: "同一主体的网站达到\(fact.value)个及以上时，\(nameZh(e))管局要求提交网站建设方案书；本主体将有\(total)个。",
                 fix: "准备网站建设方案书（写明每个网站的用途、负责人和内容审核方式），随备案一并上传。",
                 evidence: fact.evidence)
    }

    static func addressSameCity(_ e: Evaluation, _ rule: Rule) {
        guard !e.isIndividual, let fact = RegionRules.applicable(e.limits?.value.addressSameCity, e), fact.value else { return }
        RegionRules.requireEntityFlag(e, rule, e.draft.entity.addressInDocumentCity, field: "address_in_document_city",
                 en: "\(name(e)) wants the organization's mailing address (通讯地址) in the same city as the address on its certificate.",
                 fix: "Give a mailing address in the city the business licence names.",
                 zh: "\(nameZh(e))管局要求主办单位的通讯地址与证件地址在同一城市。",
                 fix: "填写营业执照所在城市的通讯地址。", evidence: fact.evidence)
    }

    static func governmentTLD(_ e: Evaluation, _ rule: Rule) {
        guard e.draft.entity.governmentBody == true, let fact = RegionRules.applicable(e.limits?.value.governmentTLDs, e),
              !fact.value.isEmpty else { return }
        let shown = fact.value.map { ".\($0)" }.joined(separator: " or ")
        DomainRules.forEachDomain(e) { i, j, domain in
            guard !fact.value.contains(where: { domain.name.hasSuffix("." + $0) }) else { return }
            e.report(rule, at: Path.domain(i, j, "name"),
                     en: "Party and government bodies (党政机关) in \(name(e)) file only domains ending in \(shown); \(domain.name) does not.",
                     fix: "Use a domain ending in \(shown).",
                     zh: "在\(nameZh(e))，党政机关只能备案以\(fact.value.map { ".\($0)" }.joined(separator: "或"))结尾的域名；\(domain.name)不符合。",
                     fix: "改用以\(fact.value.map { ".\($0)" }.joined(separator: "或"))结尾的域名。", evidence: fact.evidence)
        }
    }

    static func shellEntity(_ e: Evaluation, _ rule: Rule) {
        guard e.draft.entity.shellEntity == true, let fact = RegionRules.applicable(e.limits?.value.shellEntityAddWebsite, e),
              !fact.value else { return }
        e.report(rule, at: Path.entity("shell_entity"),
                 en: "\(name(e)) does not let a filed entity with no website left (a shell entity, 空壳主体) add a website.",
                 fix: "Cancel the entity's filing first, then file again as a first filing.",
                 zh: "\(nameZh(e))管局不允许已无网站的备案主体（空壳主体）新增网站。",
                 fix: "先注销该主体的备案，再按首次备案重新办理。", evidence: fact.evidence)
    }
}
