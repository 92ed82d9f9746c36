/// One problem (or missing fact) found in a draft.
public struct Finding: Codable, Sendable, Equatable {
    /// Rule id, `area/kebab-case`.
    public let rule: String
    /// Error, warning or info.
    public let severity: Severity
    /// JSON pointer into the draft.
    public let path: String
    /// What is wrong, in the user's terms.
    public let message: String
    /// What to do instead.
    public let fix: String
    /// Page and anchor relative to the site root.
    public let docs: String
    /// Source ids behind the rule and the fact it used.
    public let sources: [String]
    /// How well the sources support this finding.
    public let confidence: Confidence

    /// Creates a finding.
    public init(rule: String, severity: Severity, path: String, message: String, fix: String, docs: String,
                sources: [String], confidence: Confidence) {
        self.rule = rule
        self.severity = severity
        self.path = path
        self.message = message
        self.fix = fix
        self.docs = docs
        self.sources = sources
        self.confidence = confidence
    }
}

/// The checker's answer for one draft.
public struct Report: Codable, Sendable, Equatable {
    /// `pass` (no errors or warnings), `warn` or `fail` (any error).
    public enum Verdict: String, Codable, Sendable { case pass, warn, fail }

    /// Counts by severity.
    public struct Summary: Codable, Sendable, Equatable {
        public let errors: Int
        public let warnings: Int
        public let infos: Int
    }

    /// Which data produced the report.
    public struct RulebookStamp: Codable, Sendable, Equatable {
        public let version: String
        public let reviewed: String
    }

    public let verdict: Verdict
    public let summary: Summary
    /// Sorted by severity, then path, then rule id.
    public let findings: [Finding]
    public let rulebook: RulebookStamp

    /// Builds a report from unsorted findings.
    public init(findings: [Finding], version: String, reviewed: String) {
        let sorted = findings.sorted(by: Report.order)
        var errors = 0, warnings = 0, infos = 0
        for finding in sorted {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
        self.findings = sorted
        summary = Summary(errors: errors, warnings: warnings, infos: infos)
        verdict = errors > 0 ? .fail : warnings > 0 ? .warn : .pass
        rulebook = RulebookStamp(version: version, reviewed: reviewed)
    }

    /// Severity, then path (array indices compared as numbers), then rule id, then message.
    static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity < b.severity }
        if a.path != b.path { return pointerLess(a.path, b.path) }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }

    static func pointerLess(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: "/", omittingEmptySubsequences: false)
        let y = b.split(separator: "/", omittingEmptySubsequences: false)
        for (p, q) in zip(x, y) where p != q {
            if let i = Int(p), let j = Int(q) { return i < j }
            return p < q
        }
        return x.count < y.count
    }
}
