import FilingRules
import Testing

@Suite("The rule catalog")
struct CatalogTests {
    let catalog = Fixtures.rulebook.catalog

    @Test("ids are unique and written area/kebab-case")
    func idsAreUniqueAndKebab() {
        #expect(Set(catalog.map(\.id)).count == catalog.count)
        for entry in catalog {
            let parts = entry.id.split(separator: "/", omittingEmptySubsequences: false)
            #expect(parts.count == 2, "\(entry.id)")
            for part in parts {
                #expect(!part.isEmpty && part.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(entry.id)")
                #expect(part.first != "-" && part.last != "-", "\(entry.id)")
            }
        }
    }

    @Test("every implemented rule has an entry, and every entry is implemented")
    func catalogMatchesCode() {
        #expect(catalog.map(\.id) == Checker.implementedRuleIDs)
    }

    @Test("the catalog is sorted by id")
    func sorted() {
        #expect(catalog.map(\.id) == catalog.map(\.id).sorted())
    }

    @Test("docs look like page/#anchor")
    func docsShape() {
        for entry in catalog {
            let pieces = entry.docs.split(separator: "#", omittingEmptySubsequences: false)
            #expect(pieces.count == 2, "\(entry.id): \(entry.docs)")
            #expect(pieces.first?.hasSuffix("/") == true, "\(entry.id): \(entry.docs)")
            #expect(pieces.first?.hasPrefix("/") == false, "\(entry.id): \(entry.docs)")
            #expect(pieces.last.map { !$0.isEmpty } == true, "\(entry.id): \(entry.docs)")
        }
    }

    /// The page and anchor each rule must point at, as agreed with the page authors.
    static let expectedDocs: [String: String] = [
        "name/min-length": "naming/#min-length", "name/all-digits": "naming/#all-digits",
        "name/all-latin": "naming/#all-latin", "name/special-characters": "naming/#special-characters",
        "name/is-domain": "naming/#is-domain", "name/state-prefix": "naming/#state-prefix",
        "name/sensitive-word": "naming/#sensitive-word", "name/government-name": "naming/#government-name",
        "name/approval-keyword": "naming/#approval-keyword", "name/superlative": "naming/#superlative",
        "name/sample-name": "naming/#sample-name",
        "name/individual-organization-word": "naming/individual-websites/#organization-words",
        "name/individual-restricted-word": "naming/individual-websites/#restricted-words",
        "name/organization-relation": "naming/organization-websites/#relation-to-entity",
        "preapproval/missing-document": "pre-approval/industries/#missing-document",
        "preapproval/individual-regulated-content": "pre-approval/individuals/#individual-regulated-content",
        "preapproval/commitment-letter": "pre-approval/commitment-letters/#commitment-letter",
        "preapproval/finance-keywords": "pre-approval/finance/#finance-keywords",
        "region/organization-cross-province": "regions/#organization-cross-province",
        "region/individual-non-local": "regions/#individual-non-local",
        "region/one-website-per-application": "regions/#one-website-per-application",
        "region/domains-per-submission": "regions/#domains-per-submission", "region/min-age": "regions/#min-age",
        "region/domain-validity": "regions/#domain-validity", "region/local-phone": "regions/#local-phone",
        "region/public-institution-tld": "regions/#public-institution-tld",
        "region/leader-legal-representative": "regions/#leader-legal-representative",
        "region/foreign-leader": "regions/#foreign-leader", "region/max-websites": "regions/#max-websites",
        "region/construction-plan": "regions/#construction-plan", "region/address-same-city": "regions/#address-same-city",
        "region/government-tld": "regions/#government-tld", "region/shell-entity": "regions/#shell-entity",
        "region/domain-privacy": "regions/#domain-privacy",
        "region/one-domain-after-filed-websites": "regions/#one-domain-after-filed-websites",
        "region/one-domain-on-first-filing": "regions/#one-domain-on-first-filing",
        "region/finance-name-leader": "regions/#finance-name-leader",
        "domain/tld-approved": "domains/tlds-and-registrars/#tld-approved",
        "domain/registrar-approved": "domains/tlds-and-registrars/#registrar-approved",
        "domain/real-name-verified": "domains/real-name-verification/#real-name-verified",
        "domain/real-name-sync": "domains/real-name-verification/#real-name-sync",
        "domain/holder-matches-entity": "domains/holder/#holder-matches-entity",
        "domain/one-domain-per-website": "domains/one-domain-per-website/#one-domain-per-website",
        "instance/mainland-region": "instances/supported-products/#mainland-region",
        "instance/subscription-billing": "instances/supported-products/#subscription-billing",
        "instance/min-term": "instances/supported-products/#min-term",
        "instance/public-ip": "instances/supported-products/#public-ip",
        "instance/service-number-quota": "instances/service-numbers/#service-number-quota",
        "access/ip-only": "limitations/ip-only-access/#ip-only",
        "cdn/acceleration-region": "limitations/alibaba-cloud-cdn/#acceleration-region",
        "entity/one-per-account": "limitations/entity/#one-per-account",
        "entity/individual-commercial-content": "limitations/website-content/#individual-commercial-content",
        "entity/forum": "limitations/website-content/#forum",
    ]

    @Test("each rule points at the agreed page and anchor")
    func docsAreTheAgreedAnchors() {
        #expect(Set(catalog.map(\.id)) == Set(Self.expectedDocs.keys))
        for entry in catalog {
            #expect(entry.docs == Self.expectedDocs[entry.id], "\(entry.id): \(entry.docs)")
        }
    }

    @Test("every rule cites at least one known source")
    func sourcesAreKnown() {
        for entry in catalog {
            #expect(!entry.sources.isEmpty, "\(entry.id)")
            for id in entry.sources { #expect(Fixtures.rulebook.source(id) != nil, "\(entry.id): \(id)") }
        }
    }
}
