import Yams

/// Reads YAML text into a `Value` with the YAML 1.2 core schema for plain scalars.
enum YAMLValue {
    struct SyntaxError: Error {
        let line: Int?
        let message: String
    }

    /// Aliases can expand a small file into a huge tree; stop well before memory runs out.
    static let maxNodes = 100_000
    static let maxDepth = 64

    static func parse(_ text: String) throws(SyntaxError) -> Value {
        let root: Node?
        do {
            // The encoding is named: Yams works out its default from the whole process environment on every call.
            root = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch let error as YamlError {
            throw describe(error)
        } catch {
            throw SyntaxError(line: nil, message: "not valid YAML")
        }
        guard let root else { return .null }
        var budget = maxNodes
        return try convert(root, depth: 0, budget: &budget)
    }

    private static func describe(_ error: YamlError) -> SyntaxError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return SyntaxError(line: mark.line, message: "\(prefix)\(problem)")
        case let .reader(problem, _, _, _):
            return SyntaxError(line: nil, message: problem)
        default:
            return SyntaxError(line: nil, message: "not valid YAML")
        }
    }

    private static func convert(_ node: Node, depth: Int, budget: inout Int) throws(SyntaxError) -> Value {
        budget -= 1
        guard budget >= 0 else { throw SyntaxError(line: node.mark?.line, message: "the document is too large (aliases expand to more than \(maxNodes) values)") }
        guard depth < maxDepth else { throw SyntaxError(line: node.mark?.line, message: "nested more than \(maxDepth) levels deep") }
        switch node {
        case .scalar(let scalar):
            return resolve(scalar)
        case .sequence(let sequence):
            var items: [Value] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, depth: depth + 1, budget: &budget)) }
            return .array(items)
        case .mapping(let mapping):
            var members: [Value.Member] = []
            members.reserveCapacity(mapping.count)
            for (keyNode, valueNode) in mapping {
                guard case .scalar(let keyScalar) = keyNode else {
                    throw SyntaxError(line: keyNode.mark?.line, message: "a key must be plain text, not a list or mapping")
                }
                let key = keyScalar.string
                if members.contains(where: { $0.key == key }) {
                    throw SyntaxError(line: keyNode.mark?.line, message: "duplicate key `\(key)`")
                }
                members.append(Value.Member(key: key, value: try convert(valueNode, depth: depth + 1, budget: &budget)))
            }
            return .object(members)
        case .alias(let alias):
            throw SyntaxError(line: alias.mark?.line, message: "unresolved alias")
        }
    }

    /// Plain scalars follow the YAML 1.2 core schema; quoted or explicitly tagged `!!str` ones are text.
    static func resolve(_ scalar: Node.Scalar) -> Value {
        let text = scalar.string
        guard scalar.style == .plain else { return .string(text) }
        let tag = scalar.tag.description
        if tag == Tag.Name.str.rawValue { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if isNumber(text) {
            var digits = Substring(text)
            if digits.first == "+" { digits = digits.dropFirst() }
            return .number(text: text, integer: Int(digits))
        }
        return .string(text)
    }

    /// Decimal integers and floats as the core schema writes them.
    private static func isNumber(_ text: String) -> Bool {
        var sawDigit = false
        var sawDot = false
        var sawExponent = false
        var previous: UInt8 = 0
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard offset == 0 || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return false }
            case UInt8(ascii: "."):
                guard !sawDot, !sawExponent else { return false }
                sawDot = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard sawDigit, !sawExponent else { return false }
                sawExponent = true
            default: return false
            }
            previous = byte
        }
        return sawDigit && previous != UInt8(ascii: "e") && previous != UInt8(ascii: "E")
            && previous != UInt8(ascii: "+") && previous != UInt8(ascii: "-")
    }
}
