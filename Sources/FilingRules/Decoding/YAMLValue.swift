import Yams

/// Reads YAML text into a `Value` with the YAML 1.2 core schema for plain scalars; what is not YAML is a
/// `SyntaxError` whose problem is worded, in English, like every other YAML source's.
enum YAMLValue {
    struct SyntaxError: Error {
        let line: Int?
        let column: Int?
        let problem: YAMLSyntaxProblem
    }

    static func parse(_ text: String) throws(SyntaxError) -> Value {
        let root: Node?
        do {
            root = try YAMLReader.compose(text, limits: .draft)
        } catch {
            let problem: YAMLSyntaxProblem
            switch error.kind {
            case .nodes: problem = .tooManyValues(YAMLReader.Limits.draft.maxNodes)
            case .depth: problem = .tooDeep(YAMLReader.Limits.draft.maxDepth)
            case .duplicateKey(let key): problem = .duplicateKey(key)
            case nil: problem = .parser(error.message)
            }
            throw SyntaxError(line: error.line, column: error.column, problem: problem)
        }
        guard let root else { return .null }
        return try convert(root, depth: 0)
    }

    /// Converts a tree `YAMLReader` has measured, so its size is bounded.
    private static func convert(_ node: Node, depth: Int) throws(SyntaxError) -> Value {
        switch node {
        case .scalar(let scalar):
            return resolve(scalar)
        case .sequence(let sequence):
            var items: [Value] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, depth: depth + 1)) }
            return .array(items)
        case .mapping(let mapping):
            var members: [Value.Member] = []
            members.reserveCapacity(mapping.count)
            // A set, not a search of the members: a draft with 100,000 keys took 26 s.
            var keys = Set<String>(minimumCapacity: mapping.count)
            for (keyNode, valueNode) in mapping {
                guard case .scalar(let keyScalar) = keyNode else {
                    throw SyntaxError(line: keyNode.mark?.line, column: keyNode.mark?.column, problem: .keyNotText)
                }
                let key = keyScalar.string
                if !keys.insert(key).inserted {
                    throw SyntaxError(line: keyNode.mark?.line, column: keyNode.mark?.column, problem: .duplicateKey(key))
                }
                members.append(Value.Member(key: key, value: try convert(valueNode, depth: depth + 1)))
            }
            return .object(members)
        case .alias(let alias):
            throw SyntaxError(line: alias.mark?.line, column: alias.mark?.column, problem: .unresolvedAlias)
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
        default: if let bool = YAMLBoolean.value(plain: text) { return .bool(bool) }
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
