/// The data files could not be loaded; every problem found is listed.
public struct RulebookError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in file and line order.
    public let diagnostics: [Diagnostic]

    /// Wraps diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per paragraph, compiler style, without colour.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
