/// A document the handbook cites (`sources.yaml`).
public struct Source: Codable, Sendable, Equatable {
    /// Id used in `sources:` lists, e.g. `A-LIM`.
    public let id: String
    /// The document's title in English.
    public let title: String
    /// The title in Chinese: a Chinese document's own title, or a translation.
    public let titleZh: String
    /// Where it can be read.
    public let url: String
    /// Who published it.
    public let publisher: String
    /// `provider`, `provider-historical`, `regulator` or `third-party`.
    public let kind: String
    /// When it was read (YYYY-MM-DD).
    public let read: String
    /// What the handbook takes from it.
    public let supports: String
    /// The date the document gives itself (published or updated), when it gives one.
    public let dated: String?

    /// The date the evidence policy judges the source by: its own date, else the day it was read in the
    /// publisher's maintained documentation.
    public var effectiveDate: String { dated ?? read }

    /// The title in `language`.
    public func title(in language: Language) -> String { language == .chinese ? titleZh : title }

    /// Whether the publisher is an authority or an access provider, whose current pages count as official.
    public var isOfficial: Bool { kind == "provider" || kind == "regulator" }
}

/// A fact with its evidence: the value, its sources, their confidence and a note.
public struct Fact<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The value the sources give.
    public let value: Value
    /// Source ids.
    public let sources: [String]
    /// How well the sources support the value.
    public let confidence: Confidence
    /// Context a reader needs (conditions, conflicts, dates).
    public let note: String?
    /// The entity type the fact is limited to, when it is.
    public let appliesTo: EntityType?
    /// The newest date any of its sources states for itself, which decides between conflicting facts.
    public var dated: String? = nil

    /// Creates a fact.
    public init(value: Value, sources: [String], confidence: Confidence, note: String?, appliesTo: EntityType?, dated: String? = nil) {
        self.value = value
        self.sources = sources
        self.confidence = confidence
        self.note = note
        self.appliesTo = appliesTo
        self.dated = dated
    }

    func applies(to type: EntityType) -> Bool { appliesTo == nil || appliesTo == type }
}

/// Everything the sources state for one limit of one province: usually one fact, sometimes one per entity
/// type, and where current sources disagree, each of their statements. A class, so a rule reading a limit
/// retains one reference instead of every string and array of its facts.
public final class Limit<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The statements as written in the data.
    public let statements: [Fact<Value>]
    private let individual: Fact<Value>?
    private let organization: Fact<Value>?

    /// Resolves the statements once per entity type: where several apply and their values differ, the
    /// statement with the newest dated source wins, at no more than `medium` confidence so the checker warns.
    public init(_ statements: [Fact<Value>]) {
        self.statements = statements
        individual = Self.resolve(statements, for: .individual)
        organization = Self.resolve(statements, for: .organization)
    }

    /// The fact the checker applies to an entity of this type, if the sources state one.
    public func fact(for type: EntityType) -> Fact<Value>? { type == .individual ? individual : organization }

    public static func == (lhs: Limit, rhs: Limit) -> Bool { lhs.statements == rhs.statements }

    /// Whether current statements that apply to the same entity type disagree.
    public func conflicts(for type: EntityType) -> Bool {
        let values = statements.filter { $0.applies(to: type) }.map(\.value)
        return values.contains { $0 != values.first }
    }

    private static func resolve(_ statements: [Fact<Value>], for type: EntityType) -> Fact<Value>? {
        let applicable = statements.filter { $0.applies(to: type) }
        guard let first = applicable.first else { return nil }
        guard applicable.contains(where: { $0.value != first.value }) else {
            return applicable.max { $0.confidence < $1.confidence }
        }
        let newest = applicable.max { ($0.dated ?? "", $0.confidence) < ($1.dated ?? "", $1.confidence) } ?? first
        let sources = applicable.flatMap(\.sources).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return Fact(value: newest.value, sources: sources, confidence: min(newest.confidence, .medium),
                    note: newest.note, appliesTo: newest.appliesTo, dated: newest.dated)
    }
}

