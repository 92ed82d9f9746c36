import Yams

/// `provinces.yaml`: the 31 divisions and their limits.
extension Loader {
    static let provinceKeys = ["slug", "name", "name_zh", "full_name_zh", "abbreviation", "aliases", "region",
                               "reviewed", "confidence", "sources", "limits", "note", "requirements", "materials"]
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
            let reviewedDate = e.string("reviewed", what: what, required: false)
            let limits = self.limits(e, what: what, reviewed: reviewedDate)
            let materials = self.materials(e, what: what, reviewed: reviewedDate)
            requirements(e, what: what, reviewed: reviewedDate)
            if let date = e.date("reviewed", what: what) { reviewedDates.append(date) }
            guard let name = e.string("name", what: what), let nameZh = e.string("name_zh", what: what),
                let fullNameZh = e.string("full_name_zh", what: what), let abbreviation = e.string("abbreviation", what: what),
                let region, let reviewed = e.string("reviewed", what: what), let confidence = e.confidence(what: what)
            else { continue }
            result.append(Province(
                id: id, name: name, nameZh: nameZh, fullNameZh: fullNameZh, abbreviation: abbreviation,
                aliases: aliases, region: region, reviewed: reviewed, confidence: confidence, sources: sources, limits: limits, materials: materials))
        }
        let missing = ProvinceID.allCases.filter { id in !result.contains { $0.id == id } }
        if !missing.isEmpty, !result.isEmpty {
            reader.error(root.line, "provinces missing: \(missing.map(\.rawValue).joined(separator: ", "))",
                         help: "every one of the 31 provincial-level divisions needs an entry, even with no limits")
        }
        return result.sorted { $0.id < $1.id }
    }

    static let materialKeys = ["id", "note", "sources", "confidence"]
    static let requirementKeys = ["text", "applies_to", "sources", "confidence", "note"]

    /// `materials: {organization: [...], individual: [...]}`, each item naming an id of `materials.yaml`.
    private func materials(_ e: DataReader.Entry, what: String, reviewed: String?) -> [ProvinceMaterial] {
        guard let node = e.node("materials"), let map = e.reader.entry(node, what: "`materials` of \(what)") else { return [] }
        map.checkKeys(EntityType.allCases.map(\.rawValue), what: "`materials` of \(what)")
        var result: [ProvinceMaterial] = []
        for type in EntityType.allCases {
            guard let list = map.node(type.rawValue) else { continue }
            for item in e.reader.items(list, what: "`materials.\(type.rawValue)` of \(what)") {
                let w = "a material for \(type.rawValue)s of \(what)"
                guard let entry = e.reader.entry(item, what: w) else { continue }
                entry.checkKeys(Self.materialKeys, what: w)
                guard let id = entry.string("id", what: w) else { continue }
                if !materialTable.isEmpty, materialTable[id] == nil {
                    var help = "the ids are in materials.yaml"
                    if let guess = EditDistance.suggestion(for: id, among: Array(materialTable.keys)) { help = "did you mean `\(guess)`? " + help }
                    e.reader.error(entry.node("id")?.mark?.line, "unknown material `\(id)` in \(what)", help: help)
                }
                let sources = entry.sources(what: w)
                guard let confidence = entry.confidence(what: w) else { continue }
                checkEvidence(confidence, sources: sources, reviewed: reviewed, entry: entry, what: w)
                result.append(ProvinceMaterial(id: id, entityType: type, note: entry.string("note", what: w, required: false),
                                               sources: sources, confidence: confidence))
            }
        }
        return result
    }

    /// `requirements`: what the sources state that a draft cannot show; checked for form and evidence only.
    private func requirements(_ e: DataReader.Entry, what: String, reviewed: String?) {
        guard let node = e.node("requirements") else { return }
        for item in e.reader.items(node, what: "`requirements` of \(what)") {
            let w = "a requirement of \(what)"
            guard let entry = e.reader.entry(item, what: w) else { continue }
            entry.checkKeys(Self.requirementKeys, what: w)
            _ = entry.string("text", what: w)
            let _: EntityType? = entry.enumeration("applies_to", what: w, required: false)
            let sources = entry.sources(what: w)
            if let confidence = entry.confidence(what: w) {
                checkEvidence(confidence, sources: sources, reviewed: reviewed, entry: entry, what: w)
            }
        }
    }

    private func limits(_ e: DataReader.Entry, what: String, reviewed: String?) -> ProvinceLimits {
        var limits = ProvinceLimits()
        guard let node = e.node("limits") else { return limits }
        guard let map = e.reader.entry(node, what: "`limits` of \(what)") else { return limits }
        map.checkKeys(ProvinceLimits.keys, what: "the limits of \(what)")
        /// One statement, or a list of them (one per entity type, or each of several sources that disagree).
        func limit<T>(_ key: String, _ read: (Node, DataReader.Entry) -> T?) -> Limit<T>? {
            guard let limitNode = map.node(key) else { return nil }
            let items: [Node] = if case .sequence(let list) = limitNode { Array(list) } else { [limitNode] }
            let facts = items.compactMap { item -> Fact<T>? in
                let w = "limit `\(key)` of \(what)"
                guard let entry = e.reader.entry(item, what: w) else { return nil }
                entry.checkKeys(Self.limitKeys, what: w)
                let sources = entry.sources(what: w)
                let confidence = entry.confidence(what: w)
                let appliesTo: EntityType? = entry.enumeration("applies_to", what: w, required: false)
                guard let valueNode = entry.node("value") else { entry.missing("value", what: w); return nil }
                guard let value = read(valueNode, entry), let confidence else { return nil }
                checkEvidence(confidence, sources: sources, reviewed: reviewed, entry: entry, what: w)
                return Fact(value: value, sources: sources, confidence: confidence,
                            note: entry.string("note", what: w, required: false), appliesTo: appliesTo,
                            dated: sources.compactMap { sourceTable[$0]?.dated }.max())
            }
            return facts.isEmpty ? nil : Limit(facts)
        }
        func int(_ key: String) -> Limit<Int>? {
            limit(key) { _, entry in
                guard let v = entry.int("value", what: "limit `\(key)` of \(what)") else { return nil }
                if v < 0 { entry.reader.error(entry.line, "limit `\(key)` of \(what) must be 0 or more") }
                return v
            }
        }
        func bool(_ key: String) -> Limit<Bool>? {
            limit(key) { _, entry in entry.bool("value", what: "limit `\(key)` of \(what)") }
        }
        func enumeration<E: RawRepresentable & CaseIterable & Sendable & Equatable>(_ key: String) -> Limit<E>? where E.RawValue == String {
            limit(key) { _, entry in entry.enumeration("value", what: "limit `\(key)` of \(what)") }
        }
        func suffixes(_ key: String) -> Limit<[String]>? {
            limit(key) { _, entry in entry.strings("value", what: "limit `\(key)` of \(what)")?.map(Self.suffix) }
        }
        limits.individualNonLocal = enumeration("individual_non_local")
        limits.acceptedProofs = limit("accepted_proofs") { _, entry in
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
        limits.maxWebsitesPerEntity = int("max_websites_per_entity")
        limits.constructionPlanFromWebsites = int("construction_plan_from_websites")
        limits.localPhone = bool("local_phone")
        limits.leaderRule = enumeration("leader_rule")
        limits.leaderSameAsSiteLeader = bool("leader_same_as_site_leader")
        limits.siteLeaderAuthorizationLetter = bool("site_leader_authorization_letter")
        limits.foreignLeader = enumeration("foreign_leader")
        limits.addressSameCity = bool("address_same_city")
        limits.holderMustBeOrganization = bool("holder_must_be_organization")
        limits.holderMayBeLegalRepresentative = bool("holder_may_be_legal_representative")
        limits.publicInstitutionTLDs = suffixes("public_institution_tlds")
        limits.governmentTLDs = suffixes("government_tlds")
        limits.domainPrivacyOff = bool("domain_privacy_off")
        limits.refusedTLDs = suffixes("refused_tlds")
        limits.oneDomainAfterFiledWebsites = limit("one_domain_after_filed_websites") { valueNode, entry in
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
        limits.shellEntityAddWebsite = bool("shell_entity_add_website")
        limits.reviewDays = int("review_days")
        return limits
    }
}
