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
    /// Works on the UTF-8 bytes: every byte it looks for is ASCII, so multi-byte characters pass through whole.
    static func sections(html: String, headings: [Heading]) -> [SearchSection] {
        let titles = Dictionary(headings.map { ($0.anchor, $0.title) }, uniquingKeysWith: { a, _ in a })
        var sections = [SearchSection(anchor: "", heading: "", text: "")]
        let bytes = Array(html.utf8)
        var text: [UInt8] = []
        var lastWasSpace = true

        func finishSection() {
            while text.last == UInt8(ascii: " ") { text.removeLast() }
            sections[sections.count - 1].text = String(decoding: text, as: UTF8.self)
            text.removeAll(keepingCapacity: true)
            lastWasSpace = true
        }
        func appendText(_ byte: UInt8) {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                if !lastWasSpace { text.append(UInt8(ascii: " ")) }
                lastWasSpace = true
            } else {
                text.append(byte)
                lastWasSpace = false
            }
        }

        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "<") {
                guard let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: ">")) else { break }
                let tag = bytes[(i + 1)..<close]
                i = close + 1
                if let level = headingLevel(tag), level <= 3, let anchor = attribute("id", in: tag) {
                    // Skip the heading's markup; its title comes from the renderer's list of headings.
                    let end = Array("</h\(level)>".utf8)
                    if let found = firstIndex(of: end, in: bytes, from: i) {
                        let title = titles[anchor] ?? stripTags(String(decoding: bytes[i..<found], as: UTF8.self))
                        i = found + end.count
                        if level >= 2 {
                            finishSection()
                            sections.append(SearchSection(anchor: anchor, heading: title, text: ""))
                        }
                    }
                } else if isBlockBoundary(tag), !lastWasSpace {
                    text.append(UInt8(ascii: " "))
                    lastWasSpace = true
                }
            } else if byte == UInt8(ascii: "&") {
                let (decoded, next) = decodeEntity(bytes, at: i)
                decoded.utf8.forEach(appendText)
                i = next
            } else if isPlainText(byte) {
                // Copy the run of plain text up to the next tag, entity or white space at once.
                var end = i + 1
                while end < bytes.count, isPlainText(bytes[end]) { end += 1 }
                text.append(contentsOf: bytes[i..<end])
                lastWasSpace = false
                i = end
            } else {
                appendText(byte)
                i += 1
            }
        }
        finishSection()
        return sections.filter { !$0.heading.isEmpty || !$0.text.isEmpty }
    }

    /// Bytes copied as they are: anything but a tag or entity start and white space.
    private static func isPlainText(_ byte: UInt8) -> Bool {
        byte != UInt8(ascii: "<") && byte != UInt8(ascii: "&") && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\n")
            && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r")
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func headingLevel(_ tag: ArraySlice<UInt8>) -> Int? {
        let s = tag.startIndex
        guard tag.count >= 2, tag[s] == UInt8(ascii: "h"), tag[s + 1] >= UInt8(ascii: "1"), tag[s + 1] <= UInt8(ascii: "6") else { return nil }
        return tag.count == 2 || tag[s + 2] == UInt8(ascii: " ") ? Int(tag[s + 1] - UInt8(ascii: "0")) : nil
    }

    private static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let key = Array(" \(name)=\"".utf8)
        guard let start = firstIndex(of: key, in: Array(tag), from: 0) else { return nil }
        let rest = tag.dropFirst(start + key.count)
        guard let end = rest.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return decodeEntities(String(decoding: rest[..<end], as: UTF8.self))
    }

    /// Tag names after which the text gets a space, each packed into an integer by `packedName`.
    private static let blockBoundaries: Set<UInt64> = Set([
        "p", "/p", "li", "/li", "td", "/td", "th", "/th", "br", "/tr", "/h4", "/h5", "/h6", "dt", "dd",
        "div", "/div", "aside", "/aside", "pre", "/pre",
    ].compactMap { packedName(Array($0.utf8)[...]) })

    private static func isBlockBoundary(_ tag: ArraySlice<UInt8>) -> Bool {
        let name = tag.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ">") }
        return packedName(name).map(blockBoundaries.contains) ?? false
    }

    /// A tag name of up to eight bytes, lower-cased, as one integer; nil when longer.
    private static func packedName(_ name: ArraySlice<UInt8>) -> UInt64? {
        guard name.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for byte in name {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            packed = packed << 8 | UInt64(lower)
        }
        return packed
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
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&") {
                let (decoded, next) = decodeEntity(bytes, at: i)
                out += decoded.utf8
                i = next
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let namedEntities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'", "apos": "'", "nbsp": " "]

    /// Decodes the entity at `start` (an `&`) within the next 12 characters; unknown ones stay as written.
    private static func decodeEntity(_ bytes: [UInt8], at start: Int) -> (String, Int) {
        var i = start
        var characters = 0
        var semicolon: Int?
        while i < bytes.count && characters < 12 {
            if bytes[i] == UInt8(ascii: ";") { semicolon = i; break }
            i += 1
            if i < bytes.count && bytes[i] & 0xC0 != 0x80 { characters += 1 }
        }
        guard let semicolon else { return ("&", start + 1) }
        let name = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
        if let value = namedEntities[name] { return (value, semicolon + 1) }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let number = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let number, let decoded = Unicode.Scalar(number) { return (String(decoded), semicolon + 1) }
        }
        return ("&", start + 1)
    }
}