/// Whether an individual may file in a province other than the one on their ID card.
public enum NonLocalPolicy: String, Sendable, Equatable, CaseIterable {
    case allowed
    case withProof = "with_proof"
    case notAllowed = "not_allowed"
}

/// Who may be an organization's entity leader (主体负责人).
public enum LeaderPolicy: String, Sendable, Equatable, CaseIterable {
    /// Only the legal representative (法定代表人).
    case legalRepresentative = "legal_representative"
    /// Another person, with the legal representative's letter of authorization (授权书).
    case authorizationLetter = "authorization_letter"
    /// Any person.
    case any
}

/// What an administration does when the entity leader (or an individual) is not a mainland citizen.
public enum ForeignLeaderPolicy: String, Sendable, Equatable, CaseIterable {
    /// Not accepted.
    case notAllowed = "not_allowed"
    /// The legal representative authorizes a holder of a mainland ID card to be the entity leader.
    case authorizeMainland = "authorize_mainland"
    /// Accepted with a passport or a Hong Kong, Macao or Taiwan permit.
    case passportOK = "passport_ok"
}

/// What one provincial administration requires; an absent limit is unknown.
public struct ProvinceLimits: Sendable, Equatable {
    /// Whether individuals from other provinces may file here.
    public var individualNonLocal: Limit<NonLocalPolicy>?
    /// The proofs of local residence or work accepted from non-local individuals.
    public var acceptedProofs: Limit<[LocalProof]>?
    /// The youngest age accepted, in years (an individual's age, or an organization's entity leader's).
    public var minAge: Limit<Int>?
    /// The youngest age accepted with proof of employment or income.
    public var minAgeWithEmployment: Limit<Int>?
    /// Days a domain must still be registered for.
    public var minDomainValidityDays: Limit<Int>?
    /// Websites accepted in one application.
    public var websitesPerApplication: Limit<Int>?
    /// Domains accepted in one submission.
    public var domainsPerSubmission: Limit<Int>?
    /// Websites one entity may have filed in all.
    public var maxWebsitesPerEntity: Limit<Int>?
    /// From this many websites (filed and new together) a website construction plan (网站建设方案书) is needed.
    public var constructionPlanFromWebsites: Limit<Int>?
    /// Whether contact phones must be registered in the province.
    public var localPhone: Limit<Bool>?
    /// Who may be an organization's entity leader.
    public var leaderRule: Limit<LeaderPolicy>?
    /// Whether a leader who is not the legal representative must also be every website's responsible person.
    public var leaderSameAsSiteLeader: Limit<Bool>?
    /// Whether a website responsible person who is not the legal representative needs the legal representative's letter of authorization.
    public var siteLeaderAuthorizationLetter: Limit<Bool>?
    /// What happens when the leader (or individual) is foreign or from Hong Kong, Macao or Taiwan.
    public var foreignLeader: Limit<ForeignLeaderPolicy>?
    /// Whether the organization's address must be in the city its certificate names.
    public var addressSameCity: Limit<Bool>?
    /// Whether each domain must be held by the organization itself, not its legal representative.
    public var holderMustBeOrganization: Limit<Bool>?
    /// Whether the organization's legal representative may hold its domains.
    public var holderMayBeLegalRepresentative: Limit<Bool>?
    /// Suffixes public institutions must use (without the dot).
    public var publicInstitutionTLDs: Limit<[String]>?
    /// Suffixes Party and government bodies must use (without the dot).
    public var governmentTLDs: Limit<[String]>?
    /// Whether domain privacy protection must be off while filing.
    public var domainPrivacyOff: Limit<Bool>?
    /// Suffixes this administration refuses (without the dot).
    public var refusedTLDs: Limit<[String]>?
    /// Once an entity has more websites filed than this, one submission may carry only one domain.
    public var oneDomainAfterFiledWebsites: Limit<FiledWebsitesThreshold>?
    /// Whether a first filing (no website filed yet) may carry only one domain.
    public var oneDomainOnFirstFiling: Limit<Bool>?
    /// Whether an organization with financial words in its name or a website name must have its legal
    /// representative as entity leader.
    public var financeNameNeedsLegalRepresentative: Limit<Bool>?
    /// Whether a shell entity (filed, with no website left) may add a website without cancelling first.
    public var shellEntityAddWebsite: Limit<Bool>?
    /// The administration's review time limit, in working days.
    public var reviewDays: Limit<Int>?

