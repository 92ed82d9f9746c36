/// How serious a finding is: errors fail a draft, warnings flag a risk, infos name missing facts.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case error, warning, info

    /// Errors sort first, then warnings, then infos.
    var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// Orders by seriousness, most serious first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// How well the sources support a fact: `high` fails a draft, anything less only warns.
public enum Confidence: String, Codable, Sendable, CaseIterable, Comparable {
    case high, medium, low

    var strength: Int {
        switch self {
        case .high: 2
        case .medium: 1
        case .low: 0
        }
    }

    /// Orders by strength of evidence, weakest first.
    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.strength < rhs.strength }
}
