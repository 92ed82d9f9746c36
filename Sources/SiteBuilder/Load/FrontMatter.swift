import FilingRules
import Yams

/// The YAML header of a page, with the keys the generator understands typed out.
public struct FrontMatter: Sendable {
    public var title: String
    public var description: String?
    public var weight: Int
    public var draft: Bool
    /// `search: false` keeps the page out of the search index.
    public var search = true
    public var aliases: [String]
    public var reviewed: String?
    public var sources: [SourceReference]
    public var confidence: String?
    public var confidenceNote: String?
    /// Every key, including the ones above, for templates.
    public var params: YAMLValue

    /// A source id named in front matter, with its line for diagnostics.
    public struct SourceReference: Sendable, Equatable {
        public var id: String
        public var line: Int
    }
}

/// A page file split into its front matter and Markdown body.
struct SplitPage {
    var frontMatter: String
    var body: String
    /// Lines before the body starts, so body line N is file line N + bodyLineOffset.
    var bodyLineOffset: Int
}

extension FrontMatter {
    static let confidenceLevels = ["high", "medium", "low"]

    /// Separates the `---` delimited header from the body; the body is sliced out whole, not split into lines.
    static func split(_ text: String) -> SplitPage? {
        var header: [Substring] = []
        var lineStart = text.startIndex
        var isFirstLine = true
        while true {
            let lineEnd = endOfLine(in: text, from: lineStart)
            let line = text[lineStart..<lineEnd]
            let next = lineEnd == text.endIndex ? nil : text.utf8.index(after: lineEnd)
            let trimmed = line.trimmingTrailingCR
            if isFirstLine {
                guard trimmed == "---" else { return nil }
                isFirstLine = false
            } else if trimmed == "---" || trimmed == "..." {
                return SplitPage(
                    frontMatter: header.joined(separator: "\n"),
                    body: next.map { String(text[$0...]) } ?? "",
                    bodyLineOffset: header.count + 2)
            } else {
                header.append(line)
            }
            guard let next else { return nil }
            lineStart = next
        }
    }

    /// The next line feed that is a Character of its own (not the second half of `\r\n`), or the end.
    private static func endOfLine(in text: String, from start: String.Index) -> String.Index {
        let utf8 = text.utf8
        var index = start
        var previous: UInt8 = 0
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A && previous != 0x0D { return index }
            previous = byte
            utf8.formIndex(after: &index)
        }
        return index
    }

    /// Parses and validates a page's header; returns every problem found.
    static func parse(_ yaml: String, file: String) -> Result<FrontMatter, BuildError> {
        let node: Node?
        switch composeYAML(yaml, file: file, lineOffset: 1) {
        case .success(let n): node = n
        case .failure(let d): return .failure(BuildError([d]))
        }
        guard let node, case .mapping(let mapping) = node else {
            return .failure(BuildError([Diagnostic(
                file: file, line: 2, message: "front matter must be a YAML mapping",
                help: "write `key: value` lines between the two `---` lines, starting with `title:`")]))
        }
        // Keys looked up in a dictionary: Yams' own subscript makes a tagged node per look-up and compares
        // it with every key. A repeated key keeps its last value, as there.
        let fields = Dictionary(mapping.compactMap { pair in pair.key.string.map { ($0, pair.value) } }, uniquingKeysWith: { _, last in last })
        var problems: [Diagnostic] = []
        func line(_ node: Node) -> Int { (node.mark?.line ?? 0) + 1 }
        func string(_ key: String) -> String? {
            guard let value = fields[key] else { return nil }
            guard case .scalar(let scalar) = value, !scalar.string.isEmpty else {
                problems.append(Diagnostic(file: file, line: line(value), message: "`\(key)` must be text"))
                return nil
            }
            return scalar.string
        }
        func strings(_ key: String) -> [(String, Int)] {
            guard let value = fields[key] else { return [] }
            if case .scalar(let scalar) = value { return [(scalar.string, line(value))] }
            guard case .sequence(let items) = value else {
                problems.append(Diagnostic(file: file, line: line(value), message: "`\(key)` must be a list"))
                return []
            }
            return items.compactMap { item in
                guard case .scalar(let scalar) = item else {
                    problems.append(Diagnostic(file: file, line: line(item), message: "each entry of `\(key)` must be text"))
                    return nil
                }
                return (scalar.string, line(item))
            }
        }

        let title = string("title")
        if title == nil && fields["title"] == nil {
            problems.append(Diagnostic(
                file: file, line: 1, message: "missing `title` in front matter",
                help: "add a line `title: Your page title` between the `---` lines"))
        }
        var weight = 0
        if let value = fields["weight"] {
            if let int = value.int { weight = int } else {
                problems.append(Diagnostic(file: file, line: line(value), message: "`weight` must be a whole number"))
            }
        }
        func flag(_ key: String, otherwise value: Bool) -> Bool {
            guard let node = fields[key] else { return value }
            if case .scalar(let scalar) = node, let bool = YAMLBoolean.value(scalar) { return bool }
            let word = node.scalar.map(\.string) ?? ""
            problems.append(Diagnostic(
                file: file, line: line(node), message: "`\(key)` must be true or false",
                help: YAMLBoolean.isYAML11Boolean(word)
                    ? "YAML 1.2 reads `\(word)` as text, not as a boolean: write `true` or `false`" : nil))
            return value
        }
        let draft = flag("draft", otherwise: false)
        let search = flag("search", otherwise: true)
        let reviewed = string("reviewed")
        if let reviewed, !isISODate(reviewed) {
            problems.append(Diagnostic(
                file: file, line: line(fields["reviewed"]!), message: "`reviewed` must be a date like 2026-11-29, not `\(reviewed)`"))
        }
        let confidence = string("confidence")
        if let confidence, !confidenceLevels.contains(confidence) {
            problems.append(Diagnostic(
                file: file, line: line(fields["confidence"]!),
                message: "unknown confidence `\(confidence)`", help: "use one of: high, medium, low"))
        }
        let matter = FrontMatter(
            title: title ?? "",
            description: string("description"),
            weight: weight,
            draft: draft,
            search: search,
            aliases: strings("aliases").map(\.0),
            reviewed: reviewed,
            sources: strings("sources").map { SourceReference(id: $0.0, line: $0.1) },
            confidence: confidence,
            confidenceNote: string("confidence_note"),
            params: YAMLValue(node))
        return problems.isEmpty ? .success(matter) : .failure(BuildError(problems))
    }
}

/// `YYYY-MM-DD`.
func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-")
    return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
        && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
}

extension Substring {
    var trimmingTrailingCR: Substring { last == "\r" ? dropLast() : self }
}
