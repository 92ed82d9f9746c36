extension YAMLReader.Failure {
    /// The failure as a diagnostic of `file`, the one wording every YAML source gets (front matter, data
    /// files, `site.yaml`, table specifications); `lineOffset` is the line the text starts on in the file, less one.
    package func diagnostic(file: String, lineOffset: Int = 0) -> Diagnostic {
        Diagnostic(
            file: file, line: line.map { $0 + lineOffset } ?? 0, column: column ?? 0,
            message: overLimits ? message : "invalid YAML: \(message)",
            help: overLimits
                ? "write the values out instead of repeating them through aliases"
                : "check the indentation and quote values that contain `:` or start with a special character")
    }
}
