/// A problem in a data file, located by file and line, with what to do about it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The file, as given in `DataFile.path`.
    public let file: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public let line: Int?
    /// What is wrong.
    public let message: String
    /// What to do about it.
    public let help: String?

    /// Creates a diagnostic.
    public init(file: String, line: Int?, message: String, help: String? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.help = help
    }

    /// `content/data/x.yaml:LINE: error: message`, then `  = help: ...` when there is help.
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        var text = "\(location): error: \(message)"
        if let help { text += "\n  = help: \(help)" }
        return text
    }
}

/// The data files could not be loaded; every problem found is listed.
public struct RulebookError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in file and line order.
    public let diagnostics: [Diagnostic]

    /// Wraps diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per paragraph, compiler style.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
