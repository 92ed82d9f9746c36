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

    /// Every domain with its pointer.
    static func domains(_ e: Evaluation) -> [(i: Int, j: Int, domain: Domain)] {
        var result: [(Int, Int, Domain)] = []
        for (i, site) in e.draft.websites.enumerated() {
            for (j, domain) in site.domains.enumerated() { result.append((i, j, domain)) }
        }
        return result
    }

    static func tldApproved(_ e: Evaluation, _ rule: RuleEntry) {
        let refused = RegionRules.limit(e, \.refusedTLDs)
        for (i, j, domain) in domains(e) {
            let (suffix, entry) = e.book.tld(for: domain.name)
            let path = Path.domain(i, j, "name")
            if let refused, let hit = refused.value.first(where: { domain.name.hasSuffix("." + $0) }) {
                e.report(rule.id, at: path,
                         "\(RegionRules.name(e)) refuses domains ending in .\(hit), such as \(domain.name).",
                         fix: "Use a domain with an accepted suffix such as .cn or .com.", evidence: refused.evidence)
            } else if let entry, entry.status == .refused {
                e.report(rule.id, at: path,
                         "The suffix .\(entry.suffix) of \(domain.name) is not approved by MIIT, so the domain cannot be filed.",
                         fix: "Use a domain with an approved suffix (check domain.miit.gov.cn), such as .cn or .com.",
                         evidence: entry.evidence)
            } else if entry == nil {
                e.report(rule.id, at: path,
                         "The suffix .\(suffix) of \(domain.name) is not in the handbook's list of approved suffixes.",
                         fix: "Check that MIIT has approved .\(suffix) (domain.miit.gov.cn) before filing; if not, use an approved suffix.",
                         evidence: .init(confidence: .low, sources: []))
            }
        }
    }

    static func registrarApproved(_ e: Evaluation, _ rule: RuleEntry) {
        for (i, j, domain) in domains(e) {
            let path = Path.domain(i, j, "registrar_approved")
            guard let approved = domain.registrarApproved else {
                e.missing(rule.id, at: path, need: "`registrar_approved` of each domain")
                continue
            }
            guard !approved else { continue }
            e.report(rule.id, at: path,
                     "\(domain.name) is registered with a registrar MIIT has not approved.",
                     fix: "Transfer the domain to a registrar approved by MIIT (a mainland China registrar) and complete real-name verification there.")
        }
    }

    static func realNameVerified(_ e: Evaluation, _ rule: RuleEntry) {
        for (i, j, domain) in domains(e) {
            let path = Path.domain(i, j, "real_name_verified")
            guard let verified = domain.realNameVerified else {
                e.missing(rule.id, at: path, need: "`real_name_verified` of each domain")
                continue
            }
            guard !verified else { continue }
            e.report(rule.id, at: path,
                     "\(domain.name) has not completed real-name verification.",
                     fix: "Complete real-name verification with the registrar, in the same name as the filing entity.")
        }
    }

    static func realNameSync(_ e: Evaluation, _ rule: RuleEntry) {
        let minimum = rule.int("min_days") ?? 5
        for (i, j, domain) in domains(e) where domain.realNameVerified == true {
            let path = Path.domain(i, j, "verified_days_ago")
            guard let days = domain.verifiedDaysAgo else {
                e.missing(rule.id, at: path, need: "`verified_days_ago` of each verified domain")
                continue
            }
            guard days < minimum else { continue }
            e.report(rule.id, at: path,
                     "\(domain.name) was verified \(days) day\(days == 1 ? "" : "s") ago; new real-name data takes about three business days to reach MIIT.",
                     fix: "Wait until about \(minimum) days have passed since verification, then file.")
        }
    }

    /// Compares names ignoring spaces, full-width forms and ASCII case.
    static func sameName(_ a: String, _ b: String) -> Bool {
        NormalizedText(a).compact == NormalizedText(b).compact
    }

    static func holderMatchesEntity(_ e: Evaluation, _ rule: RuleEntry) {
        for (i, j, domain) in domains(e) {
            let path = Path.domain(i, j, "holder")
            guard let holder = domain.holder else {
                e.missing(rule.id, at: path, need: "`holder` of each domain")
                continue
            }
            guard !sameName(holder, e.draft.entity.name) else { continue }
            if e.isIndividual {
                e.report(rule.id, at: path,
                         "\(domain.name) is held by \(holder.quoted), not by the person filing, \(e.draft.entity.name.quoted).",
                         fix: "Transfer the domain to the person filing (holder name and ID must match), or have the holder file.")
            } else {
                e.report(rule.id, at: path,
                         "\(domain.name) is held by \(holder.quoted), not by the organization filing, \(e.draft.entity.name.quoted).",
                         fix: "Change the domain holder to the organization's registered name. A few provinces accept the legal representative or entity leader; check the province page.",
                         evidence: .init(confidence: .medium, sources: []))
            }
        }
    }

    static func oneDomainPerWebsite(_ e: Evaluation, _ rule: RuleEntry) {
        for (i, site) in e.draft.websites.enumerated() where site.domains.count > 1 {
            e.report(rule.id, at: Path.domain(i, 1),
                     "The website \(site.name.quoted) lists \(site.domains.count) domains; each website entry may have only one.",
                     fix: "Keep one domain on this website and file each other domain as a website of its own.")
        }
    }
}

extension TLD {
    var evidence: Evaluation.Evidence { .init(confidence: confidence, sources: sources) }
}
