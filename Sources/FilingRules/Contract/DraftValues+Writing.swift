extension DraftValues {
    /// Reads compact JSON written by `json`, without checking it against the contract.
    public init(json: [UInt8]) throws(DraftInputError) {
        root = try DraftDecoder.parse(json: json)
    }

    /// The tree as compact JSON, keys in the order entered.
    public var json: [UInt8] {
        var writer = JSONWriter(pretty: false)
        Self.write(root, to: &writer)
        return writer.bytes
    }

    private static func write(_ value: Value, to writer: inout JSONWriter) {
        switch value {
        case .null: writer.literal("null")
        case .bool(let flag): writer.literal(flag ? "true" : "false")
        case .number(let text, let integer):
            if let integer { writer.literal(String(integer)) } else if Double(text) != nil { writer.literal(text) } else { writer.string(text) }
        case .string(let text): writer.string(text)
        case .array(let items): writer.array(items) { writer, item in write(item, to: &writer) }
        case .object(let members):
            writer.object { writer in
                for member in members {
                    writer.key(Value.name(of: member))
                    write(member.value, to: &writer)
                }
            }
        }
    }

    /// The draft as YAML that `icp check` reads, blank rows left out; text is double-quoted with escapes.
    public var yaml: String {
        "# A draft filing saved from the checker form; check it with: icp check draft.yaml\n"
            + Self.mapping(Self.pruned(root), indent: 0)
    }

    private static func mapping(_ value: Value, indent: Int) -> String {
        guard case .object(let members) = value else { return "" }
        let pad = String(repeating: " ", count: indent)
        return members.map { member -> String in
            let key = Value.name(of: member)
            switch member.value {
            case .object: return "\(pad)\(key):\n" + mapping(member.value, indent: indent + 2)
            case .array(let items) where !items.isEmpty && items.allSatisfy({ if case .object = $0 { true } else { false } }):
                return "\(pad)\(key):\n" + items.map { item in
                    let body = mapping(item, indent: indent + 4)
                    return body.isEmpty ? pad + "  - {}\n" : pad + "  - " + body.dropFirst(indent + 4)
                }.joined()
            case .array(let items): return "\(pad)\(key): [" + items.map(scalar).joined(separator: ", ") + "]\n"
            default: return "\(pad)\(key): \(scalar(member.value))\n"
            }
        }.joined()
    }

    private static func scalar(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let text, let integer): integer.map(String.init) ?? quoted(text)
        case .string(let text): quoted(text)
        case .array, .object: "null"
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
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
        }
        return out + "\""
    }
}
