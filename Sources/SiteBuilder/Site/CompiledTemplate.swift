import Mustache

/// A template with its partials and inherited blocks resolved and its variable names split once, rendered
/// straight into one string. swift-mustache resolves all of this again for every `{{name}}` of every page
/// (splitting the name on `.`, finding the partial, asking each value whether it conforms to five
/// protocols); here a value is only matched against the concrete types page data is made of.
///
/// The tokens are read from swift-mustache's own parse, so whitespace and standalone lines come out the
/// same. A template that uses what this renderer does not implement (lambdas, indented partials, other
/// content types, sequence transforms) is not compiled, and data of another type makes `render` return
/// nil: `TemplateSet` then renders with swift-mustache.
struct CompiledTemplate: Sendable {
    private let nodes: [Node]

    /// Compiles the template named `name` from the library, or returns nil when it uses something the
    /// compiled form does not handle.
    init?(named name: String, library: MustacheLibrary) {
        guard let template = library.getTemplate(named: name),
              let nodes = Compiler(library: library).compile(template, inherited: [:], depth: 0) else { return nil }
        self.nodes = nodes
    }

    /// The rendered text, or nil when the data holds a value of a type this renderer does not know.
    func render(_ context: [String: Any]) -> String? {
        var renderer = Renderer(stack: [context])
        renderer.output.reserveCapacity(64 * 1024)
        return renderer.render(nodes) ? renderer.output : nil
    }
}

// MARK: - The compiled form

private indirect enum Node: Sendable {
    case text(String)
    case variable(Name, escaped: Bool)
    case section(Name, [Node])
    case inverted(Name, [Node])
}

/// A variable's name split on `.`, with the transforms applied to its value (innermost last, as written).
private struct Name: Sendable {
    enum Start { case current, stack, top }
    let start: Start
    let path: [String]
    let transforms: [String]

    /// nil for a name whose value depends on the position in a sequence (`{{#first()}}`).
    init?(_ name: String, transforms: [String]) {
        if name == "." {
            start = .current
            path = []
        } else if name.isEmpty {
            return nil
        } else {
            start = name.first == "." ? .top : .stack
            path = name.split(separator: ".").map(String.init)
        }
        self.transforms = transforms.reversed()
    }
}

// MARK: - Compiling swift-mustache's tokens

private struct Compiler {
    let library: MustacheLibrary

    /// Partials within partials deeper than this are left to swift-mustache (a partial may include itself).
    static let depthLimit = 16

    func compile(_ template: MustacheTemplate, inherited: [String: MustacheTemplate], depth: Int) -> [Node]? {
        guard depth < Self.depthLimit,
              let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value as? [Any]
        else { return nil }
        var nodes: [Node] = []
        for token in tokens {
            guard let kind = Mirror(reflecting: token).children.first, let label = kind.label else { return nil }
            let payload = Mirror(reflecting: kind.value).children.map(\.value)
            switch label {
            case "text":
                guard let text = kind.value as? String else { return nil }
                if !text.isEmpty { nodes.append(.text(text)) }
            case "variable", "unescapedVariable":
                guard payload.count == 2, let name = payload[0] as? String, let transforms = payload[1] as? [String],
                      let parsed = Name(name, transforms: transforms) else { return nil }
                nodes.append(.variable(parsed, escaped: label == "variable"))
            case "section", "invertedSection":
                guard payload.count == 3, let name = payload[0] as? String, let transforms = payload[1] as? [String],
                      let parsed = Name(name, transforms: transforms), let body = payload[2] as? MustacheTemplate,
                      let inner = compile(body, inherited: inherited, depth: depth) else { return nil }
                nodes.append(label == "section" ? .section(parsed, inner) : .inverted(parsed, inner))
            case "blockExpansion":
                guard payload.count == 3, let name = payload[0] as? String, let fallback = payload[1] as? MustacheTemplate,
                      Self.isUnindented(payload[2]),
                      let inner = compile(inherited[name] ?? fallback, inherited: inherited, depth: depth + 1) else { return nil }
                nodes += inner
            case "partial":
                guard payload.count == 3, let name = payload[0] as? String, Self.isUnindented(payload[1]),
                      let partial = library.getTemplate(named: name) else { return nil }
                var blocks = inherited
                if let overrides = Mirror(reflecting: payload[2]).children.first?.value {
                    guard let overrides = overrides as? [String: MustacheTemplate] else { return nil }
                    blocks.merge(overrides) { outer, _ in outer }
                }
                guard let inner = compile(partial, inherited: blocks, depth: depth + 1) else { return nil }
                nodes += inner
            case "contentType":
                // Only the escaper every template starts with (`TemplateSet`), which `escapeHTML` stands for.
                guard kind.value is ByteHTMLContentType else { return nil }
            default:
                return nil
            }
        }
        return Self.merged(nodes)
    }

