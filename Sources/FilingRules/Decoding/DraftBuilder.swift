/// Reads a parsed document into a `Draft` by the table in `DraftContract`, rejecting anything the
/// contract does not allow with the JSON pointer of the offending value and the values accepted there.
struct DraftBuilder {
    let syntax: Value.Syntax

    /// One object's readers with their keys as `Field`s, prepared once and kept lean: copying a
    /// whole `DraftField` per value read would retain each of its strings.
    struct Plan<Root: ContractObject>: Sendable {
        let readers: [FieldBinding<Root>.Reader]
        let ids: [Field]
        let required: [Bool]
        let allowed: Field.Set

        init(_ bindings: [FieldBinding<Root>], children: [Field] = []) {
            readers = bindings.map(\.read)
            ids = bindings.map { Field.named($0.field.key) }
            required = bindings.map(\.field.required)
            allowed = Field.Set(ids + children)
        }
    }

    static let accountPlan = Plan(DraftContract.account)
    static let entityPlan = Plan(DraftContract.entity)
    static let websitePlan = Plan(DraftContract.website, children: [Field.domains])
    static let domainPlan = Plan(DraftContract.domain)
    static let instancePlan = Plan(DraftContract.instance)

    /// Region ids are lower-case with dashes; `CN_Hangzhou` reads as `cn-hangzhou`.
    static func regionID(_ text: String) -> String {
        text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D } ? text : ProvinceID.key(text)
    }

    func draft(_ value: Value) throws(DraftInputError) -> Draft {
        let root = PointerPath()
        if case .null = value {
            throw DraftInputError(path: "", problem: .emptyDraft)
        }
        let top = try fields(value, at: root, allowed: Field.top, object: nil)
        guard let entityValue = top[Field.entity] else {
            throw missing(Field.entity, at: root)
        }
        let entity = try object(entityValue, Self.entityPlan, at: root.appending("entity"), object: .entity).root
        guard let websitesValue = top[Field.websites] else {
            throw missing(Field.websites, at: root)
        }
        let websitesPath = root.appending("websites")
        let items = try list(websitesValue, at: websitesPath, of: Field.websites)
        guard !items.isEmpty else {
            throw DraftInputError(path: websitesPath.pointer, problem: .emptyList("websites"))
        }
        var websites: [Website] = []
        websites.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            websites.append(try website(item, at: websitesPath.appending(index)))
        }
        let account = try top[Field.account].map { (value) throws(DraftInputError) in
            try object(value, Self.accountPlan, at: root.appending("account"), object: .account).root
        }
        let instance = try top[Field.instance].map { (value) throws(DraftInputError) in
            try object(value, Self.instancePlan, at: root.appending("instance"), object: .instance).root
        }
        return Draft(account: account, entity: entity, websites: websites, instance: instance)
    }

    /// Reads the fields of one object in table order; a required field left out is an error.
    func object<Root>(_ value: Value, _ plan: Plan<Root>, at path: PointerPath, object: DraftField.Object) throws(DraftInputError) -> (root: Root, fields: Fields) {
        let f = try fields(value, at: path, allowed: plan.allowed, object: object)
        var root = Root.blank
        var index = 0
        while index < plan.ids.count {
            defer { index += 1 }
            let id = plan.ids[index]
            guard let member = f[id] else {
                if plan.required[index] { throw missing(id, at: path) }
                continue
            }
            try plan.readers[index](&root, member, path, self)
        }
        return (root, f)
    }

    private func website(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Website {
        var (website, f) = try object(value, Self.websitePlan, at: path, object: .website)
        guard let domainsValue = f[Field.domains] else { throw missing(Field.domains, at: path) }
        let domainsPath = path.appending("domains")
        let items = try list(domainsValue, at: domainsPath, of: Field.domains)
        guard !items.isEmpty else {
            throw DraftInputError(path: domainsPath.pointer, problem: .emptyList("domains"))
        }
        website.domains.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            website.domains.append(try domain(item, at: domainsPath.appending(index)))
        }
        return website
    }

    private func domain(_ value: Value, at path: PointerPath) throws(DraftInputError) -> Domain {
        if case .string(let text) = value {
            return Domain(name: try domainName(text, at: path))
        }
        return try object(value, Self.domainPlan, at: path, object: .domain).root
    }
}
