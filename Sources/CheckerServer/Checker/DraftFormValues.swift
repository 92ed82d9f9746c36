import Foundation

/// The values entered in the checker form, grouped like the draft; blank website and domain rows are dropped.
struct DraftFormValues: Sendable, Equatable {
    /// Values of one object's fields by key; a key may repeat (checkboxes).
    typealias Fields = [String: [String]]

    struct Website: Sendable, Equatable {
        var fields: Fields = [:]
        var domains: [Fields] = []
    }

    var account: Fields = [:]
    var entity: Fields = [:]
    var websites: [Website] = []
    var instance: Fields = [:]

    /// The empty form: one website with one domain.
    static let blank = DraftFormValues(websites: [Website(domains: [[:]])])

    /// Reads `application/x-www-form-urlencoded` pairs named like `websites.0.domains.1.name`.
    /// Unknown names are ignored; indices past the limits are refused.
    init(pairs: [(String, String)]) throws(FormDecodingError) {
        var websites: [Int: Website] = [:]
        var domainRows: [Int: [Int: Fields]] = [:]
        for (name, value) in pairs {
            let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            switch parts.count {
            case 2 where parts[0] == "account": account[parts[1], default: []].append(value)
            case 2 where parts[0] == "entity": entity[parts[1], default: []].append(value)
            case 2 where parts[0] == "instance": instance[parts[1], default: []].append(value)
            case 3 where parts[0] == "websites":
                let index = try Self.index(parts[1], limit: DraftFormSchema.maxWebsites, field: name)
                websites[index, default: Website()].fields[parts[2], default: []].append(value)
            case 5 where parts[0] == "websites" && parts[2] == "domains":
                let index = try Self.index(parts[1], limit: DraftFormSchema.maxWebsites, field: name)
                let domain = try Self.index(parts[3], limit: DraftFormSchema.maxDomains, field: name)
                if websites[index] == nil { websites[index] = Website() }
                domainRows[index, default: [:]][domain, default: [:]][parts[4], default: []].append(value)
            default: continue
            }
        }
        for (index, rows) in domainRows {
            websites[index]?.domains = rows.keys.sorted().compactMap { rows[$0] }.filter { !Self.isBlank($0) }
        }
        self.websites = websites.keys.sorted().compactMap { websites[$0] }.filter { !Self.isBlank($0.fields) || !$0.domains.isEmpty }
    }

    private init(websites: [Website]) { self.websites = websites }

    private static func index(_ text: String, limit: Int, field: String) throws(FormDecodingError) -> Int {
        guard text.count <= 3, let value = Int(text), value >= 0, value < limit else {
            throw FormDecodingError(field: field, message: "at most \(limit) rows are accepted here")
        }
        return value
    }

    private static func isBlank(_ fields: Fields) -> Bool {
        fields.values.allSatisfy { $0.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
    }

    /// The draft as a JSON object, typed by the schema; blank fields are left out.
    var jsonObject: [String: Any] {
        var draft: [String: Any] = [:]
        let account = Self.object(self.account, DraftFormSchema.account)
        if !account.isEmpty { draft["account"] = account }
        draft["entity"] = Self.object(entity, DraftFormSchema.entity)
        draft["websites"] = websites.map { site -> [String: Any] in
            var object = Self.object(site.fields, DraftFormSchema.website)
            object["domains"] = site.domains.map { Self.object($0, DraftFormSchema.domain) }
            return object
        }
        let instance = Self.object(self.instance, DraftFormSchema.instance)
        if !instance.isEmpty { draft["instance"] = instance }
        return draft
    }

    /// The draft as JSON bytes for `DraftDecoder`.
    var jsonBytes: [UInt8] {
        let data = (try? JSONSerialization.data(withJSONObject: jsonObject, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Array(data)
    }

    private static func object(_ values: Fields, _ fields: [FormField]) -> [String: Any] {
        var object: [String: Any] = [:]
        for field in fields {
            let entered = (values[field.key] ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            guard let first = entered.first else { continue }
            switch field.kind {
            case .choices: object[field.key] = entered
            case .integer: object[field.key] = Int(first).map { $0 as Any } ?? first
            case .boolean: object[field.key] = first == "true" ? true : first == "false" ? false : first as Any
            case .text, .province, .choice: object[field.key] = first
            }
        }
        return object
    }
}

/// A form value that cannot be read, named by its form field.
struct FormDecodingError: Error, Sendable, Equatable {
    let field: String
    let message: String
}
