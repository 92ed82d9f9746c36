/// A problem located in a source file (or in a field of a draft), reported like a compiler's diagnostic
/// by the build, the data loader and `icp check`.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, relative to the site root (`content/naming/_index.md`), or the draft's name.
    public var file: String
    /// The field of a draft the problem concerns, as a JSON pointer (`/websites/0/name`), when it is one.
    public var field: String?
    /// One-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// One-based column; 0 when unknown.
    public var column: Int
    /// How serious it is; the build and the loader report errors only.
    public var severity: Severity
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var help: String?

    /// Creates a diagnostic, an error unless told otherwise.
    public init(
        file: String, field: String? = nil, line: Int = 0, column: Int = 0, severity: Severity = .error,
        message: String, help: String? = nil
    ) {
        self.file = file
        self.field = field
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.help = help
    }

    /// `file:line:column: error: message`, then `  = help: ...`, without colour.
    public var description: String { DiagnosticFormatter(colour: false).format(self) }

    /// Sorts by file, then position, then message: the order every list of diagnostics is shown in.
    public static func inReadingOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}
