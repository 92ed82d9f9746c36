/// Every field name of the draft contract. Keys are matched to these once, while parsing, so
/// reading a draft compares small integers instead of strings.
enum Field: Int, CaseIterable {
    case account, entity, websites, instance
    case filedEntities, type, name, province, documentProvince, residencePermitProvince, localProof, age
    case leaderIsLegalRepresentative, stateLevel, publicInstitution, phoneProvince, filedWebsites
    case leaderAuthorizationLetter, siteLeaderSameAsLeader, idDocument, addressInDocumentCity, governmentBody
    case constructionPlan, shellEntity
    case domains, content, preApprovals, commitmentLetter, access, cdn
    case registrarApproved, realNameVerified, verifiedDaysAgo, holder, daysToExpiry, privacyProtection
    case provider, product, region, billing, termMonths, publicIp, serviceNumbersUsed

    /// The name as written in drafts: `filed_entities`.
    var name: String { Self.names[rawValue] }

    static let names: [String] = allCases.map { field in
        var out = ""
        for ch in String(describing: field) {
            if ch.isUppercase { out += "_" + ch.lowercased() } else { out.append(ch) }
        }
        return out
    }

    static let byName: [String: Field] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    /// A set of fields as a bit mask.
    struct Set {
        let bits: UInt64
        let fields: [Field]

        init(_ fields: [Field]) {
            self.fields = fields
            bits = fields.reduce(0) { $0 | (1 << UInt64($1.rawValue)) }
        }

        func contains(_ field: Field) -> Bool { bits & (1 << UInt64(field.rawValue)) != 0 }
        var names: [String] { fields.map(\.name) }
    }

    static let top = Set([.account, .entity, .websites, .instance])
    static let accountFields = Set([.filedEntities])
    static let entityFields = Set([.type, .name, .province, .documentProvince, .residencePermitProvince, .localProof, .age,
                                   .leaderIsLegalRepresentative, .stateLevel, .publicInstitution, .phoneProvince, .filedWebsites,
                                   .leaderAuthorizationLetter, .siteLeaderSameAsLeader, .idDocument, .addressInDocumentCity,
                                   .governmentBody, .constructionPlan, .shellEntity])
    static let websiteFields = Set([.name, .domains, .content, .preApprovals, .commitmentLetter, .access, .cdn])
    static let domainFields = Set([.name, .registrarApproved, .realNameVerified, .verifiedDaysAgo, .holder, .daysToExpiry, .privacyProtection])
    static let instanceFields = Set([.provider, .product, .region, .billing, .termMonths, .publicIp, .serviceNumbersUsed])
}
