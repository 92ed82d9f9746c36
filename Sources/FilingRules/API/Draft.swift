/// A draft filing: the checker's input (see `content/checker/draft-fields.md`).
///
/// `DraftContract` names each field and says how it is read. Fields other than those marked
/// required may be nil; a rule that needs a nil field reports an `info` finding instead of firing.
/// Drafts are made by `DraftDecoder` and `DraftValues`, which read them by the contract.
public struct Draft: Sendable, Equatable {
    /// The cloud account filing the draft.
    public var account: Account?
    /// Who files (required).
    public var entity: Entity
    /// The websites being filed (required, at least one).
    public var websites: [Website]
    /// The cloud instance the websites are served from.
    public var instance: Instance?
}

/// Facts about the cloud account.
public struct Account: Sendable, Equatable {
    /// Other entities already filed from this account.
    public var filedEntities: Int?
}

/// The person or organization that files.
public struct Entity: Sendable, Equatable {
    /// Organization or individual (required).
    public var type: EntityType
    /// The organization's registered name, or the person's name (required).
    public var name: String
    /// The province the filing is made in (required).
    public var province: ProvinceID
    /// Organization: where its certificate is registered; individual: the ID card's province.
    public var documentProvince: ProvinceID?
    /// Individual: the province of a residence permit held.
    public var residencePermitProvince: ProvinceID?
    /// Individual: what proves a non-local person lives or works in the filing province.
    public var localProof: LocalProof?
    /// Individual: the person's age; organization: the entity leader's age.
    public var age: Int?
    /// Organization: the entity leader is the legal representative.
    public var leaderIsLegalRepresentative: Bool?
    /// Organization proven to be a state-level unit (nil means no).
    public var stateLevel: Bool?
    /// Government body or public institution (nil means no).
    public var publicInstitution: Bool?
    /// Province of the main contact's mobile number.
    public var phoneProvince: ProvinceID?
    /// Websites this entity already has filed.
    public var filedWebsites: Int?
    /// Organization: a leader who is not the legal representative holds the legal representative's letter of authorization.
    public var leaderAuthorizationLetter: Bool?
    /// Organization: the entity leader is also every website's responsible person.
    public var siteLeaderSameAsLeader: Bool?
    /// Individual: the person's identity document; organization: the entity leader's.
    public var idDocument: IDDocument?
    /// Organization: its mailing address is in the city its certificate names.
    public var addressInDocumentCity: Bool?
    /// A Party or government body (nil means no).
    public var governmentBody: Bool?
    /// A website construction plan (网站建设方案书) is ready.
    public var constructionPlan: Bool?
    /// The entity is filed but has no website left on the filing (a shell entity, 空壳主体).
    public var shellEntity: Bool?
}

/// One website of the draft.
public struct Website: Sendable, Equatable {
    /// The website name (required).
    public var name: String
    /// The website's domains (required, at least one).
    public var domains: [Domain]
    /// What the site is about.
    public var content: [ContentCategory]?
    /// Content categories for which an approval document is held.
    public var preApprovals: [ContentCategory]?
    /// A letter of commitment or remark is ready where an authority said no approval is needed.
    public var commitmentLetter: Bool?
    /// How visitors reach the site.
    public var access: Access?
    /// The CDN acceleration region in front of the site.
    public var cdn: CDNRegion?
}

/// One domain of a website; a plain string in the input is shorthand for `{name: ...}`.
public struct Domain: Sendable, Equatable {
    /// The domain, lower-cased, e.g. `example.com`.
    public var name: String
    /// Registered with a registrar approved by MIIT.
    public var registrarApproved: Bool?
    /// Real-name verification is complete.
    public var realNameVerified: Bool?
    /// Days since real-name verification completed.
    public var verifiedDaysAgo: Int?
    /// The domain holder's name.
    public var holder: String?
    /// Days until the registration expires.
    public var daysToExpiry: Int?
    /// Privacy protection hides the holder in WHOIS.
    public var privacyProtection: Bool?
}

/// The cloud instance the websites are served from.
public struct Instance: Sendable, Equatable {
    /// The cloud provider.
    public var provider: Provider?
    /// The product the instance is.
    public var product: Product?
    /// The region id, e.g. `cn-hangzhou`.
    public var region: String?
    /// How the instance is paid for.
    public var billing: Billing?
    /// The subscription term bought, in months.
    public var termMonths: Int?
    /// The instance has a public IP address or bandwidth.
    public var publicIp: Bool?
    /// Service identification numbers already used on this instance.
    public var serviceNumbersUsed: Int?
}
