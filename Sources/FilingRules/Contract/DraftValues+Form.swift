extension DraftValues {
    /// Reads the form's name/value pairs, named by `FieldPath.formName` (`websites.0.domains.1.name`)
    /// and typed by the contract. Names the contract lacks are ignored; rows past the limits are refused.
    /// Every row is kept, blank or not, so the form shows what was posted.
    public init(form pairs: [(name: String, value: String)]) throws(DraftInputError) {
        var objects: [DraftField.Object: [String: [String]]] = [:]
        var websites: [Int: [String: [String]]] = [:]
        var domains: [Int: [Int: [String: [String]]]] = [:]
        for (name, value) in pairs {
            guard let path = FieldPath(formName: name), let field = path.field, path.upToField == path, let place = path.object else { continue }
            let website = place.website ?? 0, domain = place.domain ?? 0
            guard website < DraftContract.maxWebsites, domain < DraftContract.maxDomains else {
                throw DraftInputError(path: path.pointer, problem: .tooManyRows(websites: DraftContract.maxWebsites, domains: DraftContract.maxDomains))
            }
            switch field.object {
            case .account, .entity, .instance: objects[field.object, default: [:]][field.key, default: []].append(value)
            case .website: websites[website, default: [:]][field.key, default: []].append(value)
            case .domain:
                if websites[website] == nil { websites[website] = [:] }
                domains[website, default: [:]][domain, default: [:]][field.key, default: []].append(value)
            }
        }
        var top: [Value.Member] = []
        if let account = objects[.account] { top.append(Value.Member(known: Field.account, value: Self.object(account, DraftContract.account.map(\.field)))) }
        top.append(Value.Member(known: Field.entity, value: Self.object(objects[.entity] ?? [:], DraftContract.entity.map(\.field))))
        let sites = (websites.isEmpty ? [0: [:]] : websites).sorted { $0.key < $1.key }.map { index, fields -> Value in
            let rows = (domains[index] ?? [0: [:]]).sorted { $0.key < $1.key }.map { Self.object($0.value, DraftContract.domain.map(\.field)) }
            guard case .object(let members) = Self.object(fields, DraftContract.website.map(\.field)) else { return .object([]) }
            return .object(members + [Value.Member(known: Field.domains, value: .array(rows))])
        }
        top.append(Value.Member(known: Field.websites, value: .array(sites)))
        if let instance = objects[.instance] { top.append(Value.Member(known: Field.instance, value: Self.object(instance, DraftContract.instance.map(\.field)))) }
        self.init(root: .object(top))
    }

    /// One object's entered values, typed by each field's kind; blank values are left out.
    private static func object(_ entered: [String: [String]], _ fields: [DraftField]) -> Value {
        var members: [Value.Member] = []
        for field in fields {
            let texts = (entered[field.key] ?? []).map(\.trimmed).filter { !$0.isEmpty }
            guard let text = texts.first else { continue }
            let value: Value
            switch field.kind {
            case .choices: value = .array(texts.map(Value.string))
            case .count, .wholeNumber: value = Int(text).map { .number(text: text, integer: $0) } ?? .string(text)
            case .flag: value = text == "true" ? .bool(true) : text == "false" ? .bool(false) : .string(text)
            case .text, .domainName, .region, .province, .choice: value = .string(text)
            }
            members.append(Value.Member(key: field.key, value: value))
        }
        return .object(members)
    }
}
