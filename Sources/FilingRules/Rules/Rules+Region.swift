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

    /// The filing province's short Chinese name, e.g. 浙江.
    static func nameZh(_ e: Evaluation) -> String { e.draft.entity.province.nameZh }

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
                 en: "The organization is registered in \(home.name) but files in \(name(e)); organizations can only file where their certificate is registered.",
                 fix: "File in \(home.name), or have a branch or subsidiary registered in \(name(e)) file instead.",
                 zh: "主办单位的证件登记在\(home.nameZh)，却在\(nameZh(e))备案；单位只能在证件登记地备案。",
                 fix: "到\(home.nameZh)备案，或由在\(nameZh(e))登记的分公司或子公司备案。")
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
                     en: "\(name(e)) accepts individual filings only from people with a local ID card; this ID card is from \(home.name).",
                     fix: "File in \(home.name), where the ID card was issued.",
                     zh: "\(nameZh(e))管局只受理持本地身份证的个人备案；该身份证签发地为\(home.nameZh)。",
                     fix: "到身份证签发地\(home.nameZh)备案。", evidence: policy.evidence)
        case .withProof:
            let accepted = applicable(e.limits?.value.acceptedProofs, e)
            let proofs = accepted?.value ?? [.residencePermit]
            guard let proof = e.given(entity.localProof, rule, at: Path.entity("local_proof")) else { return }
            var ok = proof != .none && proofs.contains(proof)
            if ok, proof == .residencePermit, let permit = entity.residencePermitProvince, permit != entity.province { ok = false }
            guard !ok else { return }
            let names = proofs.map { $0.label.lowercased() }.joined(separator: " or ")
            let evidence = accepted.map { a in
                Evaluation.Evidence(confidence: min(a.confidence, policy.confidence), sources: policy.sources + a.sources)
            } ?? policy.evidence
            e.report(rule, at: Path.entity("local_proof"),
                     en: "\(name(e)) accepts individuals from other provinces only with local proof (\(names)); the draft's ID card is from \(home.name) and no accepted proof is given.",
                     fix: "Get a \(name(e)) \(names) and give it under \(Words.field(.entity, "local_proof")) and \(Words.field(.entity, "residence_permit_province")), or file in \(home.name).",
                     zh: "\(nameZh(e))管局受理外省个人备案时须提供本地证明（\(proofs.map(\.chinese).joined(separator: "或"))）；草稿中的身份证签发地为\(home.nameZh)，且未提供可接受的证明。",
                     fix: "办理\(nameZh(e))的\(proofs.map(\.chinese).joined(separator: "或"))，并填入\(Words.fieldZh(.entity, "local_proof"))和\(Words.fieldZh(.entity, "residence_permit_province"))；或到\(home.nameZh)备案。",
                     evidence: evidence)
        }
    }

    static func oneWebsitePerApplication(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.websitesPerApplication, e), e.draft.websites.count > fact.value else { return }
        e.report(rule, at: Path.site(fact.value),
                 en: "\(name(e)) accepts \(fact.value == 1 ? "only one website" : "\(fact.value) websites") per application; this draft has \(e.draft.websites.count).",
                 fix: "Submit the first \(fact.value == 1 ? "website" : "\(fact.value) websites") now and the others in later applications, one after another.",
                 zh: "\(nameZh(e))管局每次申请只受理\(fact.value)个网站；本草稿有\(e.draft.websites.count)个。",
                 fix: "\(fact.value == 1 ? "先提交一个网站" : "先提交前\(fact.value)个网站")，其余的在之后的申请中依次提交。",
                 evidence: fact.evidence)
    }

    static func domainsPerSubmission(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.domainsPerSubmission, e), e.domainIndex.count > fact.value else { return }
        let first = e.domainIndex[fact.value]
        e.report(rule, at: Path.domain(first.site, first.index),
                 en: "\(name(e)) accepts \(fact.value == 1 ? "only one domain" : "at most \(fact.value) domains") in one submission; this draft has \(e.domainIndex.count).",
                 fix: "Split the domains over several submissions of at most \(fact.value).",
                 zh: "\(nameZh(e))管局每次提交最多受理\(fact.value)个域名；本草稿有\(e.domainIndex.count)个。",
                 fix: fact.value == 1 ? "每次只提交一个域名，分几次提交。" : "把域名分成几次提交，每次不超过\(fact.value)个。", evidence: fact.evidence)
    }

    static func minAge(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.minAge, e) else { return }
        let who = e.isIndividual ? "the person filing" : "the entity leader"
        guard let age = e.given(e.draft.entity.age, rule, at: Path.entity("age")) else { return }
        guard age < fact.value else { return }
        let lower = applicable(e.limits?.value.minAgeWithEmployment, e)
        if let lower, age >= lower.value, e.draft.entity.localProof == .employment { return }
        let whoZh = e.isIndividual ? "备案人" : "主体负责人"
        var fix = "\(name(e)) requires \(who) to be at least \(fact.value)."
        var fixZh = "\(nameZh(e))管局要求\(whoZh)年满\(fact.value)岁。"
        if let lower, age >= lower.value {
            fix += " From \(lower.value), proof of employment or income is accepted: choose \(Words.value(LocalProof.employment)) under \(Words.field(.entity, "local_proof")) once you have it."
            fixZh += "年满\(lower.value)岁的可提供就业或收入证明：取得后在\(Words.fieldZh(.entity, "local_proof"))中选择\(Words.valueZh(LocalProof.employment))。"
        } else {
            fix += e.isIndividual ? " Wait until then, or have an adult file." : " Name an entity leader who meets the age limit."
            fixZh += e.isIndividual ? "请到年龄后再备案，或由成年人备案。" : "请另选符合年龄要求的主体负责人。"
        }
        e.report(rule, at: Path.entity("age"),
                 en: "\(who.prefix(1).uppercased() + who.dropFirst()) is \(age); \(name(e)) accepts filings from \(fact.value).",
                 fix: fix,
                 zh: "\(whoZh)\(age)岁；\(nameZh(e))管局受理\(fact.value)岁及以上的备案。",
                 fix: fixZh, evidence: fact.evidence)
    }

    static func domainValidity(_ e: Evaluation, _ rule: Rule) {
        let fact = applicable(e.limits?.value.minDomainValidityDays, e)
        let typical = rule.int("typical_min_days") ?? 90
        for i in e.sites.indices {
            for (j, domain) in e.draft.websites[i].domains.enumerated() {
                let path = { Path.domain(i, j, "days_to_expiry") }
                guard let days = e.given(domain.daysToExpiry, rule, at: path()) else { continue }
                if days <= 0 {
                    e.report(rule, at: path(), en: "The domain \(domain.name) has expired.",
                             fix: "Renew the domain before filing; most administrations want at least three months left.",
                                               zh: "域名\(domain.name)已过期。",
                                               fix: "备案前先续费域名；多数管局要求域名有效期至少剩余三个月。")
                } else if let fact, days < fact.value {
                    e.report(rule, at: path(),
                             en: "The domain \(domain.name) expires in \(days) days; \(name(e)) wants at least \(fact.value).",
                             fix: "Renew the domain so that at least \(fact.value) days remain, then file.",
                             zh: "域名\(domain.name)将在\(days)天后到期；\(nameZh(e))管局要求至少剩余\(fact.value)天。",
                             fix: "续费域名，使有效期至少剩余\(fact.value)天后再备案。", evidence: fact.evidence)
                } else if fact == nil, days < typical {
                    e.report(rule, at: path(),
                             en: "The domain \(domain.name) expires in \(days) days; many administrations want at least \(typical).",
                             fix: "Renew the domain so that at least \(typical) days remain, then file.",
                             zh: "域名\(domain.name)将在\(days)天后到期；许多管局要求至少剩余\(typical)天。",
                             fix: "续费域名，使有效期至少剩余\(typical)天后再备案。",
                             evidence: .init(confidence: .medium, sources: []))
                }
            }
        }
    }

    static func localPhone(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.localPhone, e), fact.value,
              let phone = otherProvince(e, rule, "phone_province", e.draft.entity.phoneProvince) else { return }
        e.report(rule, at: Path.entity("phone_province"),
                 en: "\(name(e)) wants local contact phones; this mobile number is from \(phone.name).",
                 fix: "Give a mobile number registered in \(name(e)).",
                 zh: "\(nameZh(e))管局要求使用本地的联系电话；这个手机号码归属\(phone.nameZh)。",
                 fix: "填写归属\(nameZh(e))的手机号码。", evidence: fact.evidence)
    }

    static func publicInstitutionTLD(_ e: Evaluation, _ rule: Rule) {
        guard e.draft.entity.publicInstitution == true, let fact = applicable(e.limits?.value.publicInstitutionTLDs, e), !fact.value.isEmpty else { return }
        let shown = fact.value.map { ".\($0)" }.joined(separator: ", ")
        for i in e.sites.indices {
            for (j, domain) in e.draft.websites[i].domains.enumerated() where !fact.value.contains(where: { domain.name.hasSuffix("." + $0) }) {
                e.report(rule, at: Path.domain(i, j, "name"),
                         en: "In \(name(e)), government bodies and public institutions file only domains ending in \(shown); \(domain.name) does not.",
                         fix: "Use a domain ending in \(shown).",
                         zh: "在\(nameZh(e))，政府机关和事业单位只能备案以\(fact.value.map { ".\($0)" }.joined(separator: "、"))结尾的域名；\(domain.name)不符合。",
                         fix: "改用以\(fact.value.map { ".\($0)" }.joined(separator: "、"))结尾的域名。", evidence: fact.evidence)
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
                                               en: "\(name(e)) accepts only the organization's legal representative (法定代表人) as entity leader (主体负责人).",
                                               fix: "Name the legal representative as entity leader.",
                                               zh: "\(nameZh(e))管局只接受主办单位的法定代表人担任主体负责人。",
                                               fix: "请将法定代表人填为主体负责人。")
        case .authorizationLetter:
            guard let isLegal = e.given(entity.leaderIsLegalRepresentative, rule, at: Path.entity("leader_is_legal_representative"))
            else { return }
            guard !isLegal else { return }
            guard requireEntityFlag(e, rule, entity.leaderAuthorizationLetter, field: "leader_authorization_letter",
                                    en: "In \(name(e)) an entity leader who is not the legal representative needs the legal representative's letter of authorization (授权书), and the draft has none.",
                                    fix: "Have the legal representative sign and stamp a letter authorizing the entity leader, or name the legal representative as leader.",
                                    zh: "在\(nameZh(e))，主体负责人不是法定代表人时，须提供法定代表人出具的授权书，而草稿中没有。",
                                    fix: "请法定代表人签字并加盖公章，出具授权主体负责人的授权书；或将法定代表人填为主体负责人。",
                                    evidence: fact.evidence) else { return }
            guard let same = applicable(e.limits?.value.leaderSameAsSiteLeader, e), same.value else { return }
            requireEntityFlag(e, rule, entity.siteLeaderSameAsLeader, field: "site_leader_same_as_leader",
                              en: "In \(name(e)) an authorized entity leader must also be each website's responsible person (网站负责人).",
                              fix: "Name the entity leader as the responsible person of every website, or name the legal representative as leader.",
                              zh: "在\(nameZh(e))，经授权的主体负责人还须同时担任每个网站的网站负责人。",
                              fix: "将主体负责人填为每个网站的网站负责人，或将法定代表人填为主体负责人。",
                              evidence: same.evidence)
        }
    }

    /// Asks for an entity flag the draft leaves out, or reports it when it is false; true when the draft gives it.
    @discardableResult
    static func requireEntityFlag(_ e: Evaluation, _ rule: Rule, _ value: Bool?, field: String,
                                  en message: @autoclosure () -> String, fix: @autoclosure () -> String,
                                  zh messageZh: @autoclosure () -> String, fix fixZh: @autoclosure () -> String,
                                  evidence: Evaluation.Evidence) -> Bool {
        guard let value else {
            e.missing(rule, at: Path.entity(field))
            return false
        }
        if !value {
            e.report(rule, at: Path.entity(field), en: message(), fix: fix(), zh: messageZh(), fix: fixZh(), evidence: evidence)
        }
        return true
    }

    /// Reports an entity leader who is not the legal representative, or asks for the fact when it is missing.
    private static func requireLegalRepresentativeAsLeader(_ e: Evaluation, _ rule: Rule, evidence: Evaluation.Evidence,
                                                           en message: String, fix: String, zh messageZh: String, fix fixZh: String) {
        requireEntityFlag(e, rule, e.draft.entity.leaderIsLegalRepresentative, field: "leader_is_legal_representative",
                          en: message, fix: fix, zh: messageZh, fix: fixZh, evidence: evidence)
    }

    static func domainPrivacy(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.domainPrivacyOff, e), fact.value else { return }
        for i in e.sites.indices {
            for (j, domain) in e.draft.websites[i].domains.enumerated() {
                let path = { Path.domain(i, j, "privacy_protection") }
                guard let privacy = e.given(domain.privacyProtection, rule, at: path()) else { continue }
                guard privacy else { continue }
                e.report(rule, at: path(),
                         en: "\(name(e)) is reported to check the domain holder in WHOIS; privacy protection on \(domain.name) hides it.",
                         fix: "Turn off the domain's privacy protection while the filing is reviewed.",
                         zh: "据报\(nameZh(e))管局会通过WHOIS核验域名持有者；\(domain.name)开启的隐私保护会将其隐藏。",
                         fix: "在备案审核期间关闭域名的隐私保护。", evidence: fact.evidence)
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
                 en: "\(name(e)) accepts one domain per submission once \(who) has more than \(threshold) websites filed; this entity has \(filed) and the draft has \(e.domainIndex.count) domains.",
                 fix: "Submit one domain now and each further domain in a submission of its own.",
                 zh: "\(e.isIndividual ? "个人" : "单位")已备案网站超过\(threshold)个时，\(nameZh(e))管局每次只受理一个域名；本主体已有\(filed)个，草稿中有\(e.domainIndex.count)个域名。",
                 fix: "这次只提交一个域名，其余每个域名单独提交。", evidence: fact.evidence)
    }

    static func oneDomainOnFirstFiling(_ e: Evaluation, _ rule: Rule) {
        guard let fact = applicable(e.limits?.value.oneDomainOnFirstFiling, e), fact.value, e.domainIndex.count > 1 else { return }
        guard filedWebsites(e, rule) == 0 else { return }
        let second = e.domainIndex[1]
        e.report(rule, at: Path.domain(second.site, second.index),
                 en: "\(name(e)) accepts only one domain on a first filing; the draft has \(e.domainIndex.count).",
                 fix: "File one website with one domain first; add the other domains once that filing is approved.",
                 zh: "\(nameZh(e))管局首次备案只受理一个域名；本草稿有\(e.domainIndex.count)个。",
                 fix: "先为一个网站、一个域名备案；备案通过后再添加其他域名。", evidence: fact.evidence)
    }

    static func financeNameLeader(_ e: Evaluation, _ rule: Rule) {
        guard !e.isIndividual, let fact = applicable(e.limits?.value.financeNameNeedsLegalRepresentative, e), fact.value else { return }
        var words = e.entityWords(.list("finance"))
        for i in e.sites.indices { words += e.words(in: i, .list("finance")) }
        guard let word = words.first else { return }
        requireLegalRepresentativeAsLeader(e, rule, evidence: fact.evidence,
                                           en: "\(name(e)) wants the legal representative as entity leader when the entity or a website name sounds financial (“\(word.text)”).",
                                           fix: "Name the legal representative as entity leader, or choose names without financial words.",
                                           zh: "主体名称或网站名称带有金融字样（“\(word.text)”）时，\(nameZh(e))管局要求由法定代表人担任主体负责人。",
                                           fix: "将法定代表人填为主体负责人，或改用不含金融字样的名称。")
    }
}
