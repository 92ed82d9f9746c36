import FilingRules
import Testing

/// The real province data, limit by limit: each recorded limit fires on a draft that breaks it and stays
/// quiet on one that keeps it, with the severity its evidence earns.
@Suite("Every recorded province limit")
struct ProvinceLimitTests {
    static let book: Rulebook = {
        do { return try Rulebook.load(Repository.dataFiles()) } catch { fatalError("real data does not load:\n\(error)") }
    }()
    static let checker = Checker(rulebook: book)

    /// A limit case: the rule, a draft that breaks the limit, one that keeps it, and the fact's confidence.
    struct LimitCase: CustomTestStringConvertible, Sendable {
        let province: ProvinceID
        let key: String
        let rule: String
        let breaking: Draft
        let keeping: Draft
        let fact: Confidence
        let conflict: Bool
        var testDescription: String { "\(province.rawValue) \(key)" }
    }

    static func base(_ type: EntityType, in province: ProvinceID) -> Draft {
        var d = type == .organization ? Fixtures.organization(in: province) : Fixtures.individual(in: province)
        d.entity.idDocument = .mainlandID
        d.entity.addressInDocumentCity = true
        d.entity.constructionPlan = true
        d.entity.leaderAuthorizationLetter = true
        d.entity.siteLeaderSameAsLeader = true
        if type == .organization { d.entity.name = "青松科技有限公司"; d.websites[0].domains[0].holder = "青松科技有限公司" }
        return d
    }

    /// Every case, made once for the whole suite.
    static let allCases = makeCases()

    static func makeCases() -> [LimitCase] {
        var result: [LimitCase] = []
        for province in book.provinces {
            let id = province.id
            let l = province.limits
            for type in EntityType.allCases {
                let clean = base(type, in: id)
                func add<T>(_ key: String, _ rule: String, _ limit: Limit<T>?, breaking: (inout Draft, T) -> Bool, keeping: (inout Draft, T) -> Void = { _, _ in }) {
                    guard let fact = limit?.fact(for: type) else { return }
                    var broken = clean, kept = clean
                    guard breaking(&broken, fact.value) else { return }
                    keeping(&kept, fact.value)
                    result.append(LimitCase(province: id, key: "\(key) (\(type.rawValue))", rule: rule, breaking: broken, keeping: kept,
                                            fact: fact.confidence, conflict: limit?.conflicts(for: type) ?? false))
                }
                let other: ProvinceID = id == .anhui ? .hebei : .anhui
                add("individual_non_local", "region/individual-non-local", l.individualNonLocal) { d, v in
                    guard type == .individual, v != .allowed else { return false }
                    d.entity.documentProvince = other; d.entity.localProof = LocalProof.none; return true
                }
                add("min_age", "region/min-age", l.minAge) { d, v in d.entity.age = v - 1; d.entity.localProof = LocalProof.none; return v > 1 } keeping: { d, v in d.entity.age = v }
                add("leader_rule", "region/leader-legal-representative", l.leaderRule) { d, v in
                    guard type == .organization, v != .any else { return false }
                    d.entity.leaderIsLegalRepresentative = false
                    if v == .authorizationLetter { d.entity.leaderAuthorizationLetter = false }
                    return true
                }
                add("foreign_leader", "region/foreign-leader", l.foreignLeader) { d, v in
                    guard v != .passportOK else { return false }
                    d.entity.idDocument = .foreignPassport; return true
                }
                add("address_same_city", "region/address-same-city", l.addressSameCity) { d, v in
                    guard v, type == .organization else { return false }
                    d.entity.addressInDocumentCity = false; return true
                }
                add("local_phone", "region/local-phone", l.localPhone) { d, v in d.entity.phoneProvince = other; return v }
                add("min_domain_validity_days", "region/domain-validity", l.minDomainValidityDays) { d, v in
                    d.websites[0].domains[0].daysToExpiry = max(1, v - 10); return v > 11
                }
                add("websites_per_application", "region/one-website-per-application", l.websitesPerApplication) { d, v in
                    for n in 0..<v { d.websites.append(Fixtures.website(name: "青松文档\(n)", domain: "qingsong\(n).cn", holder: d.entity.name)) }
                    return v < 5
                }
                add("max_websites_per_entity", "region/max-websites", l.maxWebsitesPerEntity) { d, v in d.entity.filedWebsites = v; return true }
                add("construction_plan_from_websites", "region/construction-plan", l.constructionPlanFromWebsites) { d, v in
                    d.entity.filedWebsites = v; d.entity.constructionPlan = false; return true
                }
                add("public_institution_tlds", "region/public-institution-tld", l.publicInstitutionTLDs) { d, v in
                    d.entity.publicInstitution = true; return !v.isEmpty && !v.contains("com")
                } keeping: { d, v in d.entity.publicInstitution = true; d.websites[0].domains[0].name = "qingsong." + (v.first ?? "cn") }
                add("government_tlds", "region/government-tld", l.governmentTLDs) { d, v in
                    d.entity.governmentBody = true; return !v.isEmpty && !v.contains("com")
                } keeping: { d, v in d.entity.governmentBody = true; d.websites[0].domains[0].name = "qingsong." + (v.first ?? "gov.cn") }
                add("refused_tlds", "domain/tld-approved", l.refusedTLDs) { d, v in
                    guard let suffix = v.first else { return false }
                    d.websites[0].domains[0].name = "qingsong." + suffix; return true
                }
                add("domain_privacy_off", "region/domain-privacy", l.domainPrivacyOff) { d, v in d.websites[0].domains[0].privacyProtection = true; return v }
                add("shell_entity_add_website", "region/shell-entity", l.shellEntityAddWebsite) { d, v in d.entity.shellEntity = true; return !v }
                add("one_domain_on_first_filing", "region/one-domain-on-first-filing", l.oneDomainOnFirstFiling) { d, v in
                    d.websites.append(Fixtures.website(name: "青松文档", domain: "qingsong.cn", holder: d.entity.name)); return v
                }
            }
        }
        return result
    }

