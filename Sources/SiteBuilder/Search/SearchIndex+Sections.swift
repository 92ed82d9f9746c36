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
        var html = html
        return html.withUTF8 { bytes in
            var sections = [SearchSection(anchor: "", heading: "", text: "")]
            var text = SectionText()
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "<") {
                    guard let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: ">")) else { break }
                    let tag = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<close])
                    i = close + 1
                    if let level = headingLevel(tag), level <= 3, let anchor = attribute("id", in: tag) {
                        // Skip the heading's markup; its title comes from the renderer's list of headings.
                        let end: StaticString = level == 1 ? "</h1>" : level == 2 ? "</h2>" : "</h3>"
                        if let found = bytes.firstOffset(of: end.bytes, from: i) {
                            let title = titles[anchor] ?? stripTags(String(decoding: bytes[i..<found], as: UTF8.self))
                            i = found + end.utf8CodeUnitCount
                            if level >= 2 {
                                sections[sections.count - 1].text = text.finish()
                                sections.append(SearchSection(anchor: anchor, heading: title, text: ""))
                            }
                        }
                    } else if isBlockBoundary(tag) {
                        text.appendSpace()
                    }
                } else if byte == UInt8(ascii: "&") {
                    let (decoded, next) = decodeEntity(bytes, at: i)
                    for decodedByte in decoded.utf8 { text.append(decodedByte) }
                    i = next
                } else if isPlainText(byte) {
                    // Copy the run of plain text up to the next tag, entity or white space at once.
                    var end = i + 1
                    while end < bytes.count, isPlainText(bytes[end]) { end += 1 }
                    text.appendRun(UnsafeBufferPointer(rebasing: bytes[i..<end]))
                    i = end
                } else {
                    text.append(byte)
                    i += 1
                }
            }
            sections[sections.count - 1].text = text.finish()
            return sections.filter { !$0.heading.isEmpty || !$0.text.isEmpty }
        }
    }

    /// A section's visible text as it is gathered: white space collapsed to single spaces, none at the start.
    private struct SectionText {
        private var bytes: [UInt8] = []
        private var lastWasSpace = true

        mutating func append(_ byte: UInt8) {
            if isWhiteSpace(byte) {
                appendSpace()
            } else {
                bytes.append(byte)
                lastWasSpace = false
            }
        }

        /// Bytes without white space.
        mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
            bytes.append(contentsOf: run)
            lastWasSpace = false
        }

        mutating func appendSpace() {
            if !lastWasSpace { bytes.append(UInt8(ascii: " ")) }
            lastWasSpace = true
        }

        /// The text so far without trailing spaces; starts over empty.
        mutating func finish() -> String {
            while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
            defer {
                bytes.removeAll(keepingCapacity: true)
                lastWasSpace = true
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Bytes copied as they are: anything but a tag or entity start and white space.
    private static func isPlainText(_ byte: UInt8) -> Bool {
        byte != UInt8(ascii: "<") && byte != UInt8(ascii: "&") && !isWhiteSpace(byte)
    }

    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private static func headingLevel(_ tag: UnsafeBufferPointer<UInt8>) -> Int? {
        guard tag.count >= 2, tag[0] == UInt8(ascii: "h"), tag[1] >= UInt8(ascii: "1"), tag[1] <= UInt8(ascii: "6") else { return nil }
        return tag.count == 2 || tag[2] == UInt8(ascii: " ") ? Int(tag[1] - UInt8(ascii: "0")) : nil
    }

    /// The value of ` id="..."` in a tag, entities decoded.
    private static func attribute(_ key: StaticString, in tag: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        let name = key.bytes
        while let space = tag[i...].firstIndex(of: UInt8(ascii: " ")) {
            var j = space + 1
            if j + name.count + 2 <= tag.count, tag[j..<(j + name.count)].elementsEqual(name),
               tag[j + name.count] == UInt8(ascii: "="), tag[j + name.count + 1] == UInt8(ascii: "\"") {
                j += name.count + 2
                guard let end = tag[j...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                return decodeEntities(String(decoding: tag[j..<end], as: UTF8.self))
            }
            i = space + 1
        }
        return nil
    }

    /// Tag names after which the text gets a space, each packed into an integer by `packedName`.
    private static let blockBoundaries: Set<UInt64> = Set([
        "p", "/p", "li", "/li", "td", "/td", "th", "/th", "br", "/tr", "/h4", "/h5", "/h6", "dt", "dd",
        "div", "/div", "aside", "/aside", "pre", "/pre",
    ].compactMap { name in Array(name.utf8).withUnsafeBufferPointer(packedName) })

    private static func isBlockBoundary(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = tag.firstIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ">") } ?? tag.count
        return packedName(UnsafeBufferPointer(rebasing: tag[..<length])).map(blockBoundaries.contains) ?? false
    }

    /// A tag name of up to eight bytes, lower-cased, as one integer; nil when longer.
    private static func packedName(_ name: UnsafeBufferPointer<UInt8>) -> UInt64? {
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
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var text = text
        return text.withUTF8 { bytes in
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
    }

    private static let namedEntities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'", "apos": "'", "nbsp": " "]

    /// Decodes the entity at `start` (an `&`) within the next 12 characters; unknown ones stay as written.
    private static func decodeEntity(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int) {
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
