/// What one provincial administration requires (`regions/`); every limit comes from `provinces.yaml`.
enum RegionRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("region/organization-cross-province", run: organizationCrossProvince),
        RuleDefinition("region/individual-non-local", run: individualNonLocal),
        RuleDefinition("region/one-website-per-application", run: oneWebsitePerApplication),
        RuleDefinition("region/domains-per-submission", run: domainsPerSubmission),
        RuleDefinition("region/min-age", run: minAge),
        RuleDefinition("region/domain-validity", options: ["typical_min_days": .number], run: domainValidity),
        RuleDefinition("region/local-phone", run: localPhone),
        RuleDefinition("region/public-institution-tld", run: publicInstitutionTLD),
        RuleDefinition("region/leader-legal-representative", run: leaderLegalRepresentative),
        RuleDefinition("region/domain-privacy", run: domainPrivacy),
        RuleDefinition("region/one-domain-after-filed-websites", run: oneDomainAfterFiledWebsites),
        RuleDefinition("region/one-domain-on-first-filing", run: oneDomainOnFirstFiling),
        RuleDefinition("region/finance-name-leader", run: financeNameLeader),
        RuleDefinition("region/foreign-leader", run: RegionEntityRules.foreignLeader),
        RuleDefinition("region/max-websites", run: RegionEntityRules.maxWebsites),
        RuleDefinition("region/construction-plan", run: RegionEntityRules.constructionPlan),
        RuleDefinition("region/address-same-city", run: RegionEntityRules.addressSameCity),
        RuleDefinition("region/government-tld", run: RegionEntityRules.governmentTLD),
        RuleDefinition("region/shell-entity", run: RegionEntityRules.shellEntity),
    ]

    /// Word lists these rules read from `words.yaml`.
    static let lists = ["finance"]

    /// A limit of the filing province that applies to this entity type.
    static func applicable<T>(_ limit: Limit<T>?, _ e: Evaluation) -> Fact<T>? {
        limit?.fact(for: e.draft.entity.type)
    }

    static func name(_ e: Evaluation) -> String { e.provinceName }

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
        e.report(rule, at: Path.entity("province"),
                 "The organization is registered in \(home.name) but files in \(name(e)); organizations can only file where their certificate is registered.",
                 fix: "File in \(home.name), or have a branch or subsidiary registered in \(name(e)) file instead.")
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
            e.report(rule, at: Path.entity("province"),
                     "\(name(e)) accepts individual filings only from people with a local ID card; this ID card is from \(home.name).",
                     fix: "File in \(home.name), where the ID card was issued.", evidence: policy.evidence)
        case .withProof:
            let accepted = applicable(e.limits?.value.acceptedProofs, e)
            let proofs = accepted?.value ?? [.residencePermit]
            guard let proof = entity.localProof else {
                e.missing(rule, at: Path.entity("local_proof"))
                return
            }
            var ok = proof != .none && proofs.contains(proof)
            if ok, proof == .residencePermit, let permit = entity.residencePermitProvince, permit != entity.province { ok = false }
            guard !ok else { return }
            let names = proofs.map { $0.label.lowercased() }.joined(separator: " or ")
            let evidence = accepted.map { a in
                Evaluation.Evidence(confidence: min(a.confidence, policy.confidence), sources: policy.sources + a.sources)
            } ?? policy.evidence
            e.report(rule, at: Path.entity("local_proof"),
                     "\(name(e)) accepts individuals from other provinces only with local proof (\(names)); the draft's ID card is from \(home.name) and no accepted proof is given.",
                     fix: "Get a \(name(e)) \(names) and give it under \(Words.field(.entity, "local_proof")) and \(Words.field(.entity, "residence_permit_province")), or file in \(home.name).",
                     evidence: evidence)
        }
    }

    static func oneWebsitePerApplication(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.websitesPerApplication, e), e.draft.websites.count > fact.value else { return }
        e.report(rule, at: Path.site(fact.value),
                 "\(name(e)) accepts \(fact.value == 1 ? "only one website" : "\(fact.value) websites") per application; this draft has \(e.draft.websites.count).",
                 fix: "Submit the first \(fact.value == 1 ? "website" : "\(fact.value) websites") now and the others in later applications, one after another.",
                 evidence: fact.evidence)
    }

    static func domainsPerSubmission(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.domainsPerSubmission, e), e.domainIndex.count > fact.value else { return }
        let first = e.domainIndex[fact.value]
        e.report(rule, at: Path.domain(first.site, first.index),
                 "\(name(e)) accepts \(fact.value == 1 ? "only one domain" : "at most \(fact.value) domains") in one submission; this draft has \(e.domainIndex.count).",
                 fix: "Split the domains over several submissions of at most \(fact.value).", evidence: fact.evidence)
    }

    static func minAge(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.minAge, e) else { return }
        let who = e.isIndividual ? "the person filing" : "the entity leader"
        guard let age = e.draft.entity.age else {
            e.missing(rule, at: Path.entity("age"))
            return
        }
        guard age < fact.value else { return }
        let lower = applicable(e.limits?.value.minAgeWithEmployment, e)
        if let lower, age >= lower.value, e.draft.entity.localProof == .employment { return }
        var fix = "\(name(e)) requires \(who) to be at least \(fact.value)."
        if let lower, age >= lower.value {
            fix += " From \(lower.value), proof of employment or income is accepted: choose \(Words.value(LocalProof.employment)) under \(Words.field(.entity, "local_proof")) once you have it."
        } else {
            fix += e.isIndividual ? " Wait until then, or have an adult file." : " Name an entity leader who meets the age limit."
        }
        e.report(rule, at: Path.entity("age"),
                 "\(who.prefix(1).uppercased() + who.dropFirst()) is \(age); \(name(e)) accepts filings from \(fact.value).",
                 fix: fix, evidence: fact.evidence)
    }

    static func domainValidity(_ e: Evaluation, _ rule: Rule) {
        let fact = applicable(e.limits?.value.minDomainValidityDays, e)
        let typical = rule.int("typical_min_days") ?? 90
        for i in e.sites.indices {
            for (j, domain) in e.draft.websites[i].domains.enumerated() {
                let path = { Path.domain(i, j, "days_to_expiry") }
                guard let days = domain.daysToExpiry else {
                    e.missing(rule, at: path())
                    continue
                }
                if days <= 0 {
                    e.report(rule, at: path(), "The domain \(domain.name) has expired.",
                             fix: "Renew the domain before filing; most administrations want at least three months left.")
                } else if let fact, days < fact.value {
                    e.report(rule, at: path(),
                             "The domain \(domain.name) expires in \(days) days; \(name(e)) wants at least \(fact.value).",
                             fix: "Renew the domain so that at least \(fact.value) days remain, then file.", evidence: fact.evidence)
                } else if fact == nil, days < typical {
                    e.report(rule, at: path(),
                             "The domain \(domain.name) expires in \(days) days; many administrations want at least \(typical).",
                             fix: "Renew the domain so that at least \(typical) days remain, then file.",
                             evidence: .init(confidence: .medium, sources: []))
                }
            }
        }
    }

    static func localPhone(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.localPhone, e), fact.value,
              let phone = otherProvince(e, rule, "phone_province", e.draft.entity.phoneProvince) else { return }
        e.report(rule, at: Path.entity("phone_province"),
                 "\(name(e)) wants local contact phones; this mobile number is from \(phone.name).",
                 fix: "Give a mobile number registered in \(name(e)).", evidence: fact.evidence)
    }

    static func publicInstitutionTLD(_ e: Evaluation, _ rule: Rule) {
        guard e.draft.entity.publicInstitution == true, let fact = applicable(e.limits?.value.publicInstitutionTLDs, e), !fact.value.isEmpty else { return }
        let shown = fact.value.map { ".\($0)" }.joined(separator: ", ")
        for i in e.sites.indices {
            for (j, domain) in e.draft.websites[i].domains.enumerated() where !fact.value.contains(where: { domain.name.hasSuffix("." + $0) }) {
                e.report(rule, at: Path.domain(i, j, "name"),
                         "In \(name(e)), government bodies and public institutions file only domains ending in \(shown); \(domain.name) does not.",
                         fix: "Use a domain ending in \(shown).", evidence: fact.evidence)
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
            requireLegalRepresentativeAsLeader(e, rule, evidence: fact.evidence,
                                               "\(name(e)) accepts only the organization's legal representative (法定代表人) as entity leader (主体负责人).",
                                               fix: "Name the legal representative as entity leader.")
        case .authorizationLetter:
            guard let isLegal = entity.leaderIsLegalRepresentative else {
                e.missing(rule, at: Path.entity("leader_is_legal_representative"))
                return
            }
            guard !isLegal else { return }
            guard requireEntityFlag(e, rule, entity.leaderAuthorizationLetter, field: "leader_authorization_letter",
                                    "In \(name(e)) an entity leader who is not the legal representative needs the legal representative's letter of authorization (授权书), and the draft has none.",
                                    fix: "Have the legal representative sign and stamp a letter authorizing the entity leader, or name the legal representative as leader.",
                                    evidence: fact.evidence) else { return }
            guard let same = applicable(e.limits?.value.leaderSameAsSiteLeader, e), same.value else { return }
            requireEntityFlag(e, rule, entity.siteLeaderSameAsLeader, field: "site_leader_same_as_leader",
                              "In \(name(e)) an authorized entity leader must also be each website's responsible person (网站负责人).",
                              fix: "Name the entity leader as the responsible person of every website, or name the legal representative as leader.",
                              evidence: same.evidence)
        }
    }

    /// Asks for an entity flag the draft leaves out, or reports it when it is false; true when the draft gives it.
    @discardableResult
    static func requireEntityFlag(_ e: Evaluation, _ rule: Rule, _ value: Bool?, field: String,
                                  _ message: @autoclosure () -> String, fix: @autoclosure () -> String,
                                  evidence: Evaluation.Evidence) -> Bool {
        guard let value else {
            e.missing(rule, at: Path.entity(field))
            return false
        }
        if !value { e.report(rule, at: Path.entity(field), message(), fix: fix(), evidence: evidence) }
        return true
    }

    /// Reports an entity leader who is not the legal representative, or asks for the fact when it is missing.
    private static func requireLegalRepresentativeAsLeader(_ e: Evaluation, _ rule: Rule, evidence: Evaluation.Evidence, _ message: String, fix: String) {
        requireEntityFlag(e, rule, e.draft.entity.leaderIsLegalRepresentative, field: "leader_is_legal_representative", message, fix: fix, evidence: evidence)
    }

    static func domainPrivacy(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.domainPrivacyOff, e), fact.value else { return }
        for i in e.sites.indices {
            for (j, domain) in e.draft.websites[i].domains.enumerated() {
                let path = { Path.domain(i, j, "privacy_protection") }
                guard let privacy = domain.privacyProtection else {
                    e.missing(rule, at: path())
                    continue
                }
                guard privacy else { continue }
                e.report(rule, at: path(),
                         "\(name(e)) is reported to check the domain holder in WHOIS; privacy protection on \(domain.name) hides it.",
                         fix: "Turn off the domain's privacy protection while the filing is reviewed.", evidence: fact.evidence)
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
        let who = e.isIndividual ? "an individual" : "an organization"
        let second = e.domainIndex[1]
        e.report(rule, at: Path.domain(second.site, second.index),
                 "\(name(e)) accepts one domain per submission once \(who) has more than \(threshold) websites filed; this entity has \(filed) and the draft has \(e.domainIndex.count) domains.",
                 fix: "Submit one domain now and each further domain in a submission of its own.", evidence: fact.evidence)
    }

    static func oneDomainOnFirstFiling(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.oneDomainOnFirstFiling, e), fact.value, e.domainIndex.count > 1 else { return }
        guard filedWebsites(e, rule) == 0 else { return }
        let second = e.domainIndex[1]
        e.report(rule, at: Path.domain(second.site, second.index),
                 "\(name(e)) accepts only one domain on a first filing; the draft has \(e.domainIndex.count).",
                 fix: "File one website with one domain first; add the other domains once that filing is approved.", evidence: fact.evidence)
    }

    static func financeNameLeader(_ e: Evaluation, _ rule: Rule) {
        guard !e.isIndividual, let fact = applicable(e.limits?.value.financeNameNeedsLegalRepresentative, e), fact.value else { return }
        var words = e.entityWords(.list("finance"))
        for i in e.sites.indices { words += e.words(in: i, .list("finance")) }
        guard let word = words.first else { return }
        requireLegalRepresentativeAsLeader(e, rule, evidence: fact.evidence,
                                           "\(name(e)) wants the legal representative as entity leader when the entity or a website name sounds financial (“\(word.text)”).",
                                           fix: "Name the legal representative as entity leader, or choose names without financial words.")
    }
}