    /// Whether an `indentation: String?` payload is absent or empty.
    private static func isUnindented(_ value: Any) -> Bool {
        guard let indentation = Mirror(reflecting: value).children.first?.value else { return true }
        return (indentation as? String)?.isEmpty == true
    }

    /// Adjacent texts joined into one.
    private static func merged(_ nodes: [Node]) -> [Node] {
        var result: [Node] = []
        for node in nodes {
            if case .text(let text) = node, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(node)
            }
        }
        return result
    }
}

// MARK: - Rendering

private struct Renderer {
    var stack: [Any]
    var output = ""

    /// Renders the nodes into `output`; false when a value is of a type this renderer does not know.
    mutating func render(_ nodes: [Node]) -> Bool {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                guard let lookedUp = value(of: name) else { return false }
                guard let value = lookedUp else { continue }
                switch value {
                case let text as TemplateText: output += escaped ? escapeHTML(text.text) : text.text
                case let text as String: output += escaped ? escapeHTML(text) : text
                case let flag as Bool: output += flag ? "true" : "false"
                case let number as Int: output += String(number)
                default: return false
                }
            case .section(let name, let body):
                guard let lookedUp = value(of: name) else { return false }
                guard let value = lookedUp else { continue }
                switch value {
                case let list as [[String: Any]]:
                    for item in list {
                        if !renderPushing(item, body) { return false }
                    }
                case let list as [Any]:
                    for item in list {
                        if !renderPushing(item, body) { return false }
                    }
                case let flag as Bool:
                    if flag, !render(body) { return false }
                case is TemplateText, is String, is Int, is [String: Any]:
                    if !renderPushing(value, body) { return false }
                default:
                    return false
                }
            case .inverted(let name, let body):
                guard let lookedUp = value(of: name) else { return false }
                guard let value = lookedUp else {
                    if !render(body) { return false }
                    continue
                }
                switch value {
                case let list as [[String: Any]]:
                    if list.isEmpty, !renderPushing(list, body) { return false }
                case let list as [Any]:
                    if list.isEmpty, !renderPushing(list, body) { return false }
                case let flag as Bool:
                    if !flag, !render(body) { return false }
                case is TemplateText, is String, is Int, is [String: Any]:
                    break
                default:
                    return false
                }
            }
        }
        return true
    }

    private mutating func renderPushing(_ value: Any, _ body: [Node]) -> Bool {
        stack.append(value)
        defer { stack.removeLast() }
        return render(body)
    }

    /// The value a name stands for: `.some(nil)` when there is none, nil when the data cannot be read here.
    private func value(of name: Name) -> Any?? {
        var current: Any
        var rest = name.path[...]
        switch name.start {
        case .current:
            current = stack[stack.count - 1]
        case .top:
            current = stack[stack.count - 1]
        case .stack:
            var found: Any?
            for object in stack.reversed() {
                guard let child = Self.child(rest[rest.startIndex], of: object) else { return nil }
                if let child { found = child; break }
            }
            guard let found else { return .some(nil) }
            current = found
            rest = rest.dropFirst()
        }
        for key in rest {
            guard let child = Self.child(key, of: current) else { return nil }
            guard let child else { return .some(nil) }
            current = child
        }
        for transform in name.transforms {
            let transformed: Any?
            switch current {
            case let text as TemplateText: transformed = text.transform(transform)
            case let text as String: transformed = text.transform(transform)
            case let list as [[String: Any]]: transformed = list.transform(transform)
            case let list as [Any]: transformed = list.transform(transform)
            default: return nil
            }
            guard let transformed else { return .some(nil) }
            current = transformed
        }
        return .some(current)
    }

    /// A named child as swift-mustache finds it (a dictionary's value; plain values have none), `.some(nil)`
    /// when there is none, nil for an object whose children this renderer does not know.
    private static func child(_ name: String, of object: Any) -> Any?? {
        switch object {
        case let dictionary as [String: Any]:
            return .some(dictionary[name])
        case is TemplateText:
            return name == "text" ? nil : .some(nil)  // swift-mustache reflects the stored property
        case is String, is Bool, is Int, is [[String: Any]], is [Any]:
            return name.first == "_" ? nil : .some(nil)  // nor their reflected internals
        default:
            return nil
        }
    }
}
