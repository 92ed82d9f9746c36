/// How serious a finding is: errors fail a draft, warnings flag a risk, infos name missing facts.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case error, warning, info

    /// Orders by seriousness, most serious first: errors, then warnings, then infos.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs != rhs && (lhs == .error || rhs == .info)
    }
}

/// How well the sources support a fact: `high` fails a draft, anything less only warns.
public enum Confidence: String, Codable, Sendable, CaseIterable, Comparable {
    case high, medium, low

    /// Orders by strength of evidence, weakest first: low, then medium, then high.
    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        lhs != rhs && (lhs == .low || rhs == .high)
    }
}
