/// What one provincial administration requires (`regions/`); every limit comes from `provinces.yaml`.
enum RegionRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("region/organization-cross-province", messages: ["registered-elsewhere": ["home", "province"]],
                       run: organizationCrossProvince),
        RuleDefinition("region/individual-non-local",
                       messages: ["not-allowed": ["province", "home"],
                                  "no-proof": ["province", "proofs", "home", "local_proof", "permit_province"]],
                       run: individualNonLocal),
        RuleDefinition("region/one-website-per-application",
                       messages: ["one": ["province", "count"], "several": ["province", "maximum", "count"]], run: oneWebsitePerApplication),
        RuleDefinition("region/domains-per-submission",
                       messages: ["one": ["province", "count"], "several": ["province", "maximum", "count"]], run: domainsPerSubmission),
        RuleDefinition("region/min-age",
                       messages: ["individual": ["age", "province", "minimum"], "organization": ["age", "province", "minimum"],
                                  "individual-employment": ["age", "province", "minimum", "employment_minimum", "employment", "local_proof"],
                                  "organization-employment": ["age", "province", "minimum", "employment_minimum", "employment", "local_proof"]],
                       run: minAge),
        RuleDefinition("region/domain-validity", options: ["typical_min_days": .number],
                       messages: ["expired": ["domain"], "too-soon": ["domain", "days", "province", "minimum"],
                                  "typically-too-soon": ["domain", "days", "minimum"]],
                       run: domainValidity),
        RuleDefinition("region/local-phone", messages: ["non-local": ["province", "phone_province"]], run: localPhone),
        RuleDefinition("region/public-institution-tld", messages: ["wrong-tld": ["province", "tlds", "domain"]], run: publicInstitutionTLD),
        RuleDefinition("region/leader-legal-representative",
                       messages: ["legal-representative": ["province"], "no-authorization-letter": ["province"], "not-site-leader": ["province"]],
                       run: leaderLegalRepresentative),
        RuleDefinition("region/domain-privacy", messages: ["privacy": ["province", "domain"]], run: domainPrivacy),
        RuleDefinition("region/one-domain-after-filed-websites",
                       messages: ["individual": ["province", "threshold", "filed", "count"],
                                  "organization": ["province", "threshold", "filed", "count"]],
                       run: oneDomainAfterFiledWebsites),
        RuleDefinition("region/one-domain-on-first-filing", messages: ["first-filing": ["province", "count"]], run: oneDomainOnFirstFiling),
        RuleDefinition("region/finance-name-leader", messages: ["finance-name": ["province", "word"]], run: financeNameLeader),
        RuleDefinition("region/foreign-leader",
                       messages: ["not-accepted-individual": ["province"], "not-accepted-organization": ["province"],
                                  "authorize-individual": ["province"], "authorize-organization": ["province"]],
                       run: RegionEntityRules.foreignLeader),
        RuleDefinition("region/max-websites",
                       messages: ["individual": ["province", "maximum", "filed", "count", "total", "remaining"],
                                  "organization": ["province", "maximum", "filed", "count", "total", "remaining"]],
                       run: RegionEntityRules.maxWebsites),
        RuleDefinition("region/construction-plan", messages: ["no-plan": ["province", "minimum", "total"]],
                       run: RegionEntityRules.constructionPlan),
        RuleDefinition("region/address-same-city", messages: ["other-city": ["province"]], run: RegionEntityRules.addressSameCity),
        RuleDefinition("region/government-tld", messages: ["other-suffix": ["province", "suffixes", "domain"]],
                       run: RegionEntityRules.governmentTLD),
        RuleDefinition("region/shell-entity", messages: ["add-website": ["province"]], run: RegionEntityRules.shellEntity),
    ]

    /// Word lists these rules read from `words.yaml`.
    static let lists = ["finance"]

    /// A limit of the filing province that applies to this entity type.
    static func applicable<T>(_ limit: Limit<T>?, _ e: Evaluation) -> Fact<T>? {
        limit?.fact(for: e.draft.entity.type)
    }


    /// The entity's province at `key` when it is not the filing province; asks for it when the draft leaves it out.
    static func otherProvince(_ e: Evaluation, _ rule: Rule, _ key: String, _ value: ProvinceID?) -> ProvinceID? {
        guard let value else {
            e.missing(rule, at: Path.entity(key))
            return nil
        }
        return value == e.draft.entity.province ? nil : value
    }

    static func organizationCrossProvince(_ e: Evaluation, _ rule: Rule) {
        guard !e.isIndividual, let home = otherProvince(e, rule, "document_province", e.draft.entity.documentProvince) else { return }
        e.report(rule, "registered-elsewhere", at: Path.entity("province"), ["home": Words.province(home), "province": e.province])
    }

    static func individualNonLocal(_ e: Evaluation, _ rule: Rule) {
        guard e.isIndividual else { return }
        let entity = e.draft.entity
        guard let home = otherProvince(e, rule, "document_province", entity.documentProvince),
              let policy = applicable(e.limits?.value.individualNonLocal, e) else { return }
        switch policy.value {
        case .allowed:
            return
        case .notAllowed:
            e.report(rule, "not-allowed", at: Path.entity("province"), ["province": e.province, "home": Words.province(home)],
                     evidence: policy.evidence)
        case .withProof:
            let accepted = applicable(e.limits?.value.acceptedProofs, e)
            let proofs = accepted?.value ?? [.residencePermit]
            guard let proof = e.given(entity.localProof, rule, at: Path.entity("local_proof")) else { return }
            var ok = proof != .none && proofs.contains(proof)
            if ok, proof == .residencePermit, let permit = entity.residencePermitProvince, permit != entity.province { ok = false }
            guard !ok else { return }
            let names = Phrase.either(proofs.map { Phrase(en: $0.label.lowercased(), zh: $0.chinese) })
            let evidence = accepted.map { a in
                Evaluation.Evidence(confidence: min(a.confidence, policy.confidence), sources: policy.sources + a.sources)
            } ?? policy.evidence
            e.report(rule, "no-proof", at: Path.entity("local_proof"),
                     ["province": e.province, "proofs": names, "home": Words.province(home), "local_proof": Words.field(.entity, "local_proof"),
                      "permit_province": Words.field(.entity, "residence_permit_province")],
                     evidence: evidence)
        }
    }

    static func oneWebsitePerApplication(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.websitesPerApplication, e), e.draft.websites.count > fact.value else { return }
        let count: Phrase = "\(e.draft.websites.count)"
        if fact.value == 1 {
            e.report(rule, "one", at: Path.site(fact.value), ["province": e.province, "count": count], evidence: fact.evidence)
        } else {
            e.report(rule, "several", at: Path.site(fact.value), ["province": e.province, "maximum": "\(fact.value)", "count": count],
                     evidence: fact.evidence)
        }
    }

    static func domainsPerSubmission(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.domainsPerSubmission, e), e.domainIndex.count > fact.value else { return }
        let first = e.domainIndex[fact.value]
        let count: Phrase = "\(e.domainIndex.count)"
        if fact.value == 1 {
            e.report(rule, "one", at: Path.domain(first.site, first.index), ["province": e.province, "count": count], evidence: fact.evidence)
        } else {
            e.report(rule, "several", at: Path.domain(first.site, first.index),
                     ["province": e.province, "maximum": "\(fact.value)", "count": count], evidence: fact.evidence)
        }
    }

    static func minAge(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.minAge, e) else { return }
        guard let age = e.given(e.draft.entity.age, rule, at: Path.entity("age")) else { return }
        guard age < fact.value else { return }
        let lower = applicable(e.limits?.value.minAgeWithEmployment, e)
        if let lower, age >= lower.value, e.draft.entity.localProof == .employment { return }
        let who = e.isIndividual ? "individual" : "organization"
        var values: [String: Phrase] = ["age": "\(age)", "province": e.province, "minimum": "\(fact.value)"]
        if let lower, age >= lower.value {
            values["employment_minimum"] = "\(lower.value)"
            values["employment"] = Words.value(LocalProof.employment)
            values["local_proof"] = Words.field(.entity, "local_proof")
            e.report(rule, "\(who)-employment", at: Path.entity("age"), values, evidence: fact.evidence)
        } else {
            e.report(rule, who, at: Path.entity("age"), values, evidence: fact.evidence)
        }
    }

    static func domainValidity(_ e: Evaluation, _ rule: Rule) {
        let fact = applicable(e.limits?.value.minDomainValidityDays, e)
        let typical = rule.int("typical_min_days") ?? 90
        for i in e.sites.indices {
            for (j, domain) in e.draft.websites[i].domains.enumerated() {
                let path = { Path.domain(i, j, "days_to_expiry") }
                guard let days = e.given(domain.daysToExpiry, rule, at: path()) else { continue }
                if days <= 0 {
                    e.report(rule, "expired", at: path(), ["domain": "\(domain.name)"])
                } else if let fact, days < fact.value {
                    e.report(rule, "too-soon", at: path(),
                             ["domain": "\(domain.name)", "days": "\(days)", "province": e.province, "minimum": "\(fact.value)"],
                             evidence: fact.evidence)
                } else if fact == nil, days < typical {
                    e.report(rule, "typically-too-soon", at: path(), ["domain": "\(domain.name)", "days": "\(days)", "minimum": "\(typical)"],
                             evidence: .init(confidence: .medium, sources: []))
                }
            }
        }
    }

    static func localPhone(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.localPhone, e), fact.value,
              let phone = otherProvince(e, rule, "phone_province", e.draft.entity.phoneProvince) else { return }
        e.report(rule, "non-local", at: Path.entity("phone_province"), ["province": e.province, "phone_province": Words.province(phone)],
                 evidence: fact.evidence)
    }

    static func publicInstitutionTLD(_ e: Evaluation, _ rule: Rule) {
        guard e.draft.entity.publicInstitution == true, let fact = applicable(e.limits?.value.publicInstitutionTLDs, e), !fact.value.isEmpty else { return }
        let shown = Phrase.list(fact.value.map { ".\($0)" })
        for i in e.sites.indices {
            for (j, domain) in e.draft.websites[i].domains.enumerated() where !fact.value.contains(where: { domain.name.hasSuffix("." + $0) }) {
                e.report(rule, "wrong-tld", at: Path.domain(i, j, "name"), ["province": e.province, "tlds": shown, "domain": "\(domain.name)"],
                         evidence: fact.evidence)
            }
        }
    }

    static func leaderLegalRepresentative(_ e: Evaluation, _ rule: Rule) {
        guard !e.isIndividual, let fact = applicable(e.limits?.value.leaderRule, e) else { return }
        let entity = e.draft.entity
        switch fact.value {
        case .any:
            return
        case .legalRepresentative:
            requireLegalRepresentativeAsLeader(e, rule, "legal-representative", ["province": e.province], evidence: fact.evidence)
        case .authorizationLetter:
            guard let isLegal = e.given(entity.leaderIsLegalRepresentative, rule, at: Path.entity("leader_is_legal_representative"))
            else { return }
            guard !isLegal else { return }
            guard requireEntityFlag(e, rule, entity.leaderAuthorizationLetter, field: "leader_authorization_letter",
                                    "no-authorization-letter", ["province": e.province], evidence: fact.evidence) else { return }
            guard let same = applicable(e.limits?.value.leaderSameAsSiteLeader, e), same.value else { return }
            requireEntityFlag(e, rule, entity.siteLeaderSameAsLeader, field: "site_leader_same_as_leader",
                              "not-site-leader", ["province": e.province], evidence: same.evidence)
        }
    }

    /// Asks for an entity flag the draft leaves out, or reports message `key` when it is false; true when the draft gives it.
    @discardableResult
    private static func requireEntityFlag(_ e: Evaluation, _ rule: Rule, _ value: Bool?, field: String,
                                          _ key: String, _ values: @autoclosure () -> [String: Phrase], evidence: Evaluation.Evidence) -> Bool {
        guard let value else {
            e.missing(rule, at: Path.entity(field))
            return false
        }
        if !value {
            e.report(rule, key, at: Path.entity(field), values(), evidence: evidence)
        }
        return true
    }

    /// Reports message `key` for an entity leader who is not the legal representative, or asks for the fact when it is missing.
    private static func requireLegalRepresentativeAsLeader(_ e: Evaluation, _ rule: Rule, _ key: String, _ values: @autoclosure () -> [String: Phrase],
                                                           evidence: Evaluation.Evidence) {
        requireEntityFlag(e, rule, e.draft.entity.leaderIsLegalRepresentative, field: "leader_is_legal_representative",
                          key, values(), evidence: evidence)
    }

    static func domainPrivacy(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.domainPrivacyOff, e), fact.value else { return }
        for i in e.sites.indices {
            for (j, domain) in e.draft.websites[i].domains.enumerated() {
                let path = { Path.domain(i, j, "privacy_protection") }
                guard let privacy = e.given(domain.privacyProtection, rule, at: path()) else { continue }
                guard privacy else { continue }
                e.report(rule, "privacy", at: path(), ["province": e.province, "domain": "\(domain.name)"], evidence: fact.evidence)
            }
        }
    }

    /// `entity.filed_websites`, or nil after asking for it.
    static func filedWebsites(_ e: Evaluation, _ rule: Rule) -> Int? {
        guard let filed = e.draft.entity.filedWebsites else {
            e.missing(rule, at: Path.entity("filed_websites"))
            return nil
        }
        return filed
    }

    static func oneDomainAfterFiledWebsites(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.oneDomainAfterFiledWebsites, e),
              let threshold = fact.value.value(for: e.draft.entity.type), e.domainIndex.count > 1 else { return }
        guard let filed = filedWebsites(e, rule), filed > threshold else { return }
        let second = e.domainIndex[1]
        e.report(rule, e.isIndividual ? "individual" : "organization", at: Path.domain(second.site, second.index),
                 ["province": e.province, "threshold": "\(threshold)", "filed": "\(filed)", "count": "\(e.domainIndex.count)"],
                 evidence: fact.evidence)
    }

    static func oneDomainOnFirstFiling(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.oneDomainOnFirstFiling, e), fact.value, e.domainIndex.count > 1 else { return }
        guard filedWebsites(e, rule) == 0 else { return }
        let second = e.domainIndex[1]
        e.report(rule, "first-filing", at: Path.domain(second.site, second.index),
                 ["province": e.province, "count": "\(e.domainIndex.count)"], evidence: fact.evidence)
    }

    static func financeNameLeader(_ e: Evaluation, _ rule: Rule) {
        guard !e.isIndividual, let fact = applicable(e.limits?.value.financeNameNeedsLegalRepresentative, e), fact.value else { return }
        var words = e.entityWords(.list("finance"))
        for i in e.sites.indices { words += e.words(in: i, .list("finance")) }
        guard let word = words.first else { return }
        requireLegalRepresentativeAsLeader(e, rule, "finance-name", ["province": e.province, "word": "\(word.text.quoted)"],
                                           evidence: fact.evidence)
    }
}
