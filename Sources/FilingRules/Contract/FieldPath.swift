/// A place in a draft, understood alike by the decoder, the form and the report: as a JSON pointer
/// (`/websites/0/domains/1/name`), a form field name (`websites.0.domains.1.name`), an element id
/// and a label in the user's words ("Website 1 › Domain 2 › Domain").
public struct FieldPath: Hashable, Sendable {
    /// One step down: a key of a mapping or a position in a list.
    public enum Step: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The steps from the draft's root.
    public let steps: [Step]

    /// The path of `steps`.
    public init(_ steps: [Step]) { self.steps = steps }

    /// Reads an RFC 6901 pointer; tokens of digits are list positions.
    public init(pointer: String) {
        guard pointer.utf8.contains(UInt8(ascii: "~")) else {
            steps = pointer.split(separator: "/").map { Self.step(String($0)) }
            return
        }
        steps = pointer.split(separator: "/").map { token in
            var key = ""
            var escaped = false
            for ch in token {
                if escaped { key.append(ch == "1" ? "/" : "~"); escaped = false } else if ch == "~" { escaped = true } else { key.append(ch) }
            }
            return Self.step(key)
        }
    }

    /// Reads a form field name; nil when it is not one (empty parts, or longer than any field's).
    public init?(formName: String) {
        let parts = formName.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 6, !parts.contains(where: \.isEmpty) else { return nil }
        steps = parts.map { Self.step(String($0)) }
    }

    private static func step(_ token: String) -> Step {
        if !token.isEmpty, token.utf8.count <= 4, token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let index = Int(token) {
            return .index(index)
        }
        return .key(token)
    }

    /// The path one step further down.
    public func appending(_ step: Step) -> FieldPath { FieldPath(steps + [step]) }

    /// RFC 6901 form: `/websites/0/name`, with `~` and `/` escaped.
    public var pointer: String {
        steps.map { step in
            switch step {
            case .key(let key): "/" + key.map { $0 == "~" ? "~0" : $0 == "/" ? "~1" : String($0) }.joined()
            case .index(let index): "/\(index)"
            }
        }.joined()
    }

    /// The form field's name: `websites.0.name`.
    public var formName: String {
        steps.map { step in
            switch step {
            case .key(let key): key
            case .index(let index): String(index)
            }
        }.joined(separator: ".")
    }

    /// The form element's id: `f-websites-0-name`; for a list item, the list's.
    public var elementID: String {
        "f-" + String(upToField.formName.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "-" })
    }

    /// The object the path ends in, with its place: (.domain, website 0, domain 1).
    public var object: (object: DraftField.Object, website: Int?, domain: Int?)? {
        var found: (DraftField.Object, Int?, Int?)?
        var index = 0
        while index < steps.count {
            switch steps[index] {
            case .key("account"): found = (.account, nil, nil)
            case .key("entity"): found = (.entity, nil, nil)
            case .key("instance"): found = (.instance, nil, nil)
            case .key("websites"):
                guard index + 1 < steps.count, case .index(let i) = steps[index + 1] else { return found }
                found = (.website, i, nil)
                index += 1
            case .key("domains"):
                guard let website = found?.1, index + 1 < steps.count, case .index(let j) = steps[index + 1] else { return found }
                found = (.domain, website, j)
                index += 1
            default: return found
            }
            index += 1
        }
        return found
    }

    /// The contract field the path names, or nil for an object or a key the contract lacks.
    public var field: DraftField? {
        guard let object, let key = fieldKey else { return nil }
        return DraftContract.field(object.object, key)
    }

    /// The key after the object's steps, if any.
    private var fieldKey: String? {
        guard let object else { return nil }
        let depth = objectDepth(object)
        guard depth < steps.count, case .key(let key) = steps[depth] else { return nil }
        return key
    }

    private func objectDepth(_ object: (object: DraftField.Object, website: Int?, domain: Int?)) -> Int {
        switch object.object {
        case .account, .entity, .instance: 1
        case .website: 2
        case .domain: 4
        }
    }

    /// The path cut after the field it names: `/websites/0/content/2` gives `/websites/0/content`.
    public var upToField: FieldPath {
        guard let object, fieldKey != nil else { return self }
        return FieldPath(Array(steps.prefix(objectDepth(object) + 1)))
    }

    /// The label of the object the path ends in, in `language`: "Website 1 › Domain 2" or "网站1 › 域名2",
    /// or "Entity".
    public func objectLabel(in language: Language) -> String? {
        object.map { Self.label(of: $0, in: language) }
    }

    private static func label(of object: (object: DraftField.Object, website: Int?, domain: Int?), in language: Language) -> String {
        let zh = language == .chinese
        let (website, domain) = zh ? ("网站", "域名") : ("Website ", "Domain ")
        switch object.object {
        case .account, .entity, .instance: return zh ? object.object.chinese : object.object.label
        case .website: return website + "\((object.website ?? 0) + 1)"
        case .domain: return website + "\((object.website ?? 0) + 1) › " + domain + "\((object.domain ?? 0) + 1)"
        }
    }

    /// The place in the user's words in `language`: "网站1 › 域名1 › 域名有效期剩余天数" in Chinese.
    public func label(in language: Language) -> String {
        let zh = language == .chinese
        guard let object else {
            if case .key(let key)? = steps.first, key == "websites" { return zh ? "网站" : "Websites" }
            return steps.isEmpty ? (zh ? "草稿" : "The draft") : formName
        }
        let objectLabel = Self.label(of: object, in: language)
        let depth = objectDepth(object)
        guard depth < steps.count, case .key(let key) = steps[depth] else { return objectLabel }
        if let field = DraftContract.field(object.object, key) { return objectLabel + " › " + (zh ? field.chinese : field.label) }
        return objectLabel + " › " + (key == "domains" ? (zh ? "域名" : "Domains") : key)
    }

    /// The place in the user's words: "Website 1 › Domain 1 › Days until expiry"; "The draft" for the root.
    public var label: String { label(in: .english) }

    /// The label of the place at `pointer` in `language`. Those of the entity's, the account's and the
    /// instance's fields come from a table made once: reports name them on almost every check.
    public static func label(pointer: String, in language: Language) -> String {
        if let labels = fixedFieldLabels[pointer] { return language == .chinese ? labels.chinese : labels.english }
        return FieldPath(pointer: pointer).label(in: language)
    }

    private static let fixedFieldLabels: [String: (english: String, chinese: String)] = Dictionary(
        DraftContract.fields.filter { $0.object != .website && $0.object != .domain }.map { field in
            let path = FieldPath([.key(field.object.rawValue), .key(field.key)])
            return (path.pointer, (path.label(in: .english), path.label(in: .chinese)))
        }, uniquingKeysWith: { first, _ in first })
}