    @Test("the real data records limits for every province", arguments: ProvinceID.allCases)
    func everyProvinceHasLimits(province: ProvinceID) {
        #expect(Self.allCases.contains { $0.province == province }, "no checkable limit recorded for \(province.rawValue)")
    }

    @Test("a draft breaking the limit gets the rule's finding at the severity its evidence earns; one keeping it does not", arguments: allCases)
    func limit(_ c: LimitCase) {
        let broken = Self.checker.check(c.breaking).findings.filter { $0.rule == c.rule && $0.severity != .info }
        #expect(!broken.isEmpty, "\(c.rule) did not fire")
        let expected: Severity = c.fact == .high && !c.conflict ? .error : .warning
        if let first = broken.first, Self.book.rule(c.rule)?.severity == .error {
            #expect(first.severity == expected, "\(c.rule): \(first.severity) for a \(c.fact) fact\(c.conflict ? " in conflict" : "")")
        }
        let kept = Self.checker.check(c.keeping).findings.filter { $0.rule == c.rule && $0.severity != .info }
        #expect(kept.isEmpty, "\(c.rule) fired on the draft that keeps the limit: \(kept.map(\.message))")
    }

    @Test("every high statement cites an official source dated within three years of its review")
    func highFactsAreCurrent() {
        for province in Self.book.provinces {
            let since = String(Int(province.reviewed.prefix(4))! - 3) + province.reviewed.dropFirst(4)
            for child in Mirror(reflecting: province.limits).children {
                guard let limit = child.value as? any LimitEvidence else { continue }
                for statement in limit.statementEvidence where statement.confidence == .high {
                    let current = statement.sources.contains { id in
                        guard let s = Self.book.source(id) else { return false }
                        return s.isOfficial && s.effectiveDate >= since
                    }
                    #expect(current, "\(province.slug) \(child.label ?? ""): high without a current official source \(statement.sources)")
                }
            }
        }
    }

    @Test("statements that disagree make the checker follow the newest dated source, as a warning")
    func conflictsFollowTheNewest() {
        let old = Fact(value: 18, sources: ["A"], confidence: .high, note: nil, appliesTo: nil, dated: "2021-01-01")
        let new = Fact(value: 17, sources: ["B"], confidence: .high, note: nil, appliesTo: nil, dated: "2025-12-31")
        let limit = Limit([old, new])
        #expect(limit.fact(for: .individual)?.value == 17)
        #expect(limit.fact(for: .individual)?.confidence == .medium)
        #expect(limit.conflicts(for: .individual))
        let perType = Limit([Fact(value: 17, sources: ["A"], confidence: .high, note: nil, appliesTo: .individual),
                             Fact(value: 18, sources: ["A"], confidence: .high, note: nil, appliesTo: .organization)])
        #expect(!perType.conflicts(for: .individual))
        #expect(perType.fact(for: .organization)?.value == 18)
        #expect(perType.fact(for: .organization)?.confidence == .high)
    }
}

@Suite("Documents to prepare")
struct DocumentListTests {
    @Test("the report lists the filing province's documents for the entity type, and those the draft calls for")
    func documents() {
        let company = Fixtures.organization(in: .guangdong).with {
            $0.entity.leaderIsLegalRepresentative = false
            $0.websites[0].content = [.news]
        }
        let ids = Fixtures.checker.check(company).documents.map(\.id)
        #expect(ids.contains("leader_authorization"))
        #expect(ids.contains("pre_approval"))
        let real = ProvinceLimitTests.checker.check(ProvinceLimitTests.base(.organization, in: .hubei)).documents
        #expect(real.contains { $0.id == "business_licence" && $0.titleZh.contains("营业执照") && !$0.sources.isEmpty })
        let person = ProvinceLimitTests.checker.check(ProvinceLimitTests.base(.individual, in: .hubei)).documents
        #expect(!person.contains { $0.id == "business_licence" })
    }
}
