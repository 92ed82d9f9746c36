/// Reads a parsed document into a `Draft`, rejecting anything the contract does not allow
/// with the JSON pointer of the offending value and the values accepted there.
struct DraftBuilder {
    let syntax: Value.Syntax


    /// Region ids are lower-case with dashes; `CN_Hangzhou` reads as `cn-hangzhou`.
    static func regionID(_ text: String) -> String {
        text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D } ? text : ProvinceID.key(text)
    }

    func draft(_ value: Value) throws(DraftInputError) -> Draft {
        let root = PointerPath()
        if case .null = value {
            throw DraftInputError(path: "", message: "the draft is empty; expected a mapping with `entity` and `websites`")
        }
        let top = try fields(value, at: root, allowed: Field.top, what: "the draft")
        guard let entityValue = top[.entity] else {
            throw missing(.entity, at: root, what: "who files: `type`, `name` and `province`")
        }
        let entity = try self.entity(entityValue, at: root.appending("entity"))
        guard let websitesValue = top[.websites] else {
            throw missing(.websites, at: root, what: "a list of one or more websites")
        }
        let websitesPath = root.appending("websites")
        let items = try list(websitesValue, at: websitesPath, of: "websites")
        guard !items.isEmpty else {
            throw DraftInputError(path: websitesPath.pointer, message: "needs at least one website")
        }
        var websites: [Website] = []
        websites.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            websites.append(try website(item, at: websitesPath.appending(index)))
        }
        var account: Account?
        if let accountValue = top[.account] {
            let path = root.appending("account")
            let f = try fields(accountValue, at: path, allowed: Field.accountFields, what: "`account`")
            account = Account(filedEntities: try count(f, .filedEntities, in: path))
        }
        var instance: Instance?
        if let instanceValue = top[.instance] {
            instance = try self.instance(instanceValue, at: root.appending("instance"))
        }
        return Draft(account: account, entity: entity, websites: websites, instance: instance)
    }

    private func entity(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Entity {
        let f = try fields(value, at: path, allowed: Field.entityFields, what: "`entity`")
        guard let typeValue = f[.type] else { throw missing(.type, at: path, what: "organization or individual") }
        let type: EntityType = try enumeration(typeValue, at: path.appending("type"))
        guard let nameValue = f[.name] else { throw missing(.name, at: path, what: "the organization's or person's name") }
        guard let provinceValue = f[.province] else { throw missing(.province, at: path, what: "the province the filing is made in") }
        return Entity(
            type: type,
            name: try requiredText(nameValue, at: path.appending("name")),
            province: try province(provinceValue, at: path.appending("province")),
            documentProvince: try optionalProvince(f, .documentProvince, in: path),
            residencePermitProvince: try optionalProvince(f, .residencePermitProvince, in: path),
            localProof: try optionalEnumeration(f, .localProof, in: path),
            age: try count(f, .age, in: path),
            leaderIsLegalRepresentative: try flag(f, .leaderIsLegalRepresentative, in: path),
            stateLevel: try flag(f, .stateLevel, in: path),
            publicInstitution: try flag(f, .publicInstitution, in: path),
            phoneProvince: try optionalProvince(f, .phoneProvince, in: path),
            filedWebsites: try count(f, .filedWebsites, in: path),
            leaderAuthorizationLetter: try flag(f, .leaderAuthorizationLetter, in: path),
            siteLeaderSameAsLeader: try flag(f, .siteLeaderSameAsLeader, in: path),
            idDocument: try optionalEnumeration(f, .idDocument, in: path),
            addressInDocumentCity: try flag(f, .addressInDocumentCity, in: path),
            governmentBody: try flag(f, .governmentBody, in: path),
            constructionPlan: try flag(f, .constructionPlan, in: path),
            shellEntity: try flag(f, .shellEntity, in: path))
    }

    private func website(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Website {
        let f = try fields(value, at: path, allowed: Field.websiteFields, what: "a website")
        guard let nameValue = f[.name] else { throw missing(.name, at: path, what: "the website name") }
        guard let domainsValue = f[.domains] else { throw missing(.domains, at: path, what: "a list of one or more domains") }
        let domainsPath = path.appending("domains")
        let items = try list(domainsValue, at: domainsPath, of: "domains")
        guard !items.isEmpty else {
            throw DraftInputError(path: domainsPath.pointer, message: "needs at least one domain")
        }
        var domains: [Domain] = []
        domains.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            domains.append(try domain(item, at: domainsPath.appending(index)))
        }
        return Website(
            name: try requiredText(nameValue, at: path.appending("name")),
            domains: domains,
            content: try enumerationList(f, .content, in: path),
            preApprovals: try enumerationList(f, .preApprovals, in: path),
            commitmentLetter: try flag(f, .commitmentLetter, in: path),
            access: try optionalEnumeration(f, .access, in: path),
            cdn: try optionalEnumeration(f, .cdn, in: path))
    }

    private func domain(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Domain {
        if case .string(let text) = value {
            return Domain(name: try domainName(text, at: path))
        }
        let f = try fields(value, at: path, allowed: Field.domainFields, what: "a domain (or a plain domain name)")
        guard let nameValue = f[.name] else { throw missing(.name, at: path, what: "the domain, e.g. example.com") }
        let namePath = path.appending("name")
        return Domain(
            name: try domainName(try requiredText(nameValue, at: namePath), at: namePath),
            registrarApproved: try flag(f, .registrarApproved, in: path),
            realNameVerified: try flag(f, .realNameVerified, in: path),
            verifiedDaysAgo: try count(f, .verifiedDaysAgo, in: path),
            holder: try optionalText(f, .holder, in: path),
            daysToExpiry: try integer(f, .daysToExpiry, in: path),
            privacyProtection: try flag(f, .privacyProtection, in: path))
    }

    private func instance(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Instance {
        let f = try fields(value, at: path, allowed: Field.instanceFields, what: "`instance`")
        return Instance(
            provider: try optionalEnumeration(f, .provider, in: path),
            product: try optionalEnumeration(f, .product, in: path),
            region: try optionalText(f, .region, in: path).map { Self.regionID($0) },
            billing: try optionalEnumeration(f, .billing, in: path),
            termMonths: try count(f, .termMonths, in: path),
            publicIp: try flag(f, .publicIp, in: path),
            serviceNumbersUsed: try count(f, .serviceNumbersUsed, in: path))
    }
}
