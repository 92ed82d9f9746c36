// HTML the generator writes itself, shared by the Markdown renderer, the page contexts, the search index
// (which splits pages at the heading markup) and the server's pages.

/// Escapes text for an HTML element or attribute.
package func escapeHTML(_ text: String) -> String {
    var text = text
    let escaped: String? = text.withUTF8 { bytes in
        var extra = 0
        for byte in bytes { if let entity = htmlEntity(byte) { extra += entity.utf8CodeUnitCount - 1 } }
        guard extra > 0 else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count + extra) { out in
            var i = 0
            for byte in bytes {
                if let entity = htmlEntity(byte) {
                    (out.baseAddress! + i).initialize(from: entity.utf8Start, count: entity.utf8CodeUnitCount)
                    i += entity.utf8CodeUnitCount
                } else {
                    out[i] = byte
                    i += 1
                }
            }
            return i
        }
    }
    return escaped ?? text
}

/// What stands for `byte` in HTML text and attribute values; nil for a byte written as it is.
@inline(__always)
private func htmlEntity(_ byte: UInt8) -> StaticString? {
    switch byte {
    case UInt8(ascii: "&"): "&amp;"
    case UInt8(ascii: "<"): "&lt;"
    case UInt8(ascii: ">"): "&gt;"
    case UInt8(ascii: "\""): "&quot;"
    case UInt8(ascii: "'"): "&#39;"
    default: nil
    }
}

/// A heading with its id and the `#` link to it, as every generated heading is written; the search index
/// splits pages at this markup.
func headingHTML(level: Int, anchor: String, content: String, linkLabel: String = "Link to this section") -> String {
    let (open, close) = headingTags(level: level, anchor: anchor, linkLabel: linkLabel)
    return open + content + close
}

/// The HTML before and after a heading's content: the heading with its anchor, and the link to it.
func headingTags(level: Int, anchor: String, linkLabel: String = "Link to this section") -> (open: String, close: String) {
    let id = escapeHTML(anchor)
    return ("<h\(level) id=\"\(id)\">", "<a class=\"heading-anchor\" href=\"#\(id)\" aria-label=\"\(linkLabel)\">#</a></h\(level)>")
}
