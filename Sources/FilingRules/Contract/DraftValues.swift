/// A draft as entered, before it is checked: the value tree the form fills, the JSON and YAML
/// readers parse, and the same builder as theirs reads into a `Draft`. It keeps what a `Draft`
/// cannot hold (a number typed as text, a blank website row), so the form can show it again.
public struct DraftValues: Sendable {
    var root: Value

    init(root: Value) { self.root = root }

    /// The empty form: one website with one domain.
    public static let blank = DraftValues(root: .object([
        Value.Member(known: Field.entity, value: .object([])),
        Value.Member(known: Field.websites, value: .array([Self.blankWebsite])),
    ]))

    static let blankWebsite = Value.object([Value.Member(known: Field.domains, value: .array([.object([])]))])

    /// Reads a YAML or JSON document without checking it against the contract.
    public init(text: String) throws(DraftInputError) {
        root = try DraftDecoder.parse(text: text).value
    }

    /// The draft read strictly by the contract's builder; blank website and domain rows are left out.
    public func draft() throws(DraftInputError) -> Draft {
        try DraftBuilder(syntax: .yaml).draft(Self.pruned(root))
    }

    /// The values at a field, as text: one for a value, several for a list.
    public func texts(at path: FieldPath) -> [String] {
        var value = root
        for step in path.steps {
            switch (step, value) {
            case (.key(let key), .object(let members)):
                guard let member = members.first(where: { Value.name(of: $0) == key }) else { return [] }
                value = member.value
            case (.index(let index), .array(let items)) where items.indices.contains(index):
                value = items[index]
            case (.key("name"), .string):
                continue // a domain written as a plain string
            default:
                return []
            }
        }
        return Self.texts(of: value)
    }

    private static func texts(of value: Value) -> [String] {
        switch value {
        case .null, .object: []
        case .bool(let flag): [flag ? "true" : "false"]
        case .number(let text, _), .string(let text): [text]
        case .array(let items): items.flatMap(texts)
        }
    }

    /// How many website rows the draft has.
    public var websiteCount: Int { websites.count }

    /// How many domain rows website `index` has.
    public func domainCount(website index: Int) -> Int {
        guard websites.indices.contains(index), case .array(let domains)? = Self.member(Field.domains, of: websites[index]) else { return 0 }
        return domains.count
    }

    /// Adds a blank website row, up to the limit.
    public mutating func addWebsite() {
        guard websites.count < DraftContract.maxWebsites else { return }
        websites.append(Self.blankWebsite)
    }

    /// Removes website row `index`.
    public mutating func removeWebsite(at index: Int) {
        guard websites.indices.contains(index) else { return }
        websites.remove(at: index)
    }

    /// Adds a blank domain row to website `index`, up to the limit.
    public mutating func addDomain(website index: Int) {
        editDomains(of: index) { if $0.count < DraftContract.maxDomains { $0.append(.object([])) } }
    }

    /// Removes domain row `domain` of website `index`.
    public mutating func removeDomain(website index: Int, at domain: Int) {
        editDomains(of: index) { if $0.indices.contains(domain) { $0.remove(at: domain) } }
    }

    private mutating func editDomains(of index: Int, _ edit: (inout [Value]) -> Void) {
        guard websites.indices.contains(index) else { return }
        var domains: [Value] = []
        if case .array(let items)? = Self.member(Field.domains, of: websites[index]) { domains = items }
        edit(&domains)
        websites[index] = Self.setting(Field.domains, to: .array(domains), in: websites[index])
    }

    private var websites: [Value] {
        get {
            guard case .array(let items)? = Self.member(Field.websites, of: root) else { return [] }
            return items
        }
        set { root = Self.setting(Field.websites, to: .array(newValue), in: root) }
    }

    static func member(_ field: Field, of value: Value) -> Value? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.field == field }?.value
    }

    static func setting(_ field: Field, to newValue: Value, in value: Value) -> Value {
        var members: [Value.Member] = []
        if case .object(let existing) = value { members = existing }
        if let index = members.firstIndex(where: { $0.field == field }) {
            members[index] = Value.Member(known: field, value: newValue)
        } else {
            members.append(Value.Member(known: field, value: newValue))
        }
        return .object(members)
    }

    /// The tree without blank website and domain rows (rows the form offered and the user left empty).
    static func pruned(_ value: Value) -> Value {
        guard case .array(let sites)? = member(Field.websites, of: value) else { return value }
        let kept = sites.filter { !isBlank($0) }.map { site -> Value in
            guard case .array(let domains)? = member(Field.domains, of: site) else { return site }
            return setting(Field.domains, to: .array(domains.filter { !isBlank($0) }), in: site)
        }
        return setting(Field.websites, to: .array(kept), in: value)
    }

    static func isBlank(_ value: Value) -> Bool {
        switch value {
        case .null: true
        case .string(let text): text.trimmed.isEmpty
        case .bool, .number: false
        case .array(let items): items.allSatisfy(isBlank)
        case .object(let members): members.allSatisfy { isBlank($0.value) }
        }
    }
}

extension DraftValues {
    /// The values of a `Draft`, as the form shows them.
    public init(draft: Draft) {
        func object<Root>(_ root: Root, _ bindings: [FieldBinding<Root>], extra: [Value.Member] = []) -> Value {
            var members: [Value.Member] = []
            for binding in bindings {
                if let value = binding.write(root) { members.append(Value.Member(key: binding.field.key, value: value)) }
            }
            return .object(members + extra)
        }
        var top: [Value.Member] = []
        if let account = draft.account { top.append(Value.Member(known: Field.account, value: object(account, DraftContract.account))) }
        top.append(Value.Member(known: Field.entity, value: object(draft.entity, DraftContract.entity)))
        top.append(Value.Member(known: Field.websites, value: .array(draft.websites.map { site in
            object(site, DraftContract.website, extra: [
                Value.Member(known: Field.domains, value: .array(site.domains.map { object($0, DraftContract.domain) })),
            ])
        })))
        if let instance = draft.instance { top.append(Value.Member(known: Field.instance, value: object(instance, DraftContract.instance))) }
        self.init(root: .object(top))
    }
}
