/// A problem found while building, located in a source file like a compiler's diagnostic.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, relative to the site root (for example `content/naming/_index.md`).
    public var file: String
    /// One-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// One-based column; 0 when unknown.
    public var column: Int
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var help: String?

    public init(file: String, line: Int = 0, column: Int = 0, message: String, help: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.help = help
    }

    /// `file:line:column: error: message`, then the help on its own line.
    public var description: String { formatted(as: "error") }

    /// The same as a warning: a problem that does not stop the build.
    public var warningDescription: String { formatted(as: "warning") }

    private func formatted(as severity: String) -> String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if line > 0 && column > 0 { location += ":\(column)" }
        var text = "\(location): \(severity): \(message)"
        if let help { text += "\n  help: \(help)" }
        return text
    }
}

/// A build that found problems; it lists all of them, sorted by file and position.
public struct BuildError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted {
            ($0.file, $0.line, $0.column, $0.message) < ($1.file, $1.line, $1.column, $1.message)
        }
    }

    public var description: String {
        let count = diagnostics.count
        let list = diagnostics.map(\.description).joined(separator: "\n")
        return list + "\n\(count) error\(count == 1 ? "" : "s"); the previous output was left untouched."
    }
}
