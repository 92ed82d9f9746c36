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
                         "\(RegionRules.name(e)) refuses domains ending in .\(hit), such as \(domain.name).",
                         fix: "Use a domain with an accepted suffix such as .cn or .com.", evidence: refused.evidence)
            } else if let entry, entry.status == .refused {
                e.report(rule, at: path(),
                         "The suffix .\(entry.suffix) of \(domain.name) is not approved by MIIT, so the domain cannot be filed.",
                         fix: "Use a domain with an approved suffix (check domain.miit.gov.cn), such as .cn or .com.",
                         evidence: entry.evidence)
            } else if entry == nil {
                e.report(rule, at: path(),
                         "The suffix .\(suffix) of \(domain.name) is not in the handbook's list of approved suffixes.",
                         fix: "Check that MIIT has approved .\(suffix) (domain.miit.gov.cn) before filing; if not, use an approved suffix.",
                         evidence: .init(confidence: .low, sources: []))
            }
        }
    }

    static func registrarApproved(_ e: Evaluation, _ rule: Rule) {
        requireDomainFlag(e, rule, "registrar_approved", \.registrarApproved,
                          message: { "\($0) is registered with a registrar MIIT has not approved." },
                          fix: "Transfer the domain to a registrar approved by MIIT (a mainland China registrar) and complete real-name verification there.")
    }

    static func realNameVerified(_ e: Evaluation, _ rule: Rule) {
        requireDomainFlag(e, rule, "real_name_verified", \.realNameVerified,
                          message: { "\($0) has not completed real-name verification." },
                          fix: "Complete real-name verification with the registrar, in the same name as the filing entity.")
    }

    /// Asks for a yes/no fact of each domain the draft leaves out, and reports each domain where it is no.
    private static func requireDomainFlag(_ e: Evaluation, _ rule: Rule, _ key: String, _ flag: KeyPath<Domain, Bool?>,
                                          message: (String) -> String, fix: String) {
        forEachDomain(e) { i, j, domain in
            guard let value = domain[keyPath: flag] else {
                e.missing(rule, at: Path.domain(i, j, key))
                return
            }
            if !value { e.report(rule, at: Path.domain(i, j, key), message(domain.name), fix: fix) }
        }
    }

    static func realNameSync(_ e: Evaluation, _ rule: Rule) {
        let minimum = rule.int("min_days") ?? 5
        forEachDomain(e) { i, j, domain in
            guard domain.realNameVerified == true else { return }
            let path = { Path.domain(i, j, "verified_days_ago") }
            guard let days = domain.verifiedDaysAgo else {
                e.missing(rule, at: path())
                return
            }
            guard days < minimum else { return }
            e.report(rule, at: path(),
                     "\(domain.name) was verified \(days) day\(days == 1 ? "" : "s") ago; new real-name data takes about three business days to reach MIIT.",
                     fix: "Wait until about \(minimum) days have passed since verification, then file.")
        }
    }

    static func holderMatchesEntity(_ e: Evaluation, _ rule: Rule) {
        forEachDomain(e) { i, j, domain in
            let path = { Path.domain(i, j, "holder") }
            guard let holder = domain.holder else {
                e.missing(rule, at: path())
                return
            }
            // Names compare ignoring spaces, full-width forms and ASCII case.
            guard holder != e.draft.entity.name, NormalizedText.compact(holder) != e.entityCompact else { return }
            if e.isIndividual {
                e.report(rule, at: path(),
                         "\(domain.name) is held by \(holder.quoted), not by the person filing, \(e.draft.entity.name.quoted).",
                         fix: "Transfer the domain to the person filing (holder name and ID must match), or have the holder file.")
            } else {
                e.report(rule, at: path(),
                         "\(domain.name) is held by \(holder.quoted), not by the organization filing, \(e.draft.entity.name.quoted).",
                         fix: "Change the domain holder to the organization's registered name. A few provinces accept the legal representative or entity leader; check the province page.",
                         evidence: .init(confidence: .medium, sources: []))
            }
        }
    }

    static func oneDomainPerWebsite(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices where e.draft.websites[i].domains.count > 1 {
            e.report(rule, at: Path.domain(i, 1),
                     "The website \(e.draft.websites[i].name.quoted) lists \(e.draft.websites[i].domains.count) domains; each website entry may have only one.",
                     fix: "Keep one domain on this website and file each other domain as a website of its own.")
        }
    }
}
