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
            // Nothing after the last byte that can start a Han character or CJK punctuation (U+3000 and
            // up) can be marked, so the document is read only that far; most English pages end early.
            guard let last = lastLeadByte(in: bytes) else { return nil }
            return mark(bytes, through: last).map { String(decoding: $0, as: UTF8.self) }
        } ?? html
    }

    /// The index of the last byte that can start a Han character or CJK punctuation (0xE3 and up), reading
    /// eight bytes at a time from the end and skipping words of ASCII.
    private static func lastLeadByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        var end = bytes.count
        while end >= 8 {
            if raw.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self) & 0x8080_8080_8080_8080 != 0,
               let index = bytes[(end - 8)..<end].lastIndex(where: { $0 >= 0xE3 }) {
                return index
            }
            end -= 8
        }
        return bytes[0..<end].lastIndex(where: { $0 >= 0xE3 })
    }

    /// Elements whose text is copied without looking inside, and elements without content, as `packed` names.
    private static let rawText = ["script", "style", "title", "textarea", "option"].map(packed)
    private static let voidElements =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"].map(packed)

    /// Copies the document in long runs: only tags and bytes that can start a Han character are looked at,
    /// up to `last`, the last such byte. Returns nil when no run needs marking, so the caller keeps its text.
    private static func mark(_ bytes: UnsafeBufferPointer<UInt8>, through last: Int) -> [UInt8]? {
        let count = bytes.count
        guard let p = bytes.baseAddress else { return nil }
        var out: [UInt8] = []
        /// Open elements, by packed name, and whether each (or an ancestor) is Chinese.
        var stack: [(name: UInt64, chinese: Bool)] = []
        var copied = 0
        func copy(upTo end: Int) {
            if out.isEmpty { out.reserveCapacity(count + count / 8) }
            if end > copied { out.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: end - copied)) }
            copied = end
        }
        var i = 0
        while i <= last {
            let byte = p[i]
            if byte == UInt8(ascii: "<") {
                var end = i + 1
                while end < count && p[end] != UInt8(ascii: ">") { end += 1 }
                guard end < count else { break }
                let tag = UnsafeBufferPointer(start: p + i + 1, count: end - i - 1)
                i = end + 1
                guard let first = tag.first, first != UInt8(ascii: "!") else { continue }
                let closing = first == UInt8(ascii: "/")
                let name = packedName(tag, from: closing ? 1 : 0)
                if closing {
                    if let open = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(open...) }
                } else if name == 0 || voidElements.contains(name) || tag.last == UInt8(ascii: "/") {
                    continue
                } else if rawText.contains(name) {
                    // Skip to the matching end tag: `</` and the same name.
                    while i + 1 < count && !(p[i] == UInt8(ascii: "<") && p[i + 1] == UInt8(ascii: "/")
                        && packedName(UnsafeBufferPointer(start: p + i + 2, count: min(9, count - i - 2)), from: 0) == name) {
                        i += 1
                    }
                } else {
                    stack.append((name, (stack.last?.chinese ?? false) || declaresChinese(tag)))
                }
            } else if byte >= 0xE3, !(stack.last?.chinese ?? false), let (value, length) = scalar(bytes, at: i), isHan(value) || isCJKPunctuation(value) {
                // A run of Han and CJK punctuation; wrapped only if it holds a Han character.
                var end = i + length
                var hasHan = isHan(value)
                while end < count, let (next, nextLength) = scalar(bytes, at: end), isHan(next) || isCJKPunctuation(next) {
                    hasHan = hasHan || isHan(next)
                    end += nextLength
                }
                if hasHan {
                    copy(upTo: i)
                    out += open
                    copy(upTo: end)
                    out += close
                }
                i = end
            } else {
                i += 1
            }
        }
        guard copied > 0 else { return nil }
        copy(upTo: count)
        return out
    }

    private static func packed(_ name: String) -> UInt64 {
        Array(name.utf8).withUnsafeBufferPointer { packedName($0, from: 0) }
    }

    /// The element name at `from` in a tag's inside, lower-cased and packed into an integer; names longer
    /// than eight bytes share their first eight bytes' value, which no element this pass cares about has.
    private static func packedName(_ tag: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        var packed: UInt64 = 0
        var k = start
        while k < tag.count && k - start < 8 {
            let byte = tag[k]
            let isName = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
            guard isName else { break }
            packed = packed << 8 | UInt64(byte | 0x20)
            k += 1
        }
        return packed
    }

    private static let langAttribute = Array(" lang=\"zh".utf8)

    private static func declaresChinese(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
        let needle = langAttribute
        guard tag.count >= needle.count else { return false }
        for k in 0...(tag.count - needle.count) where tag[k] == UInt8(ascii: " ") && tag[k + 5] == UInt8(ascii: "=") {
            var matches = true
            for m in 1..<needle.count where tag[k + m] != needle[m] { matches = false; break }
            if matches { return true }
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
