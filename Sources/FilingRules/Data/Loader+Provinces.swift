import Yams

/// `provinces.yaml`: the 31 divisions and their limits.
extension Loader {
    static let provinceKeys = ["slug", "name", "name_zh", "full_name_zh", "abbreviation", "aliases", "region",
                               "reviewed", "confidence", "sources", "limits", "note"]
    static let limitKeys = ["value", "sources", "confidence", "note", "applies_to"]

    mutating func provinces(_ files: [DataFile]) -> [Province] {
        guard let (reader, root) = reader(for: "provinces.yaml", in: files, topKeys: ["provinces"]) else { return [] }
        var result: [Province] = []
        for e in entries(root, key: "provinces", file: "provinces.yaml") {
            e.checkKeys(Self.provinceKeys, what: "a province")
            guard let slug = e.string("slug", what: "a province") else { continue }
            guard let id = ProvinceID(rawValue: slug) else {
                var help = "the slugs are: \(ProvinceID.allCases.map(\.rawValue).joined(separator: ", "))"
                if let guess = EditDistance.suggestion(for: slug, among: ProvinceID.allCases.map(\.rawValue)) {
                    help = "did you mean `\(guess)`? " + help
                }
                reader.error(e.node("slug")?.mark?.line, "unknown province slug `\(slug)`", help: help)
                continue
            }
            let what = "province `\(slug)`"
            if result.contains(where: { $0.id == id }) { reader.error(e.line, "duplicate \(what)") }
            let sources = e.sources(what: what)
            let aliases = e.strings("aliases", what: what, required: false) ?? []
            for alias in aliases {
                if let other = ProvinceID(named: alias), other != id {
                    reader.error(e.node("aliases")?.mark?.line, "alias `\(alias)` of \(what) already names `\(other.rawValue)`")
                }
            }
            let region = e.string("region", what: what)
            if let region, !Self.provinceRegions.contains(region) {
                reader.error(e.node("region")?.mark?.line, "`region` of \(what) is `\(region)`", help: "accepted: \(Self.provinceRegions.joined(separator: ", "))")
            }
            let limits = self.limits(e, what: what)
            if let date = e.date("reviewed", what: what) { reviewedDates.append(date) }
            guard let name = e.string("name", what: what), let nameZh = e.string("name_zh", what: what),
                let fullNameZh = e.string("full_name_zh", what: what), let abbreviation = e.string("abbreviation", what: what),
                let region, let reviewed = e.string("reviewed", what: what), let confidence = e.confidence(what: what)
            else { continue }
            result.append(Province(
                id: id, name: name, nameZh: nameZh, fullNameZh: fullNameZh, abbreviation: abbreviation,
                aliases: aliases, region: region, reviewed: reviewed, confidence: confidence, sources: sources, limits: limits))
        }
        let missing = ProvinceID.allCases.filter { id in !result.contains { $0.id == id } }
        if !missing.isEmpty, !result.isEmpty {
            reader.error(root.line, "provinces missing: \(missing.map(\.rawValue).joined(separator: ", "))",
                         help: "every one of the 31 provincial-level divisions needs an entry, even with no limits")
        }
        return result.sorted { $0.id < $1.id }
    }

    private func limits(_ e: DataReader.Entry, what: String) -> ProvinceLimits {
        var limits = ProvinceLimits()
        guard let node = e.node("limits") else { return limits }
        guard let map = e.reader.entry(node, what: "`limits` of \(what)") else { return limits }
        map.checkKeys(ProvinceLimits.keys, what: "the limits of \(what)")
        func fact<T>(_ key: String, _ read: (Node, DataReader.Entry) -> T?) -> Fact<T>? {
            guard let limitNode = map.node(key), let entry = e.reader.entry(limitNode, what: "limit `\(key)` of \(what)") else { return nil }
            let w = "limit `\(key)` of \(what)"
            entry.checkKeys(Self.limitKeys, what: w)
            let sources = entry.sources(what: w)
            let confidence = entry.confidence(what: w)
            let appliesTo: EntityType? = entry.enumeration("applies_to", what: w, required: false)
            guard let valueNode = entry.node("value") else { entry.missing("value", what: w); return nil }
            guard let value = read(valueNode, entry), let confidence else { return nil }
            return Fact(value: value, sources: sources, confidence: confidence,
                        note: entry.string("note", what: w, required: false), appliesTo: appliesTo)
        }
        func int(_ key: String) -> Fact<Int>? {
            fact(key) { _, entry in
                guard let v = entry.int("value", what: "limit `\(key)` of \(what)") else { return nil }
                if v < 0 { entry.reader.error(entry.line, "limit `\(key)` of \(what) must be 0 or more") }
                return v
            }
        }
        func bool(_ key: String) -> Fact<Bool>? {
            fact(key) { _, entry in entry.bool("value", what: "limit `\(key)` of \(what)") }
        }
        func suffixes(_ key: String) -> Fact<[String]>? {
            fact(key) { _, entry in entry.strings("value", what: "limit `\(key)` of \(what)")?.map(Self.suffix) }
        }
        limits.individualNonLocal = fact("individual_non_local") { _, entry in
            entry.enumeration("value", what: "limit `individual_non_local` of \(what)")
        }
        limits.acceptedProofs = fact("accepted_proofs") { _, entry in
            guard let names = entry.strings("value", what: "limit `accepted_proofs` of \(what)") else { return nil }
            var proofs: [LocalProof] = []
            for name in names {
                if let proof = LocalProof(rawValue: name), proof != .none { proofs.append(proof) } else {
                    entry.reader.error(entry.node("value")?.mark?.line, "unknown proof `\(name)` in \(what)",
                                       help: "accepted: residence_permit, student_card, employment")
                }
            }
            return proofs
        }
        limits.minAge = int("min_age")
        limits.minAgeWithEmployment = int("min_age_with_employment")
        limits.minDomainValidityDays = int("min_domain_validity_days")
        limits.websitesPerApplication = int("websites_per_application")
        limits.domainsPerSubmission = int("domains_per_submission")
        limits.localPhone = bool("local_phone")
        limits.leaderMustBeLegalRepresentative = bool("leader_must_be_legal_representative")
        limits.publicInstitutionTLDs = suffixes("public_institution_tlds")
        limits.domainPrivacyOff = bool("domain_privacy_off")
        limits.refusedTLDs = suffixes("refused_tlds")
        limits.oneDomainAfterFiledWebsites = fact("one_domain_after_filed_websites") { valueNode, entry in
            let w = "the value of limit `one_domain_after_filed_websites` of \(what)"
            guard let counts = entry.reader.entry(valueNode, what: w) else { return nil }
            counts.checkKeys(EntityType.allCases.map(\.rawValue), what: w)
            let threshold = FiledWebsitesThreshold(
                individual: counts.int("individual", what: w, required: false),
                organization: counts.int("organization", what: w, required: false))
            guard threshold.individual != nil || threshold.organization != nil else {
                entry.reader.error(valueNode.mark?.line, "\(w) names no entity type", help: "write `{individual: 7, organization: 15}`")
                return nil
            }
            return threshold
        }
        limits.oneDomainOnFirstFiling = bool("one_domain_on_first_filing")
        limits.financeNameNeedsLegalRepresentative = bool("finance_name_needs_legal_representative")
        return limits
    }
}