    /// The limit keys of `provinces.yaml`, in the order pages show them.
    public static let keys = [
        "individual_non_local", "accepted_proofs", "min_age", "min_age_with_employment",
        "min_domain_validity_days", "websites_per_application", "domains_per_submission", "max_websites_per_entity",
        "construction_plan_from_websites", "local_phone", "leader_rule", "leader_same_as_site_leader",
        "site_leader_authorization_letter", "foreign_leader", "address_same_city", "holder_must_be_organization",
        "holder_may_be_legal_representative", "public_institution_tlds", "government_tlds",
        "domain_privacy_off", "refused_tlds", "one_domain_after_filed_websites", "one_domain_on_first_filing",
        "finance_name_needs_legal_representative", "shell_entity_add_website", "review_days",
    ]
}

/// A number of filed websites per kind of entity (`one_domain_after_filed_websites`); nil where the sources
/// say nothing for that kind.
public struct FiledWebsitesThreshold: Sendable, Equatable {
    public var individual: Int?
    public var organization: Int?

    /// The number for an entity type.
    public func value(for type: EntityType) -> Int? { type == .individual ? individual : organization }
}

/// A provincial-level division and its administration's limits (`provinces.yaml`).
public struct Province: Sendable, Equatable {
    /// The province's identity.
    public let id: ProvinceID
    /// English name.
    public let name: String
    /// Short Chinese name, e.g. 浙江.
    public let nameZh: String
    /// Full Chinese name, e.g. 浙江省.
    public let fullNameZh: String
    /// One-character abbreviation used in filing numbers, e.g. 浙.
    public let abbreviation: String
    /// More names accepted for it.
    public let aliases: [String]
    /// Alibaba Cloud's grouping: east, south, north, central, southwest, northwest, northeast.
    public let region: String
    /// When its facts were last checked.
    public let reviewed: String
    /// Overall confidence of its facts.
    public let confidence: Confidence
    /// Source ids.
    public let sources: [String]
    /// The administration's limits.
    public let limits: ProvinceLimits
    /// The documents its sources name, per entity type.
    public let materials: [ProvinceMaterial]

    /// The slug, e.g. `zhejiang`.
    public var slug: String { id.rawValue }
}

/// A kind of document a filing may need (`materials.yaml`).
public struct Material: Sendable, Equatable {
    /// Id used in `provinces.yaml`, e.g. `leader_authorization`.
    public let id: String
    /// English title.
    public let title: String
    /// The Chinese name the forms use.
    public let titleZh: String
    /// What it is and when it is needed.
    public let description: String
}

/// A document one province's sources name for one entity type.
public struct ProvinceMaterial: Sendable, Equatable {
    /// Id in `materials.yaml`.
    public let id: String
    /// The entity type it is for.
    public let entityType: EntityType
    /// What the source says about it.
    public let note: String?
    /// Source ids.
    public let sources: [String]
    /// How well the sources support it.
    public let confidence: Confidence
}

/// An industry that needs approval before filing (`industries.yaml`).
public struct Industry: Sendable, Equatable {
    /// The draft's `content` value.
    public let id: ContentCategory
    /// English name.
    public let name: String
    /// Chinese name.
    public let nameZh: String
    /// Who issues the approval.
    public let authority: String
    /// The approval document.
    public let document: String
    /// `required` nationwide, or `local` where the national requirement was lifted but local practice varies.
    public let status: IndustryStatus
    /// Whether an individual may file a site with this content.
    public let individualsMayFile: Bool
    /// Words in a website name that suggest this industry.
    public let keywords: [Word]
    /// Fragments of a domain that suggest this industry (e.g. `bbs`).
    public let domainKeywords: [Word]
    /// Provinces where a stamped commitment letter may stand in for the approval.
    public let commitmentLetterProvinces: [ProvinceID]
    /// Source ids from `sources.yaml`.
    public let sources: [String]
    /// How well the sources support it.
    public let confidence: Confidence
    /// Context a reader needs: conditions, conflicts, dates.
    public let note: String?
}

