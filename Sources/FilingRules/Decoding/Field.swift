/// A key of the draft contract as a small integer: the objects' names, then every field key of
/// `DraftContract` once. Keys are matched to these while parsing, so reading a draft compares
/// small integers instead of strings.
struct Field: Hashable, Sendable {
    let rawValue: Int

    /// The keys that hold objects and lists rather than values.
    static let structural = ["account", "entity", "websites", "instance", "domains"]

    static let names: [String] = {
        var names = structural
        for field in DraftContract.fields where !names.contains(field.key) { names.append(field.key) }
        precondition(names.count <= 64, "Field.Set holds at most 64 keys")
        return names
    }()

    static let allCases: [Field] = names.indices.map(Field.init(rawValue:))
    static let byName: [String: Field] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    /// The name as written in drafts: `filed_entities`.
    var name: String { Self.names[rawValue] }

    /// The field named `name`, which the contract defines.
    static func named(_ name: String) -> Field {
        guard let field = byName[name] else { preconditionFailure("\(name) is not a key of the draft contract") }
        return field
    }

    /// A set of fields as a bit mask.
    struct Set: Sendable {
        let bits: UInt64
        let fields: [Field]

        init(_ fields: [Field]) {
            self.fields = fields
            bits = fields.reduce(0) { $0 | (1 << UInt64($1.rawValue)) }
        }

        init(_ names: [String]) { self.init(names.map(Field.named)) }

        func contains(_ field: Field) -> Bool { bits & (1 << UInt64(field.rawValue)) != 0 }
        var names: [String] { fields.map(\.name) }
    }

    static let entity = named("entity"), websites = named("websites"), account = named("account")
    static let instance = named("instance"), domains = named("domains")
    static let top = Set([account, entity, websites, instance])
}
