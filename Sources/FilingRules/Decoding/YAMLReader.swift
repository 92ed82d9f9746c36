import Yams

/// The one way YAML text becomes a tree here, for every input: drafts, data files, front matter,
/// `site.yaml` and table specifications.
///
/// Yams composes a document with each alias sharing the node it names, so composing is linear in the
/// text; a reader that walks the tree, though, visits every expansion. Ten lines of nested aliases
/// unfold into billions of values, so the tree is measured before anyone walks it: past `maxNodes`
/// expanded values or `maxDepth` levels it is refused, with the line of the top-level entry at fault.
public enum YAMLReader {
    /// How large and deep one document may be once its aliases are expanded.
    public struct Limits: Sendable {
        /// Values (scalars, lists and mappings, keys included) after expanding aliases.
        public var maxNodes: Int
        /// Nesting of lists and mappings.
        public var maxDepth: Int

        /// Creates limits.
        public init(maxNodes: Int, maxDepth: Int) {
            self.maxNodes = maxNodes
            self.maxDepth = maxDepth
        }

        /// Site sources: the largest data file of the handbook has about 2,200 values.
        public static let content = Limits(maxNodes: 1_000_000, maxDepth: 64)
        /// A draft filing, which never needs more than a few hundred values.
        public static let draft = Limits(maxNodes: 100_000, maxDepth: 64)
    }

    /// Text that is not YAML, or a document over the limits.
    public struct Failure: Error, Sendable, Equatable {
        /// 1-based line within the text, when known.
        public let line: Int?
        /// 1-based column, when known.
        public let column: Int?
        /// What is wrong, for a person.
        public let message: String
        /// Which failure of the few that are told apart it is; nil for the parser's own.
        public let kind: Kind?

        /// True when the text parsed but is over the limits.
        public var overLimits: Bool { kind == .nodes || kind == .depth }
    }

    /// The failures whose words are not the parser's: over one of the `Limits`, or a repeated key.
    public enum Kind: Sendable, Equatable {
        case nodes, depth, duplicateKey(String)
    }

    /// Parses one document; nil for an empty one. `resolver` tags plain scalars (`.basic` leaves them all
    /// strings, for readers that resolve scalars themselves).
    public static func compose(_ text: String, resolver: Resolver = .default, limits: Limits = .content) throws(Failure) -> Node? {
        let root: Node?
        do {
            // The encoding is named: Yams works out its default from the whole process environment on every call.
            root = try Yams.compose(yaml: text, resolver, .default, .utf8)
        } catch let error as YamlError {
            throw describe(error)
        } catch {
            throw Failure(line: nil, column: nil, message: "the text could not be read", kind: nil)
        }
        guard let root else { return nil }
        var budget = limits.maxNodes
        try measure(root, depth: 0, line: root.mark?.line, budget: &budget, limits: limits)
        return root
    }

    private static func describe(_ error: YamlError) -> Failure {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return Failure(line: mark.line, column: mark.column, message: "\(prefix)\(problem)", kind: nil)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.prefix(3).map { "`\($0)`" }.joined(separator: ", ")
            return Failure(line: context.mark.line, column: context.mark.column, message: "duplicate key \(keys)",
                           kind: duplicates.first.map { .duplicateKey("\($0)") })
        case let .reader(problem, _, _, _):
            return Failure(line: nil, column: nil, message: problem, kind: nil)
        default:
            return Failure(line: nil, column: nil, message: "the text could not be read", kind: nil)
        }
    }

    /// Counts the node and what it holds against the budget; `line` is the line of the top-level entry
    /// being measured, which is where the author can act (inner nodes of an alias carry their anchor's line).
    private static func measure(_ node: Node, depth: Int, line: Int?, budget: inout Int, limits: Limits) throws(Failure) {
        budget -= 1
        guard budget >= 0 else {
            throw Failure(
                line: line, column: nil, message: "the document expands to more than \(limits.maxNodes) values (aliases repeat what they name)",
                kind: .nodes)
        }
        guard depth <= limits.maxDepth else {
            throw Failure(line: node.mark?.line ?? line, column: nil, message: "nested more than \(limits.maxDepth) levels deep", kind: .depth)
        }
        func lineBelow(_ child: Node) -> Int? { depth == 0 ? child.mark?.line ?? line : line }
        switch node {
        case .scalar, .alias:
            return
        case .sequence(let sequence):
            for item in sequence { try measure(item, depth: depth + 1, line: lineBelow(item), budget: &budget, limits: limits) }
        case .mapping(let mapping):
            for (key, value) in mapping {
                let entryLine = lineBelow(key)
                try measure(key, depth: depth + 1, line: entryLine, budget: &budget, limits: limits)
                try measure(value, depth: depth + 1, line: entryLine, budget: &budget, limits: limits)
            }
        }
    }
}
