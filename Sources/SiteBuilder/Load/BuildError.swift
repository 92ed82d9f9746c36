import FilingRules

/// A build that found problems; it lists all of them, sorted by file and position.
public struct BuildError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [FilingRules.Diagnostic]

    public init(_ diagnostics: [FilingRules.Diagnostic]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.inReadingOrder)
    }

    /// The diagnostics, then how many there were and that the output was kept.
    public func formatted(_ formatter: DiagnosticFormatter) -> String {
        formatter.format(diagnostics) + summary
    }

    /// `N errors; the previous output was left untouched.`
    public var summary: String {
        let count = diagnostics.count
        return "\(count) error\(count == 1 ? "" : "s"); the previous output was left untouched."
    }

    public var description: String { formatted(DiagnosticFormatter(colour: false)) }
}

/// The rules core's diagnostic, named here so every file of the generator can use it without importing
/// the rules core for that alone.
typealias Diagnostic = FilingRules.Diagnostic
