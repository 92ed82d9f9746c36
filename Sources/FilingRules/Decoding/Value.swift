/// A parsed JSON or YAML document, before it is read into a `Draft`.
enum Value: Sendable {
    case null
    case bool(Bool)
    /// A number, kept as written; `integer` is set when it is a whole number that fits an `Int`.
    case number(text: String, integer: Int?)
    case string(String)
    case array([Value])
    case object([Member])

    /// One key of a mapping and its value, in document order.
    struct Member: Sendable {
        /// The key as written; empty for contract fields, whose name `field` gives.
        let key: String
        /// The contract field the key names, if any.
        let field: Field?
        let value: Value

        init(key: String, value: Value, field: Field? = nil) {
            self.key = key
            self.field = field ?? Field.byName[key]
            self.value = value
        }

        init(known field: Field, value: Value) {
            key = ""
            self.field = field
            self.value = value
        }
    }

    /// The key as written.
    static func name(of member: Member) -> String { member.field?.name ?? member.key }

    /// Which syntax produced the value; YAML allows a plain `12345` where text is expected.
    enum Syntax { case json, yaml }

    /// The kind of value, for messages.
    var kind: DraftInputError.ValueKind {
        switch self {
        case .null: .null
        case .bool: .flag
        case .number: .number
        case .string: .text
        case .array: .list
        case .object: .mapping
        }
    }
}

/// A JSON pointer under construction; tokens are escaped only when the pointer is printed.
struct PointerPath {
    private(set) var tokens: [String] = []

    func appending(_ key: String) -> PointerPath {
        var copy = self
        copy.tokens.append(key)
        return copy
    }

    func appending(_ index: Int) -> PointerPath { appending(String(index)) }

    /// RFC 6901 form: `/websites/0/name`, with `~` and `/` escaped.
    var pointer: String {
        var out = ""
        for token in tokens {
            out += "/"
            for ch in token {
                switch ch {
                case "~": out += "~0"
                case "/": out += "~1"
                default: out.append(ch)
                }
            }
        }
        return out
    }
}
