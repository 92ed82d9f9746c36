/// Reads a parsed document into a `Draft`, rejecting anything the contract does not allow
/// with the JSON pointer of the offending value and the values accepted there.
struct DraftBuilder {
    let syntax: Value.Syntax

    static let topFields = ["account", "entity", "websites", "instance"]
    static let accountFields = ["filed_entities"]

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
            account = Account(filedEntities: try count(f["filed_entities"], at: path.appending("filed_entities")))
        }
        var instance: Instance?
        if let instanceValue = top["instance"] {
            instance = try self.instance(instanceValue, at: root.appending("instance"))
        }
        return Draft(account: account, entity: entity, websites: websites, instance: instance)
    }

    private func entity(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Entity {
        let f = try fields(value, at: path, allowed: Entity.CodingKeys.allCases.map(\.rawValue), what: "`entity`")
        guard let typeValue = f["type"] else { throw missing("type", at: path, what: "organization or individual") }
        guard let nameValue = f["name"] else { throw missing("name", at: path, what: "the organization's or person's name") }
        guard let provinceValue = f["province"] else { throw missing("province", at: path, what: "the province the filing is made in") }
        return Entity(
            type: try enumeration(typeValue, at: path.appending("type")),
            name: try requiredText(nameValue, at: path.appending("name")),
            province: try province(provinceValue, at: path.appending("province")),
            documentProvince: try optionalProvince(f["document_province"], at: path.appending("document_province")),
            residencePermitProvince: try optionalProvince(f["residence_permit_province"], at: path.appending("residence_permit_province")),
            localProof: try optionalEnumeration(f["local_proof"], at: path.appending("local_proof")),
            age: try count(f["age"], at: path.appending("age")),
            leaderIsLegalRepresentative: try flag(f["leader_is_legal_representative"], at: path.appending("leader_is_legal_representative")),
            stateLevel: try flag(f["state_level"], at: path.appending("state_level")),
            publicInstitution: try flag(f["public_institution"], at: path.appending("public_institution")),
            phoneProvince: try optionalProvince(f["phone_province"], at: path.appending("phone_province")),
            filedWebsites: try count(f["filed_websites"], at: path.appending("filed_websites")))
    }

    private func website(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Website {
        let f = try fields(value, at: path, allowed: Website.CodingKeys.allCases.map(\.rawValue), what: "a website")
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
            content: try enumerationList(f["content"], at: path.appending("content")),
            preApprovals: try enumerationList(f["pre_approvals"], at: path.appending("pre_approvals")),
            commitmentLetter: try flag(f["commitment_letter"], at: path.appending("commitment_letter")),
            access: try optionalEnumeration(f["access"], at: path.appending("access")),
            cdn: try optionalEnumeration(f["cdn"], at: path.appending("cdn")))
    }

    private func domain(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Domain {
        if case .string(let text) = value {
            return Domain(name: try domainName(text, at: path))
        }
        let f = try fields(value, at: path, allowed: Domain.CodingKeys.allCases.map(\.rawValue), what: "a domain (or a plain domain name)")
        guard let nameValue = f["name"] else { throw missing("name", at: path, what: "the domain, e.g. example.com") }
        let namePath = path.appending("name")
        return Domain(
            name: try domainName(try requiredText(nameValue, at: namePath), at: namePath),
            registrarApproved: try flag(f["registrar_approved"], at: path.appending("registrar_approved")),
            realNameVerified: try flag(f["real_name_verified"], at: path.appending("real_name_verified")),
            verifiedDaysAgo: try count(f["verified_days_ago"], at: path.appending("verified_days_ago")),
            holder: try optionalText(f["holder"], at: path.appending("holder")),
            daysToExpiry: try integer(f["days_to_expiry"], at: path.appending("days_to_expiry")),
            privacyProtection: try flag(f["privacy_protection"], at: path.appending("privacy_protection")))
    }

    private func instance(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Instance {
        let f = try fields(value, at: path, allowed: Instance.CodingKeys.allCases.map(\.rawValue), what: "`instance`")
        return Instance(
            provider: try optionalEnumeration(f["provider"], at: path.appending("provider")),
            product: try optionalEnumeration(f["product"], at: path.appending("product")),
            region: try optionalText(f["region"], at: path.appending("region")).map { ProvinceID.key($0) },
            billing: try optionalEnumeration(f["billing"], at: path.appending("billing")),
            termMonths: try count(f["term_months"], at: path.appending("term_months")),
            publicIp: try flag(f["public_ip"], at: path.appending("public_ip")),
            serviceNumbersUsed: try count(f["service_numbers_used"], at: path.appending("service_numbers_used")))
    }
}
