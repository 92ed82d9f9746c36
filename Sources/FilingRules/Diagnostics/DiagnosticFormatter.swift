/// Writes diagnostics as a compiler does, the one way `icp build`, `icp check`, `icp rules` and the
/// data loader show them:
///
/// ```text
/// content/x.md:12:5: error: no anchor `#a` on naming/index.html
///   = help: link to a heading that exists
/// ```
///
/// Every part is escaped with `TerminalText`, so a file name or a message quoting hostile text cannot drive
/// the terminal; `colour` adds the severity's colour and bold labels (for a terminal without `NO_COLOR`).
public struct DiagnosticFormatter: Sendable {
    /// Whether to add ANSI colours.
    public var colour: Bool
    /// The language a draft's fields are named in: "Entity › Entity type" or 主体信息 › 主体性质.
    public var language: Language

    /// Creates a formatter.
    public init(colour: Bool, language: Language = .english) {
        self.colour = colour
        self.language = language
    }

    /// One diagnostic, its help on a line of its own; no final line break.
    public func format(_ diagnostic: Diagnostic) -> String {
        var location = diagnostic.file
        if diagnostic.line > 0 {
            location += ":\(diagnostic.line)"
            if diagnostic.column > 0 { location += ":\(diagnostic.column)" }
        }
        var text = paint(escape(location) + ":", "1") + " " + paint(diagnostic.severity.rawValue, Self.colourCode(diagnostic.severity)) + ": "
        if let field = diagnostic.field, !field.isEmpty { text += escape(FieldPath(pointer: field).label(in: language)) + ": " }
        text += escape(diagnostic.message)
        if let help = diagnostic.help { text += "\n" + paint("  = help:", "1") + " " + escape(help) }
        return text
    }

    /// Several diagnostics, one after another, each ending with a line break.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { format($0) + "\n" }.joined()
    }

    /// `text` in the ANSI style `code` when colouring, else as it is.
    public func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The ANSI style of a severity's label: red errors, yellow warnings, cyan infos.
    public static func colourCode(_ severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
    }

    private func escape(_ text: String) -> String { TerminalText.escaping(text) }
}
