/// Reads a parsed document into a `Draft`, rejecting anything the contract does not allow
/// with the JSON pointer of the offending value and the values accepted there.
struct DraftBuilder {
    let syntax: Value.Syntax

    static let topFields = ["account", "entity", "websites", "instance"]
    static let accountFields = ["filed_entities"]
    static let entityFields = Entity.CodingKeys.allCases.map(\.rawValue)
    static let websiteFields = Website.CodingKeys.allCases.map(\.rawValue)
    static let domainFields = Domain.CodingKeys.allCases.map(\.rawValue)
    static let instanceFields = Instance.CodingKeys.allCases.map(\.rawValue)

    func draft(_ value: Value) throws(DraftInputError) -> Draft {
        let root = PointerPath()
        if case .null = value {
            throw DraftInputError(path: "", message: "the draft is empty; expected a mapping with `entity` and `websites`")
        }
        let top = try fields(value, at: root, allowed: Self.topFields, what: "the draft")
        guard let entityValue = top["entity"] else {
            throw missing("entity", at: root, what: "who files: `type`, `name` and `province`")
        }
        let entity = try self.entity(entityValue, at: root.appending("entity"))
        guard let websitesValue = top["websites"] else {
            throw missing("websites", at: root, what: "a list of one or more websites")
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
        if let accountValue = top["account"] {
            let path = root.appending("account")
            let f = try fields(accountValue, at: path, allowed: Self.accountFields, what: "`account`")
            account = Account(filedEntities: try count(f, "filed_entities", in: path))
        }
        var instance: Instance?
        if let instanceValue = top["instance"] {
            instance = try self.instance(instanceValue, at: root.appending("instance"))
        }
        return Draft(account: account, entity: entity, websites: websites, instance: instance)
    }

    private func entity(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Entity {
        let f = try fields(value, at: path, allowed: Self.entityFields, what: "`entity`")
        guard let typeValue = f["type"] else { throw missing("type", at: path, what: "organization or individual") }
        let type: EntityType = try enumeration(typeValue, at: path.appending("type"))
        guard let nameValue = f["name"] else { throw missing("name", at: path, what: "the organization's or person's name") }
        guard let provinceValue = f["province"] else { throw missing("province", at: path, what: "the province the filing is made in") }
        return Entity(
            type: type,
            name: try requiredText(nameValue, at: path.appending("name")),
            province: try province(provinceValue, at: path.appending("province")),
            documentProvince: try optionalProvince(f, "document_province", in: path),
            residencePermitProvince: try optionalProvince(f, "residence_permit_province", in: path),
            localProof: try optionalEnumeration(f, "local_proof", in: path),
            age: try count(f, "age", in: path),
            leaderIsLegalRepresentative: try flag(f, "leader_is_legal_representative", in: path),
            stateLevel: try flag(f, "state_level", in: path),
            publicInstitution: try flag(f, "public_institution", in: path),
            phoneProvince: try optionalProvince(f, "phone_province", in: path),
            filedWebsites: try count(f, "filed_websites", in: path))
    }

    private func website(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Website {
        let f = try fields(value, at: path, allowed: Self.websiteFields, what: "a website")
        guard let nameValue = f["name"] else { throw missing("name", at: path, what: "the website name") }
        guard let domainsValue = f["domains"] else { throw missing("domains", at: path, what: "a list of one or more domains") }
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
            content: try enumerationList(f, "content", in: path),
            preApprovals: try enumerationList(f, "pre_approvals", in: path),
            commitmentLetter: try flag(f, "commitment_letter", in: path),
            access: try optionalEnumeration(f, "access", in: path),
            cdn: try optionalEnumeration(f, "cdn", in: path))
    }

    private func domain(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Domain {
        if case .string(let text) = value {
            return Domain(name: try domainName(text, at: path))
        }
        let f = try fields(value, at: path, allowed: Self.domainFields, what: "a domain (or a plain domain name)")
        guard let nameValue = f["name"] else { throw missing("name", at: path, what: "the domain, e.g. example.com") }
        let namePath = path.appending("name")
        return Domain(
            name: try domainName(try requiredText(nameValue, at: namePath), at: namePath),
            registrarApproved: try flag(f, "registrar_approved", in: path),
            realNameVerified: try flag(f, "real_name_verified", in: path),
            verifiedDaysAgo: try count(f, "verified_days_ago", in: path),
            holder: try optionalText(f, "holder", in: path),
            daysToExpiry: try integer(f, "days_to_expiry", in: path),
            privacyProtection: try flag(f, "privacy_protection", in: path))
    }

    private func instance(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Instance {
        let f = try fields(value, at: path, allowed: Self.instanceFields, what: "`instance`")
        return Instance(
            provider: try optionalEnumeration(f, "provider", in: path),
            product: try optionalEnumeration(f, "product", in: path),
            region: try optionalText(f, "region", in: path).map { ProvinceID.key($0) },
            billing: try optionalEnumeration(f, "billing", in: path),
            termMonths: try count(f, "term_months", in: path),
            publicIp: try flag(f, "public_ip", in: path),
            serviceNumbersUsed: try count(f, "service_numbers_used", in: path))
    }
}
