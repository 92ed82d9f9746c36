/// An object of the draft that contract fields are read into: where it sits, and a blank to fill.
protocol ContractObject: Sendable {
    static var object: DraftField.Object { get }
    /// A value whose required fields the builder overwrites or reports missing.
    static var blank: Self { get }
}

extension Account: ContractObject {
    static var object: DraftField.Object { .account }
    static var blank: Account { Account() }
}

extension Entity: ContractObject {
    static var object: DraftField.Object { .entity }
    static var blank: Entity { Entity(type: .organization, name: "", province: .beijing) }
}

extension Website: ContractObject {
    static var object: DraftField.Object { .website }
    static var blank: Website { Website(name: "", domains: []) }
}

extension Domain: ContractObject {
    static var object: DraftField.Object { .domain }
    static var blank: Domain { Domain(name: "") }
}

extension Instance: ContractObject {
    static var object: DraftField.Object { .instance }
    static var blank: Instance { Instance() }
}

/// The words of a field: label and Chinese term, then the help and the topic of the page that
/// explains it, each as English beside Chinese.
struct FieldWords {
    let label: String
    let chinese: String
    let help: (en: String, zh: String)
    let docs: String
    let topic: (en: String, zh: String)

    init(_ label: String, _ chinese: String, help: (String, String), docs: String, topic: (String, String)) {
        (self.label, self.chinese, self.help, self.docs, self.topic) = (label, chinese, help, docs, topic)
    }
}

/// A contract field bound to its property: how a value tree's member is read into the object,
/// and how the object's property is written back as a value. A reader gets the object's path and
/// appends its key only to report an error.
struct FieldBinding<Root: ContractObject>: Sendable {
    typealias Reader = @Sendable (inout Root, Value, PointerPath, DraftBuilder) throws(DraftInputError) -> Void
    let field: DraftField
    let read: Reader
    let write: @Sendable (Root) -> Value?

    private init(_ key: String, _ kind: DraftField.Kind, _ words: FieldWords, required: Bool, for types: [EntityType],
                 read: @escaping Reader, write: @escaping @Sendable (Root) -> Value?) {
        field = DraftField(object: Root.object, key: key, kind: kind, label: words.label, chinese: words.chinese, help: words.help.en,
                           helpZh: words.help.zh, docsTopic: words.topic.en, docsTopicZh: words.topic.zh, docs: words.docs, required: required, appliesTo: types)
        self.read = read
        self.write = write
    }

    /// Required text; a domain's name is also checked as a host name.
    static func requiredText(_ key: String, _ property: WritableKeyPath<Root, String> & Sendable, as kind: DraftField.Kind = .text,
                             _ words: FieldWords) -> Self {
        let store = FieldStore(property)
        return Self(key, kind, words, required: true, for: []) { (root: inout Root, value: Value, path: PointerPath, builder: DraftBuilder) throws(DraftInputError) in
            let text = try builder.requiredText(value, at: path.appending(key))
            store.set(&root, kind == .domainName ? try builder.domainName(text, at: path.appending(key)) : text)
        } write: { .string($0[keyPath: property]) }
    }

    /// Optional text; a region id is normalized to lower case with dashes.
    static func text(_ key: String, _ property: WritableKeyPath<Root, String?> & Sendable, as kind: DraftField.Kind = .text,
                     _ words: FieldWords, for types: [EntityType] = []) -> Self {
        let store = FieldStore(property)
        return Self(key, kind, words, required: false, for: types) { (root: inout Root, value: Value, path: PointerPath, builder: DraftBuilder) throws(DraftInputError) in
            let text = try builder.optionalText(value, at: path.appending(key))
            store.set(&root, kind == .region ? text.map(DraftBuilder.regionID) : text)
        } write: { $0[keyPath: property].map(Value.string) }
    }

    /// A whole number; `.count` refuses negative numbers.
    static func number(_ key: String, _ property: WritableKeyPath<Root, Int?> & Sendable, as kind: DraftField.Kind = .count,
                       _ words: FieldWords, for types: [EntityType] = []) -> Self {
        let store = FieldStore(property)
        return Self(key, kind, words, required: false, for: types) { (root: inout Root, value: Value, path: PointerPath, builder: DraftBuilder) throws(DraftInputError) in
            store.set(&root, kind == .count ? try builder.count(value, at: path.appending(key)) : try builder.integer(value, at: path.appending(key)))
        } write: { root in root[keyPath: property].map { .number(text: String($0), integer: $0) } }
    }

