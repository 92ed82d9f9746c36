/// Domain requirements (`domains/`).
enum DomainRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("domain/tld-approved", messages: [
            "refused-by-province": ["province", "suffix", "domain"], "not-approved": ["suffix", "domain"], "unknown": ["suffix", "domain"],
        ], run: tldApproved),
        RuleDefinition("domain/registrar-approved", messages: ["not-approved": ["domain"]], run: registrarApproved),
        RuleDefinition("domain/real-name-verified", messages: ["not-verified": ["domain"]], run: realNameVerified),
        RuleDefinition("domain/real-name-sync", options: ["min_days": .number], messages: ["too-recent": ["domain", "days", "minimum"]],
                       run: realNameSync),
        RuleDefinition("domain/holder-matches-entity", messages: ["individual": ["domain", "holder", "entity"], "organization": ["domain", "holder", "entity"]],
                       run: holderMatchesEntity),
        RuleDefinition("domain/one-domain-per-website", messages: ["several": ["website", "count"]], run: oneDomainPerWebsite),
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
                e.report(rule, "refused-by-province", at: path(), ["province": e.province, "suffix": "\(hit)", "domain": "\(domain.name)"],
                         evidence: refused.evidence)
            } else if let entry, entry.status == .refused {
                e.report(rule, "not-approved", at: path(), ["suffix": "\(entry.suffix)", "domain": "\(domain.name)"], evidence: entry.evidence)
            } else if entry == nil {
                e.report(rule, "unknown", at: path(), ["suffix": "\(suffix)", "domain": "\(domain.name)"],
                         evidence: .init(confidence: .low, sources: []))
            }
        }
    }

    static func registrarApproved(_ e: Evaluation, _ rule: Rule) {
        requireDomainFlag(e, rule, "registrar_approved", \.registrarApproved, message: "not-approved")
    }

    static func realNameVerified(_ e: Evaluation, _ rule: Rule) {
        requireDomainFlag(e, rule, "real_name_verified", \.realNameVerified, message: "not-verified")
    }

    /// Asks for a yes/no fact of each domain the draft leaves out, and reports each domain where it is no.
    private static func requireDomainFlag(_ e: Evaluation, _ rule: Rule, _ key: String, _ flag: KeyPath<Domain, Bool?>, message: String) {
        forEachDomain(e) { i, j, domain in
            guard let value = e.given(domain[keyPath: flag], rule, at: Path.domain(i, j, key)), !value else { return }
            e.report(rule, message, at: Path.domain(i, j, key), ["domain": "\(domain.name)"])
        }
    }

    static func realNameSync(_ e: Evaluation, _ rule: Rule) {
        let minimum = rule.int("min_days") ?? 5
        forEachDomain(e) { i, j, domain in
            guard domain.realNameVerified == true else { return }
            let path = { Path.domain(i, j, "verified_days_ago") }
            guard let days = e.given(domain.verifiedDaysAgo, rule, at: path()), days < minimum else { return }
            e.report(rule, "too-recent", at: path(),
                     ["domain": "\(domain.name)", "days": .count(days, "day", zh: "天"), "minimum": "\(minimum)"])
        }
    }

    static func holderMatchesEntity(_ e: Evaluation, _ rule: Rule) {
        forEachDomain(e) { i, j, domain in
            let path = { Path.domain(i, j, "holder") }
            guard let holder = e.given(domain.holder, rule, at: path()) else { return }
            // Names compare ignoring spaces, full-width forms and ASCII case.
            guard holder != e.draft.entity.name, NormalizedText.compact(holder) != e.entityCompact else { return }
            let values: [String: Phrase] = ["domain": "\(domain.name)", "holder": "\(holder.quoted)", "entity": e.entityName]
            if e.isIndividual {
                e.report(rule, "individual", at: path(), values)
            } else {
                e.report(rule, "organization", at: path(), values, evidence: .init(confidence: .medium, sources: []))
            }
        }
    }

    static func oneDomainPerWebsite(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices where e.draft.websites[i].domains.count > 1 {
            e.report(rule, "several", at: Path.domain(i, 1),
                     ["website": e.website(i), "count": "\(e.draft.websites[i].domains.count)"])
        }
    }
}
