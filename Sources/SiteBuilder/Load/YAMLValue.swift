import FilingRules
import Yams

/// A parsed YAML value that can cross threads and be handed to templates.
public enum YAMLValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case list([YAMLValue])
    case map([(key: String, value: YAMLValue)])

    public static func == (lhs: YAMLValue, rhs: YAMLValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.bool(a), .bool(b)): a == b
        case (.null, .null): true
        case let (.list(a), .list(b)): a == b
        case let (.map(a), .map(b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }

    /// Converts a composed YAML node, resolving scalars by the core schema.
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if let int = Int(scalar.string) { self = .int(int); return }
                if let bool = YAMLBoolean.value(plain: scalar.string) { self = .bool(bool); return }
                if ["", "~", "null", "Null", "NULL"].contains(scalar.string) { self = .null; return }
                if let double = Double(scalar.string), scalar.string.contains(".") { self = .double(double); return }
            }
            self = .string(scalar.string)
        case .sequence(let sequence):
            self = .list(sequence.map(YAMLValue.init))
        case .mapping(let mapping):
            self = .map(mapping.map { (key: $0.key.string ?? "\($0.key)", value: YAMLValue($0.value)) })
        case .alias:
            self = .null
        }
    }

    /// The value at a key of a map.
    public subscript(key: String) -> YAMLValue? {
        guard case .map(let pairs) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    /// Follows a dotted key path such as `limits.min_age.value`; through a list of maps it gathers the key
    /// from each item (a limit stated once per entity type gives both values).
    public func value(atPath path: String) -> YAMLValue? {
        var current: YAMLValue? = self
        for key in path.split(separator: ".") {
            if case .list(let items)? = current {
                let values = items.compactMap { $0[String(key)] }
                current = values.isEmpty ? nil : .list(values)
            } else {
                current = current?[String(key)]
            }
        }
        return current
    }

    /// The value as plain text, as a table cell or template shows it.
    public var text: String {
        switch self {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .bool(let b): b ? "yes" : "no"
        case .null: ""
        case .list(let items): items.map(\.text).joined(separator: ", ")
        case .map(let pairs): pairs.map { "\($0.key): \($0.value.text)" }.joined(separator: "; ")
        }
    }

    /// The value as Mustache templates consume it.
    public var templateValue: Any {
        switch self {
        case .string(let s): s
        case .int(let i): i
        case .double(let d): d
        case .bool(let b): b
        case .null: ""
        case .list(let items): items.map(\.templateValue)
        case .map(let pairs): Dictionary(pairs.map { ($0.key, $0.value.templateValue) }, uniquingKeysWith: { a, _ in a })
        }
    }
}

/// Parses YAML text into a node with `YAMLReader` (bounded: an alias bomb is an error at its line), turning
/// its failures into a line-numbered diagnostic; `lineOffset` is the text's first line in the file, less one.
/// Scalars keep the plain `str` tag: `YAMLValue` and the front-matter reader resolve them themselves, so
/// Yams' regular-expression tag rules (about a third of the time spent on front matter) are skipped.
func composeYAML(_ text: String, file: String, lineOffset: Int = 0) -> Result<Node?, Diagnostic> {
    do {
        return .success(try YAMLReader.compose(text, resolver: .basic, limits: .content))
    } catch {
        return .failure(error.diagnostic(file: file, lineOffset: lineOffset))
    }
}
