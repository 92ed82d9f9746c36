/// One searchable part of a page: the text before its first heading, or an h2/h3 and what follows it.
struct SearchSection: Sendable, Equatable {
    /// The heading's anchor; empty for the part before the first heading.
    var anchor: String
    /// The heading's plain text; empty for the part before the first heading.
    var heading: String
    /// The section's visible text, tags removed and white space collapsed.
    var text: String
}

extension SearchIndex {
    /// Splits a page's rendered HTML at its `<h2 id>` and `<h3 id>` headings (tables and callouts included).
    static func sections(html: String, headings: [Heading]) -> [SearchSection] {
        let titles = Dictionary(headings.map { ($0.anchor, $0.title) }, uniquingKeysWith: { a, _ in a })
        var sections = [SearchSection(anchor: "", heading: "", text: "")]
        var text = ""
        var scalars = html.unicodeScalars[...]
        var lastWasSpace = true

        func finishSection() {
            while text.last == " " { text.removeLast() }
            sections[sections.count - 1].text = text
            text = ""
            lastWasSpace = true
        }
        func appendText(_ scalar: Unicode.Scalar) {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                if !lastWasSpace { text.unicodeScalars.append(" ") }
                lastWasSpace = true
            } else {
                text.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }

        while let scalar = scalars.first {
            if scalar == "<" {
                guard let close = scalars.firstIndex(of: ">") else { break }
                let tag = String(scalars[scalars.index(after: scalars.startIndex)..<close])
                scalars = scalars[scalars.index(after: close)...]
                if let level = headingLevel(tag), level <= 3, let anchor = attribute("id", in: tag) {
                    // Skip the heading's markup; its title comes from the renderer's list of headings.
                    let end = "</h\(level)>"
                    let rest = String(scalars)
                    if let range = rest.range(of: end) {
                        scalars = rest[range.upperBound...].unicodeScalars[...]
                        let title = titles[anchor] ?? stripTags(String(rest[..<range.lowerBound]))
                        if level >= 2 {
                            finishSection()
                            sections.append(SearchSection(anchor: anchor, heading: title, text: ""))
                        }
                    }
                } else if isBlockBoundary(tag), !lastWasSpace {
                    text.unicodeScalars.append(" ")
                    lastWasSpace = true
                }
            } else if scalar == "&" {
                let (decoded, rest) = decodeEntity(scalars)
                decoded.unicodeScalars.forEach(appendText)
                scalars = rest
            } else {
                appendText(scalar)
                scalars = scalars.dropFirst()
            }
        }
        finishSection()
        return sections.filter { !$0.heading.isEmpty || !$0.text.isEmpty }
    }

    private static func headingLevel(_ tag: String) -> Int? {
        let scalars = Array(tag.unicodeScalars.prefix(3))
        guard scalars.count >= 2, scalars[0] == "h", let digit = Int(String(scalars[1])), (1...6).contains(digit) else { return nil }
        return scalars.count == 2 || scalars[2] == " " ? digit : nil
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(decodeEntities(String(rest[..<end])))
    }

    private static func isBlockBoundary(_ tag: String) -> Bool {
        let name = tag.prefix { $0 != " " && $0 != ">" }.lowercased()
        return ["p", "/p", "li", "/li", "td", "/td", "th", "/th", "br", "br /", "/tr", "/h4", "/h5", "/h6", "dt", "dd", "div", "/div", "aside", "/aside", "pre", "/pre"].contains(name)
    }

    private static func stripTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return decodeEntities(out)
    }

    private static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            if scalar == "&" {
                let (decoded, rest) = decodeEntity(scalars)
                out += decoded
                scalars = rest
            } else {
                out.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst()
            }
        }
        return out
    }

    /// Decodes the entity at the start of `scalars` (which begins with `&`); unknown ones stay as written.
    private static func decodeEntity(_ scalars: Substring.UnicodeScalarView) -> (String, Substring.UnicodeScalarView) {
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'", "apos": "'", "nbsp": " "]
        let window = scalars.prefix(12)
        guard let semicolon = window.firstIndex(of: ";") else { return ("&", scalars.dropFirst()) }
        let name = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<semicolon]))
        let rest = scalars[scalars.index(after: semicolon)...]
        if let value = named[name] { return (value, rest) }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let number = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let number, let decoded = Unicode.Scalar(number) { return (String(decoded), rest) }
        }
        return ("&", scalars.dropFirst())
    }
}
