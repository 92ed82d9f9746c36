import Foundation

/// Writes a draft's JSON object as YAML that `icp check` reads; strings are JSON-quoted, which YAML accepts.
enum DraftYAML {
    static func text(_ object: [String: Any]) -> String {
        "# Draft filing saved from the checker form; check it with `icp check draft.yaml`.\n" + mapping(object, indent: 0)
    }

    private static let order = ["account", "entity", "websites", "instance"]

    private static func mapping(_ object: [String: Any], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let keys = object.keys.sorted { (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1) }
        return keys.compactMap { key -> String? in
            guard let value = object[key] else { return nil }
            switch value {
            case let nested as [String: Any]: return "\(pad)\(key):\n" + mapping(nested, indent: indent + 2)
            case let list as [Any] where !list.isEmpty && list.allSatisfy({ $0 is [String: Any] }):
                return "\(pad)\(key):\n" + list.compactMap { $0 as? [String: Any] }.map { item in
                    let body = mapping(item, indent: indent + 4)
                    return pad + "  - " + body.dropFirst(indent + 4)
                }.joined()
            case let list as [Any]: return "\(pad)\(key): [" + list.map(scalar).joined(separator: ", ") + "]\n"
            default: return "\(pad)\(key): \(scalar(value))\n"
            }
        }.joined()
    }

    private static func scalar(_ value: Any) -> String {
        switch value {
        case let flag as Bool: return flag ? "true" : "false"
        case let number as Int: return String(number)
        default:
            let data = (try? JSONSerialization.data(withJSONObject: [String(describing: value)], options: [])) ?? Data("[\"\"]".utf8)
            return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
        }
    }
}
