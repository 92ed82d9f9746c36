/// A draft filing: the checker's input (see `content/checker/draft-fields.md`).
///
/// Field names follow the public contract in snake_case. Fields other than those marked
/// required may be nil; a rule that needs a nil field reports an `info` finding instead of firing.
public struct Draft: Codable, Sendable, Equatable {
    /// The cloud account filing the draft.
    public var account: Account?
    /// Who files (required).
    public var entity: Entity
    /// The websites being filed (required, at least one).
    public var websites: [Website]
    /// The cloud instance the websites are served from.
    public var instance: Instance?

    /// Creates a draft.
    public init(account: Account? = nil, entity: Entity, websites: [Website], instance: Instance? = nil) {
        self.account = account
        self.entity = entity
        self.websites = websites
        self.instance = instance
    }
}

/// Facts about the cloud account.
public struct Account: Codable, Sendable, Equatable {
    /// Other entities already filed from this account.
    public var filedEntities: Int?

    /// Creates account facts.
    public init(filedEntities: Int? = nil) { self.filedEntities = filedEntities }

    enum CodingKeys: String, CodingKey { case filedEntities = "filed_entities" }
}

/// The person or organization that files.
public struct Entity: Codable, Sendable, Equatable {
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

    /// Creates an entity; only the required fields have no default.
    public init(
        type: EntityType, name: String, province: ProvinceID, documentProvince: ProvinceID? = nil,
        residencePermitProvince: ProvinceID? = nil, localProof: LocalProof? = nil, age: Int? = nil,
        leaderIsLegalRepresentative: Bool? = nil, stateLevel: Bool? = nil, publicInstitution: Bool? = nil,
        phoneProvince: ProvinceID? = nil, filedWebsites: Int? = nil, leaderAuthorizationLetter: Bool? = nil,
        siteLeaderSameAsLeader: Bool? = nil, idDocument: IDDocument? = nil, addressInDocumentCity: Bool? = nil,
        governmentBody: Bool? = nil, constructionPlan: Bool? = nil, shellEntity: Bool? = nil
    ) {
        self.type = type
        self.name = name
        self.province = province
        self.documentProvince = documentProvince
        self.residencePermitProvince = residencePermitProvince
        self.localProof = localProof
        self.age = age
        self.leaderIsLegalRepresentative = leaderIsLegalRepresentative
        self.stateLevel = stateLevel
        self.publicInstitution = publicInstitution
        self.phoneProvince = phoneProvince
        self.filedWebsites = filedWebsites
        self.leaderAuthorizationLetter = leaderAuthorizationLetter
        self.siteLeaderSameAsLeader = siteLeaderSameAsLeader
        self.idDocument = idDocument
        self.addressInDocumentCity = addressInDocumentCity
        self.governmentBody = governmentBody
        self.constructionPlan = constructionPlan
        self.shellEntity = shellEntity
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case type, name, province, age
        case documentProvince = "document_province"
        case residencePermitProvince = "residence_permit_province"
        case localProof = "local_proof"
        case leaderIsLegalRepresentative = "leader_is_legal_representative"
        case stateLevel = "state_level"
        case publicInstitution = "public_institution"
        case phoneProvince = "phone_province"
        case filedWebsites = "filed_websites"
        case leaderAuthorizationLetter = "leader_authorization_letter"
        case siteLeaderSameAsLeader = "site_leader_same_as_leader"
        case idDocument = "id_document"
        case addressInDocumentCity = "address_in_document_city"
        case governmentBody = "government_body"
        case constructionPlan = "construction_plan"
        case shellEntity = "shell_entity"
    }
}

/// One website of the draft.
public struct Website: Codable, Sendable, Equatable {
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

    /// Creates a website.
    public init(
        name: String, domains: [Domain], content: [ContentCategory]? = nil,
        preApprovals: [ContentCategory]? = nil, commitmentLetter: Bool? = nil,
        access: Access? = nil, cdn: CDNRegion? = nil
    ) {
        self.name = name
        self.domains = domains
        self.content = content
        self.preApprovals = preApprovals
        self.commitmentLetter = commitmentLetter
        self.access = access
        self.cdn = cdn
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, domains, content, access, cdn
        case preApprovals = "pre_approvals"
        case commitmentLetter = "commitment_letter"
    }
}

/// One domain of a website; a plain string in the input is shorthand for `{name: ...}`.
public struct Domain: Codable, Sendable, Equatable {
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

    /// Creates a domain.
    public init(
        name: String, registrarApproved: Bool? = nil, realNameVerified: Bool? = nil,
        verifiedDaysAgo: Int? = nil, holder: String? = nil, daysToExpiry: Int? = nil,
        privacyProtection: Bool? = nil
    ) {
        self.name = name
        self.registrarApproved = registrarApproved
        self.realNameVerified = realNameVerified
        self.verifiedDaysAgo = verifiedDaysAgo
        self.holder = holder
        self.daysToExpiry = daysToExpiry
        self.privacyProtection = privacyProtection
    }

    /// Accepts a plain string or a mapping.
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            self.init(name: name)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decode(String.self, forKey: .name),
            registrarApproved: try c.decodeIfPresent(Bool.self, forKey: .registrarApproved),
            realNameVerified: try c.decodeIfPresent(Bool.self, forKey: .realNameVerified),
            verifiedDaysAgo: try c.decodeIfPresent(Int.self, forKey: .verifiedDaysAgo),
            holder: try c.decodeIfPresent(String.self, forKey: .holder),
            daysToExpiry: try c.decodeIfPresent(Int.self, forKey: .daysToExpiry),
            privacyProtection: try c.decodeIfPresent(Bool.self, forKey: .privacyProtection))
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, holder
        case registrarApproved = "registrar_approved"
        case realNameVerified = "real_name_verified"
        case verifiedDaysAgo = "verified_days_ago"
        case daysToExpiry = "days_to_expiry"
        case privacyProtection = "privacy_protection"
    }
}

/// The cloud instance the websites are served from.
public struct Instance: Codable, Sendable, Equatable {
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

    /// Creates an instance.
    public init(
        provider: Provider? = nil, product: Product? = nil, region: String? = nil, billing: Billing? = nil,
        termMonths: Int? = nil, publicIp: Bool? = nil, serviceNumbersUsed: Int? = nil
    ) {
        self.provider = provider
        self.product = product
        self.region = region
        self.billing = billing
        self.termMonths = termMonths
        self.publicIp = publicIp
        self.serviceNumbersUsed = serviceNumbersUsed
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case provider, product, region, billing
        case termMonths = "term_months"
        case publicIp = "public_ip"
        case serviceNumbersUsed = "service_numbers_used"
    }
}
