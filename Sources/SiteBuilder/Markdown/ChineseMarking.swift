/// Marks every run of Chinese (Han) characters in an HTML document's text with `lang="zh-CN"`, so screen
/// readers voice 备案 in Chinese and `:lang(zh)` styles apply, while the page itself stays English.
///
/// Works on the UTF-8 bytes of HTML the generator wrote itself (well formed, tags closed). A run is Han
/// characters with the CJK punctuation between and around them (《》、。（）); it is wrapped in
/// `<span lang="zh-CN">` unless an enclosing element already says `lang="zh…"`. Text that cannot hold
/// elements is left alone: `<title>`, `<script>`, `<style>`, `<textarea>`, `<option>` and attributes.
enum ChineseMarking {
    static let open = Array("<span lang=\"zh-CN\">".utf8), close = Array("</span>".utf8)

    static func mark(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            // Fast path: no byte that can start a Han character or CJK punctuation (U+3000 and up).
            guard bytes.contains(where: { $0 >= 0xE3 }) else { return nil }
            return String(decoding: mark(bytes), as: UTF8.self)
        } ?? html
    }

    /// Elements whose text is copied without looking inside.
    private static let rawText: Set<String> = ["script", "style", "title", "textarea", "option"]
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    private static func mark(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        /// Open elements and whether each (or an ancestor) is Chinese.
        var stack: [(name: String, chinese: Bool)] = []
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "<") {
                guard let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else {
                    out.append(contentsOf: bytes[i...])
                    break
                }
                let tag = bytes[(i + 1)..<end]
                out.append(contentsOf: bytes[i...end])
                i = end + 1
                let name = tagName(tag)
                if tag.first == UInt8(ascii: "/") {
                    if let open = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(open...) }
                } else if tag.first == UInt8(ascii: "!") || name.isEmpty || voidElements.contains(name) || tag.last == UInt8(ascii: "/") {
                    continue
                } else if rawText.contains(name) {
                    // Copy up to and including the closing tag.
                    let closing = Array("</\(name)".utf8)
                    var j = i
                    while j < bytes.count, !(bytes[j] == UInt8(ascii: "<") && bytes[j...].starts(with: closing)) { j += 1 }
                    out.append(contentsOf: bytes[i..<j])
                    i = j
                    if let close = bytes[j...].firstIndex(of: UInt8(ascii: ">")) {
                        out.append(contentsOf: bytes[j...close])
                        i = close + 1
                    }
                } else {
                    stack.append((name, (stack.last?.chinese ?? false) || declaresChinese(tag)))
                }
            } else if byte >= 0xE3, !(stack.last?.chinese ?? false), isRunScalar(bytes, at: i) {
                // A run of Han and CJK punctuation; wrapped only if it holds a Han character.
                var j = i
                var hasHan = false
                while j < bytes.count, let (value, length) = scalar(bytes, at: j), isHan(value) || isCJKPunctuation(value) {
                    hasHan = hasHan || isHan(value)
                    j += length
                }
                if hasHan { out += open }
                out.append(contentsOf: bytes[i..<j])
                if hasHan { out += close }
                i = j
            } else {
                out.append(byte)
                i += 1
            }
        }
        return out
    }

    private static func isRunScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard let (value, _) = scalar(bytes, at: i) else { return false }
        return isHan(value) || isCJKPunctuation(value)
    }

    /// The lower-cased element name at the start of a tag's inside (`/` of an end tag skipped).
    private static func tagName(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        var name: [UInt8] = []
        for byte in tag.drop(while: { $0 == UInt8(ascii: "/") }) {
            let isName = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
            guard isName else { break }
            name.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
        }
        return String(decoding: name, as: UTF8.self)
    }

    private static let langAttribute = Array(" lang=\"zh".utf8)

    private static func declaresChinese(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard tag.count >= langAttribute.count else { return false }
        var k = tag.startIndex
        while k + langAttribute.count <= tag.endIndex {
            if tag[k..<(k + langAttribute.count)].elementsEqual(langAttribute) { return true }
            k += 1
        }
        return false
    }

    /// The scalar of a three- or four-byte UTF-8 sequence at `i`, and its length.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let lead = bytes[i]
        if lead >= 0xE0 && lead < 0xF0 && i + 2 < bytes.count {
            return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if lead >= 0xF0 && i + 3 < bytes.count {
            return (UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return nil
    }

    static func isHan(_ value: UInt32) -> Bool {
        Unicode.Scalar(value).map(SearchTokenizer.isHan) ?? false
    }

    /// CJK symbols and punctuation (、。《》「」) and full-width forms (（），：).
    private static func isCJKPunctuation(_ value: UInt32) -> Bool {
        (0x3000...0x303F).contains(value) || (0xFF01...0xFF65).contains(value)
    }
}
