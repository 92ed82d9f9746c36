import Foundation

/// Writes a draft's JSON object as YAML that `icp check` reads; strings are double-quoted with escapes.
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
        default: return quoted(String(describing: value))
        }
    }

    /// A YAML double-quoted scalar: characters YAML may not carry raw (controls, DEL, C1 and NEL, U+FFFE and
    /// U+FFFF) are written as escapes, so every string the checker accepts reads back unchanged.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...: out.unicodeScalars.append(scalar)
            default: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16, uppercase: true)
            }
        }
        return out + "\""
    }
}
