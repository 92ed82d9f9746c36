/// Domain requirements (`domains/`).
enum DomainRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("domain/tld-approved", run: tldApproved),
        RuleDefinition("domain/registrar-approved", run: registrarApproved),
        RuleDefinition("domain/real-name-verified", run: realNameVerified),
        RuleDefinition("domain/real-name-sync", options: ["min_days": .number], run: realNameSync),
        RuleDefinition("domain/holder-matches-entity", run: holderMatchesEntity),
        RuleDefinition("domain/one-domain-per-website", run: oneDomainPerWebsite),
    ]

    /// Calls `body` with each domain and its website and domain indices.
    @inline(__always)
    static func forEachDomain(_ e: Evaluation, _ body: (Int, Int, Domain) -> Void) {
        for ref in e.domainIndex { body(ref.site, ref.index, e.draft.websites[ref.site].domains[ref.index]) }
    }

    static func tldApproved(_ e: Evaluation, _ rule: Rule) {
        let refused = RegionRules.applicable(e.limits?.value.refusedTLDs, e)
        for (k, ref) in e.domainIndex.enumerated() {
            let (i, j) = (ref.site, ref.index)
            let domain = e.draft.websites[i].domains[j]
            let (suffix, entry) = e.domainSuffixes[k]
            if refused == nil, entry?.status == .approved { continue }
            let path = { Path.domain(i, j, "name") }
            if let refused, let hit = refused.value.first(where: { domain.name.hasSuffix("." + $0) }) {
                e.report(rule, at: path(),
                         en: "\(RegionRules.name(e)) refuses domains ending in .\(hit), such as \(domain.name).",
                         fix: "Use a domain with an accepted suffix such as .cn or .com.",
                         zh: "\(RegionRules.nameZh(e))管局不受理以.\(hit)结尾的域名，例如\(domain.name)。",
                         fix: "改用可受理的后缀，如.cn或.com。", evidence: refused.evidence)
            } else if let entry, entry.status == .refused {
                e.report(rule, at: path(),
                         en: "The suffix .\(entry.suffix) of \(domain.name) is not approved by MIIT, so the domain cannot be filed.",
                         fix: "Use a domain with an approved suffix (check domain.miit.gov.cn), such as .cn or .com.",
                         zh: "\(domain.name)的后缀.\(entry.suffix)未获工信部批准，无法备案。",
                         fix: "改用已获批准的后缀（可在domain.miit.gov.cn查询），如.cn或.com。",
                         evidence: entry.evidence)
            } else if entry == nil {
                e.report(rule, at: path(),
                         en: "The suffix .\(suffix) of \(domain.name) is not in the handbook's list of approved suffixes.",
                         fix: "Check that MIIT has approved .\(suffix) (domain.miit.gov.cn) before filing; if not, use an approved suffix.",
                         zh: "\(domain.name)的后缀.\(suffix)不在本手册收录的已批准后缀中。",
                         fix: "备案前请在domain.miit.gov.cn确认工信部已批准.\(suffix)；如未批准，请改用已批准的后缀。",
                         evidence: .init(confidence: .low, sources: []))
            }
        }
    }

    static func registrarApproved(_ e: Evaluation, _ rule: Rule) {
        requireDomainFlag(e, rule, "registrar_approved", \.registrarApproved,
                          en: { "\($0) is registered with a registrar MIIT has not approved." },
                          fix: "Transfer the domain to a registrar approved by MIIT (a mainland China registrar) and complete real-name verification there.",
                          zh: { "\($0)的注册商未获工信部批准。" },
                          fix: "将域名转入工信部批准的注册商（境内注册商），并在那里完成实名认证。")
    }

    static func realNameVerified(_ e: Evaluation, _ rule: Rule) {
        requireDomainFlag(e, rule, "real_name_verified", \.realNameVerified,
                          en: { "\($0) has not completed real-name verification." },
                          fix: "Complete real-name verification with the registrar, in the same name as the filing entity.",
                          zh: { "\($0)尚未完成实名认证。" },
                          fix: "在注册商处完成域名实名认证，认证名称须与备案主体一致。")
    }

    /// Asks for a yes/no fact of each domain the draft leaves out, and reports each domain where it is no.
    private static func requireDomainFlag(_ e: Evaluation, _ rule: Rule, _ key: String, _ flag: KeyPath<Domain, Bool?>,
                                          en message: (String) -> String, fix: String,
                                          zh messageZh: (String) -> String, fix fixZh: String) {
        forEachDomain(e) { i, j, domain in
            guard let value = e.given(domain[keyPath: flag], rule, at: Path.domain(i, j, key)) else { return }
            if !value {
                e.report(rule, at: Path.domain(i, j, key), en: message(domain.name), fix: fix, zh: messageZh(domain.name), fix: fixZh)
            }
        }
    }

    static func realNameSync(_ e: Evaluation, _ rule: Rule) {
        let minimum = rule.int("min_days") ?? 5
        forEachDomain(e) { i, j, domain in
            guard domain.realNameVerified == true else { return }
            let path = { Path.domain(i, j, "verified_days_ago") }
            guard let days = e.given(domain.verifiedDaysAgo, rule, at: path()) else { return }
            guard days < minimum else { return }
            e.report(rule, at: path(),
                     en: "\(domain.name) was verified \(days) day\(days == 1 ? "" : "s") ago; new real-name data takes about three business days to reach MIIT.",
                     fix: "Wait until about \(minimum) days have passed since verification, then file.",
                     zh: "\(domain.name)在\(days)天前完成实名认证；新的实名信息约需三个工作日才能同步到工信部。",
                     fix: "等实名认证满约\(minimum)天后再提交备案。")
        }
    }

    static func holderMatchesEntity(_ e: Evaluation, _ rule: Rule) {
        forEachDomain(e) { i, j, domain in
            let path = { Path.domain(i, j, "holder") }
            guard let holder = e.given(domain.holder, rule, at: path()) else { return }
            // Names compare ignoring spaces, full-width forms and ASCII case.
            guard holder != e.draft.entity.name, NormalizedText.compact(holder) != e.entityCompact else { return }
            if e.isIndividual {
                e.report(rule, at: path(),
                         en: "\(domain.name) is held by \(holder.quoted), not by the person filing, \(e.draft.entity.name.quoted).",
                         fix: "Transfer the domain to the person filing (holder name and ID must match), or have the holder file.",
                         zh: "\(domain.name)的持有者是\(holder.quoted)，不是备案人\(e.draft.entity.name.quoted)。",
                         fix: "将域名过户到备案人名下（持有者姓名和证件须一致），或由持有者本人备案。")
            } else {
                e.report(rule, at: path(),
                         en: "\(domain.name) is held by \(holder.quoted), not by the organization filing, \(e.draft.entity.name.quoted).",
                         fix: "Change the domain holder to the organization's registered name. A few provinces accept the legal representative or entity leader; check the province page.",
                         zh: "\(domain.name)的持有者是\(holder.quoted)，不是主办单位\(e.draft.entity.name.quoted)。",
                         fix: "将域名持有者变更为主办单位的注册名称。少数省份接受法定代表人或主体负责人持有，请查看该省的页面。",
                         evidence: .init(confidence: .medium, sources: []))
            }
        }
    }

    static func oneDomainPerWebsite(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices where e.draft.websites[i].domains.count > 1 {
            e.report(rule, at: Path.domain(i, 1),
                     en: "The website \(e.draft.websites[i].name.quoted) lists \(e.draft.websites[i].domains.count) domains; each website entry may have only one.",
                     fix: "Keep one domain on this website and file each other domain as a website of its own.",
                     zh: "网站\(e.draft.websites[i].name.quoted)填了\(e.draft.websites[i].domains.count)个域名；每个网站只能填一个域名。",
                     fix: "这个网站只保留一个域名，其余每个域名各作为一个网站备案。")
        }
    }
}