    static func flag(_ key: String, _ property: WritableKeyPath<Root, Bool?> & Sendable, _ words: FieldWords,
                     for types: [EntityType] = []) -> Self {
        let store = FieldStore(property)
        return Self(key, .flag, words, required: false, for: types) { (root: inout Root, value: Value, path: PointerPath, builder: DraftBuilder) throws(DraftInputError) in
            store.set(&root, try builder.flag(value, at: path.appending(key)))
        } write: { $0[keyPath: property].map(Value.bool) }
    }

    static func province(_ key: String, _ property: WritableKeyPath<Root, ProvinceID> & Sendable, _ words: FieldWords) -> Self {
        let store = FieldStore(property)
        return Self(key, .province, words, required: true, for: []) { (root: inout Root, value: Value, path: PointerPath, builder: DraftBuilder) throws(DraftInputError) in
            store.set(&root, try builder.province(value, at: path.appending(key)))
        } write: { .string($0[keyPath: property].rawValue) }
    }

    static func province(_ key: String, _ property: WritableKeyPath<Root, ProvinceID?> & Sendable, _ words: FieldWords,
                         for types: [EntityType] = []) -> Self {
        let store = FieldStore(property)
        return Self(key, .province, words, required: false, for: types) { (root: inout Root, value: Value, path: PointerPath, builder: DraftBuilder) throws(DraftInputError) in
            store.set(&root, try builder.province(value, at: path.appending(key)))
        } write: { $0[keyPath: property].map { .string($0.rawValue) } }
    }

    static func choice<E: DraftEnum>(_ key: String, _ property: WritableKeyPath<Root, E> & Sendable, _ words: FieldWords) -> Self {
        let store = FieldStore(property)
        return Self(key, .choice(DraftOption.all(E.self)), words, required: true, for: []) { (root: inout Root, value: Value, path: PointerPath, builder: DraftBuilder) throws(DraftInputError) in
            store.set(&root, try builder.enumeration(value, at: path.appending(key)))
        } write: { .string($0[keyPath: property].rawValue) }
    }

    static func choice<E: DraftEnum>(_ key: String, _ property: WritableKeyPath<Root, E?> & Sendable, _ words: FieldWords,
                                     for types: [EntityType] = []) -> Self {
        let store = FieldStore(property)
        return Self(key, .choice(DraftOption.all(E.self)), words, required: false, for: types) { (root: inout Root, value: Value, path: PointerPath, builder: DraftBuilder) throws(DraftInputError) in
            store.set(&root, try builder.enumeration(value, at: path.appending(key)) as E)
        } write: { $0[keyPath: property].map { .string($0.rawValue) } }
    }

    static func choices<E: DraftEnum>(_ key: String, _ property: WritableKeyPath<Root, [E]?> & Sendable, _ words: FieldWords) -> Self {
        let store = FieldStore(property)
        return Self(key, .choices(DraftOption.all(E.self)), words, required: false, for: []) { (root: inout Root, value: Value, path: PointerPath, builder: DraftBuilder) throws(DraftInputError) in
            store.set(&root, try builder.enumerationList(value, at: path.appending(key)))
        } write: { $0[keyPath: property].map { .array($0.map { .string($0.rawValue) }) } }
    }
}

/// Stores a value read for a field into its object. A stored property of a struct is written at its
/// offset, found once per field: one plain store, where a generic key-path write walked the key path
/// for every value read (about 5% of decoding a draft).
struct FieldStore<Root, Property>: Sendable {
    let keyPath: WritableKeyPath<Root, Property> & Sendable
    let offset: Int?

    init(_ keyPath: WritableKeyPath<Root, Property> & Sendable) {
        self.keyPath = keyPath
        offset = MemoryLayout<Root>.offset(of: keyPath)
    }

    @inline(__always)
    func set(_ root: inout Root, _ value: Property) {
        guard let offset else {
            root[keyPath: keyPath] = value
            return
        }
        withUnsafeMutableBytes(of: &root) { bytes in
            (bytes.baseAddress! + offset).assumingMemoryBound(to: Property.self).pointee = value
        }
    }
}
