extension YAMLReader.Failure {
    /// What is wrong, worded alike for every YAML source (front matter, data files, `site.yaml`, table
    /// specifications, drafts): "invalid YAML: ...", or the limit the document passed.
    package var wording: String { overLimits ? message : "invalid YAML: \(message)" }

    /// What to do about it.
    package var help: String {
        overLimits
            ? "write the values out instead of repeating them through aliases"
            : "check the indentation and quote values that contain `:` or start with a special character"
    }

    /// The failure as a diagnostic of `file`; `lineOffset` is the line the text starts on in the file, less one.
    package func diagnostic(file: String, lineOffset: Int = 0) -> Diagnostic {
        Diagnostic(file: file, line: line.map { $0 + lineOffset } ?? 0, column: column ?? 0, message: wording, help: help)
    }
}
