/// A document the handbook cites (`sources.yaml`).
public struct Source: Codable, Sendable, Equatable {
    /// Id used in `sources:` lists, e.g. `A-LIM`.
    public let id: String
    /// The document's title.
    public let title: String
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

    func applies(to type: EntityType) -> Bool { appliesTo == nil || appliesTo == type }
}

/// Whether an individual may file in a province other than the one on their ID card.
public enum NonLocalPolicy: String, Sendable, Equatable, CaseIterable {
    case allowed
    case withProof = "with_proof"
    case notAllowed = "not_allowed"
}

/// What one provincial administration requires; an absent limit is unknown.
public struct ProvinceLimits: Sendable, Equatable {
    /// Whether individuals from other provinces may file here.
    public var individualNonLocal: Fact<NonLocalPolicy>?
    /// The proofs of local residence or work accepted from non-local individuals.
    public var acceptedProofs: Fact<[LocalProof]>?
    /// The youngest age accepted, in years.
    public var minAge: Fact<Int>?
    /// The youngest age accepted with proof of employment or income.
    public var minAgeWithEmployment: Fact<Int>?
    /// Days a domain must still be registered for.
    public var minDomainValidityDays: Fact<Int>?
    /// Websites accepted in one application.
    public var websitesPerApplication: Fact<Int>?
    /// Domains accepted in one submission.
    public var domainsPerSubmission: Fact<Int>?
    /// Whether contact phones must be registered in the province.
    public var localPhone: Fact<Bool>?
    /// Whether an organization's entity leader must be its legal representative.
    public var leaderMustBeLegalRepresentative: Fact<Bool>?
    /// Suffixes government bodies and public institutions must use (without the dot).
    public var publicInstitutionTLDs: Fact<[String]>?
    /// Whether domain privacy protection must be off while filing.
    public var domainPrivacyOff: Fact<Bool>?
    /// Suffixes this administration refuses (without the dot).
    public var refusedTLDs: Fact<[String]>?
    /// Once an entity has more websites filed than this, one submission may carry only one domain.
    public var oneDomainAfterFiledWebsites: Fact<FiledWebsitesThreshold>?
    /// Whether a first filing (no website filed yet) may carry only one domain.
    public var oneDomainOnFirstFiling: Fact<Bool>?
    /// Whether an organization with financial words in its name or a website name must have its legal
    /// representative as entity leader.
    public var financeNameNeedsLegalRepresentative: Fact<Bool>?

    /// The limit keys of `provinces.yaml`, in the order pages show them.
    public static let keys = [
        "individual_non_local", "accepted_proofs", "min_age", "min_age_with_employment",
        "min_domain_validity_days", "websites_per_application", "domains_per_submission", "local_phone",
        "leader_must_be_legal_representative", "public_institution_tlds", "domain_privacy_off", "refused_tlds",
        "one_domain_after_filed_websites", "one_domain_on_first_filing", "finance_name_needs_legal_representative",
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

    /// The slug, e.g. `zhejiang`.
    public var slug: String { id.rawValue }
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
    /// Whether the region is in the Chinese mainland.
    public let mainland: Bool
}

/// A value shared by reference, so handing it around copies one pointer instead of every field.
final class Boxed<Value: Sendable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
