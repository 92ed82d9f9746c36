/// One rule of the catalog (`rules.yaml`): what it checks, why, and where it is explained.
public struct RuleEntry: Codable, Sendable, Equatable {
    /// Stable id, `area/kebab-case`.
    public let id: String
    /// One-line title.
    public let title: String
    /// The title in Chinese, when the catalog gives one.
    public private(set) var titleZh: String? = nil
    /// Severity when the facts behind it are `high` confidence.
    public let severity: Severity
    /// How well the sources support the rule itself.
    public let confidence: Confidence
    /// Page and anchor relative to the site root, e.g. `naming/#all-digits`.
    public let docs: String
    /// What the rule checks, in a sentence.
    public let checks: String
    /// Why it matters, in a sentence.
    public let why: String
    /// Source ids from `sources.yaml`.
    public let sources: [String]
    /// Tunable facts the rule reads (thresholds, lists of values).
    public let options: [String: RuleOption]
    /// How the rule words its findings, by message key.
    var messages: [String: RuleMessage] = [:]

    /// Creates a catalog entry.
    public init(
        id: String, title: String, severity: Severity, confidence: Confidence, docs: String,
        checks: String, why: String, sources: [String], options: [String: RuleOption] = [:], titleZh: String? = nil
    ) {
        self.id = id
        self.title = title
        self.titleZh = titleZh
        self.severity = severity
        self.confidence = confidence
        self.docs = docs
        self.checks = checks
        self.why = why
        self.sources = sources
        self.options = options
    }

    enum CodingKeys: String, CodingKey { case id, title, severity, confidence, docs, checks, why, sources, options }

    /// The title in `language`.
    public func title(in language: Language) -> String {
        language == .chinese ? titleZh ?? title : title
    }

    /// The area, e.g. `name` for `name/all-digits`.
    public var area: String { String(id.prefix { $0 != "/" }) }

    func int(_ key: String) -> Int? {
        if case .number(let value) = options[key] { return value }
        return nil
    }

    func texts(_ key: String) -> [String] {
        switch options[key] {
        case .text(let value): [value]
        case .list(let values): values
        default: []
        }
    }
}

/// A value of a rule option: a whole number, text, or a list of text.
public enum RuleOption: Codable, Sendable, Equatable {
    case number(Int)
    case text(String)
    case list([String])

    /// Decodes whichever form is present.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .text(s)
        } else {
            self = .list(try c.decode([String].self))
        }
    }

    /// Encodes the bare value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let n): try c.encode(n)
        case .text(let s): try c.encode(s)
        case .list(let l): try c.encode(l)
        }
    }
}
