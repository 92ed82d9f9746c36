/// The theme's scripts and stylesheets as the site ships them: whole-line comments, indentation and blank
/// lines left out, which takes about a sixth off their size. Lines are never joined, so a script's
/// automatic semicolons and a stylesheet's rules mean what they meant in the source.
enum CompactAsset {
    /// Whether a file of the site at `path` is shipped compacted.
    static func applies(to path: String) -> Bool { path.hasSuffix(".js") || path.hasSuffix(".css") }

    /// `text` without `//` comment lines, `/* … */` comments that begin a line, indentation and blank lines.
    static func compact(_ text: String) -> String {
        var out: [Substring] = []
        var inComment = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.drop { $0 == " " || $0 == "\t" }
            if inComment {
                guard let end = line.range(of: "*/") else { continue }
                line = line[end.upperBound...].drop { $0 == " " }
                inComment = false
            }
            while line.hasPrefix("/*") {
                guard let end = line.range(of: "*/") else { inComment = true; line = ""; break }
                line = line[end.upperBound...].drop { $0 == " " }
            }
            if line.isEmpty || line.hasPrefix("//") { continue }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }
}