/// Whether an industry's approval is required nationwide or depends on the local authority.
public enum IndustryStatus: String, Sendable, Equatable, CaseIterable {
    case required, local
}

/// A word of a word list, with its own evidence when it differs from the list's.
public struct Word: Sendable, Equatable {
    /// The word as written, e.g. 公司.
    public let text: String
    /// Source ids from `sources.yaml`.
    public let sources: [String]
    /// How well the sources support it.
    public let confidence: Confidence
    /// Context a reader needs: conditions, conflicts, dates.
    public let note: String?
}

/// A list of words a rule looks for in names (`words.yaml`).
public struct WordList: Sendable, Equatable {
    /// Id the rules refer to, e.g. `state-level`.
    public let id: String
    /// What the list holds.
    public let title: String
    /// `all`, `individual` or `organization`.
    public let appliesTo: String
    /// `contains` (default) or `exact`; in `exact` lists `XXX` stands for any text.
    public let match: String
    /// The words, in the order written.
    public let words: [Word]
    /// Source ids from `sources.yaml`.
    public let sources: [String]
    /// How well the sources support it.
    public let confidence: Confidence
    /// Context a reader needs: conditions, conflicts, dates.
    public let note: String?
}

/// A domain suffix and whether MIIT approves it (`tlds.yaml`).
public struct TLD: Sendable, Equatable {
    /// Without the leading dot, e.g. `com`, `com.cn`, `中国`.
    public let suffix: String
    /// Whether MIIT approves it.
    public let status: TLDStatus
    /// Source ids from `sources.yaml`.
    public let sources: [String]
    /// How well the sources support it.
    public let confidence: Confidence
    /// Context a reader needs: conditions, conflicts, dates.
    public let note: String?
}

/// Whether a suffix can be filed.
public enum TLDStatus: String, Sendable, Equatable, CaseIterable { case approved, refused }

/// A cloud product that can carry a filing (`instances.yaml`).
public struct InstanceProduct: Sendable, Equatable {
    /// The draft's `instance.product` value.
    public let id: Product
    /// Product name.
    public let name: String
    /// Product name in Chinese (the English one when the data gives none).
    public let nameZh: String
    /// The billing method required, if any.
    public let billing: Billing?
    /// The shortest subscription accepted, if known.
    public let minTermMonths: Int?
    /// Whether a public IP is required.
    public let publicIPRequired: Bool?
    /// Service identification numbers one instance can issue, if known.
    public let serviceNumbers: Int?
    /// Source ids from `sources.yaml`.
    public let sources: [String]
    /// How well the sources support it.
    public let confidence: Confidence
    /// Context a reader needs: conditions, conflicts, dates.
    public let note: String?
}

/// A cloud region and whether it is in the Chinese mainland (`instances.yaml`).
public struct CloudRegion: Sendable, Equatable {
    /// Region id, e.g. `cn-hangzhou`.
    public let id: String
    /// Region name.
    public let name: String
    /// Region name in Chinese (the English one when the data gives none).
    public let nameZh: String
    /// Whether the region is in the Chinese mainland.
    public let mainland: Bool
}

/// A value shared by reference, so handing it around copies one pointer instead of every field.
final class Boxed<Value: Sendable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The evidence of a limit's statements, whatever their value type, for checks over every limit.
public protocol LimitEvidence {
    /// Each statement's confidence and source ids.
    var statementEvidence: [(confidence: Confidence, sources: [String])] { get }
}

extension Limit: LimitEvidence {
    public var statementEvidence: [(confidence: Confidence, sources: [String])] {
        statements.map { ($0.confidence, $0.sources) }
    }
}
