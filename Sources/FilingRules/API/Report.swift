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
    /// Page and anchor relative to the site root, in the original edition; the JSON and text reports
    /// put the report's own edition first (`Language.siteFolder`).
    public let docs: String
    /// Source ids behind the rule and the fact it used.
    public let sources: [String]
    /// How well the sources support this finding.
    public let confidence: Confidence
    /// For an `info` finding, every field the draft leaves out that the rule needs (JSON pointers);
    /// not part of the JSON report, whose `path` names the first.
    public internal(set) var missing: [String] = []

    enum CodingKeys: String, CodingKey { case rule, severity, path, message, fix, docs, sources, confidence }

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

/// A document the draft's filing will need, from the province's sources and the draft's own facts.
public struct DocumentToPrepare: Codable, Sendable, Equatable {
    /// Id in `materials.yaml`.
    public let id: String
    /// English title.
    public let title: String
    /// The Chinese name the forms use.
    public let titleZh: String
    /// Why or in what form it is needed.
    public let note: String?
    /// Source ids.
    public let sources: [String]
    /// How well the sources support it.
    public let confidence: Confidence
}

/// The checker's answer for one draft.
public struct Report: Codable, Sendable, Equatable {
    /// `pass` (no errors or warnings), `warn` or `fail` (any error).
    public enum Verdict: String, Codable, Sendable { case pass, warn, fail }

    /// Counts by severity.
    public struct Summary: Codable, Sendable, Equatable {
        /// Findings of severity error.
        public let errors: Int
        /// Findings of severity warning.
        public let warnings: Int
        /// Findings of severity info.
        public let infos: Int
    }

    /// Which data produced the report.
    public struct RulebookStamp: Codable, Sendable, Equatable {
        /// A hash of the data files.
        public let version: String
        /// The newest `reviewed` date in the data.
        public let reviewed: String
    }

    /// The overall answer.
    public let verdict: Verdict
    /// Counts by severity.
    public let summary: Summary
    /// Sorted by severity, then path, then rule id.
    public let findings: [Finding]
    /// Which data produced the report.
    public let rulebook: RulebookStamp
    /// The documents to prepare for this draft's filing.
    public let documents: [DocumentToPrepare]
    /// The language of the messages and fixes.
    public let lang: Language

    /// Builds a report from unsorted findings.
    public init(findings: [Finding], version: String, reviewed: String, documents: [DocumentToPrepare] = [],
                lang: Language = .english) {
        self.documents = documents
        self.lang = lang
        // Severity, then path (indices compared as numbers), then rule id, then message. Sort
        // positions rather than findings: moving a Finding copies eight fields.
        let order = findings.indices.sorted { i, j in
            let a = findings[i].severity, b = findings[j].severity
            if a != b { return a < b }
            if findings[i].path != findings[j].path { return Report.pointerLess(findings[i].path, findings[j].path) }
            if findings[i].rule != findings[j].rule { return findings[i].rule < findings[j].rule }
            return findings[i].message < findings[j].message
        }
        let sorted = order.map { findings[$0] }
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

    /// Compares JSON pointers token by token, reading runs of digits as numbers.
    public static func pointerLess(_ a: String, _ b: String) -> Bool {
        var x = a.utf8.makeIterator()
        var y = b.utf8.makeIterator()
        var p = x.next()
        var q = y.next()
        while let c = p, let d = q {
            if isDigit(c), isDigit(d) {
                var m = 0, n = 0
                var lengthM = 0, lengthN = 0
                while let v = p, isDigit(v) { m = m &* 10 &+ Int(v - 48); lengthM += 1; p = x.next() }
                while let v = q, isDigit(v) { n = n &* 10 &+ Int(v - 48); lengthN += 1; q = y.next() }
                if m != n { return m < n }
                if lengthM != lengthN { return lengthM < lengthN }
                continue
            }
            if c != d { return c == 0x2F ? true : d == 0x2F ? false : c < d }
            p = x.next()
            q = y.next()
        }
        return p == nil && q != nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
