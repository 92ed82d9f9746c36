/// The one way JSON is written here (reports, the rule catalog, input errors): a small writer that appends
/// bytes, fast enough for the checker's API. Callers emit keys in sorted order, so output is deterministic.
package struct JSONWriter {
    /// How the output is laid out.
    package enum Layout: Sendable {
        /// One line, no spaces.
        case compact
        /// Two spaces per level, `"key": value`.
        case pretty
        /// As Foundation's `JSONEncoder` lays out `.prettyPrinted` output: `"key" : value`, and an empty
        /// object or list as its brackets on two lines with an empty line between. The published catalog
        /// (`rulebook.json`, `icp rules --format json`, `GET /api/rules`) keeps these bytes.
        case foundation
    }

    let layout: Layout
    package var bytes: [UInt8] = []
    private var depth = 0
    private var needsComma = false

    package init(layout: Layout) {
        self.layout = layout
        bytes.reserveCapacity(4096)  // a one-website report is about 2.5 KB
    }

    /// `.pretty` or `.compact`.
    package init(pretty: Bool) { self.init(layout: pretty ? .pretty : .compact) }

    private var pretty: Bool { layout != .compact }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        newline()
    }

    package mutating func object(_ body: (inout JSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        needsComma = false
        let before = bytes.count
        body(&self)
        depth -= 1
        if bytes.count != before { newline() } else { emptyBody() }
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Foundation's layout of `{}` and `[]`: an empty line between the brackets.
    private mutating func emptyBody() {
        guard layout == .foundation else { return }
        bytes.append(0x0A)
        newline()
    }

    package mutating func array<T>(_ items: [T], _ body: (inout JSONWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        depth += 1
        needsComma = false
        for item in items {
            separate()
            needsComma = false
            body(&self, item)
            needsComma = true
        }
        depth -= 1
        if !items.isEmpty { newline() } else { emptyBody() }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    package mutating func key(_ name: String) {
        separate()
        string(name)
        if layout == .foundation { bytes.append(0x20) }
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        needsComma = false
    }

    package mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
        needsComma = true
    }

    package mutating func field(_ name: String, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    /// A number, `true`, `false` or `null`, written as given.
    package mutating func literal(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    package mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    /// A quoted string.
    package mutating func string(_ text: String) {
        Self.appendQuoted(text, to: &bytes)
        needsComma = true
    }

    /// Appends `text` as a JSON string literal, copying runs of bytes that need no escape at once. With
    /// `scriptSafe`, `<` and U+2028 and U+2029 are escaped too, so the literal can stand in a `<script>`
    /// and in older JavaScript, where those two end a line (the search index).
    package static func appendQuoted(_ text: some StringProtocol, scriptSafe: Bool = false, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, scriptSafe: scriptSafe, to: &out) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0, scriptSafe: scriptSafe, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The body of a string literal: eight bytes at a time while none of them may need an escape, byte by
    /// byte around those that may.
    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, scriptSafe: Bool, to out: inout [UInt8]) {
        guard let base = utf8.baseAddress else { return }
        var start = 0
        var index = 0
        while index < utf8.count {
            if index + 8 <= utf8.count,
               !mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self), scriptSafe: scriptSafe) {
                index += 8
                continue
            }
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                || (scriptSafe && (byte == UInt8(ascii: "<") || byte == 0xE2)) else {
                index += 1
                continue
            }
            var length = 1
            if byte == 0xE2 {
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other E2 sequences are copied.
                guard index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 else {
                    index += 1
                    continue
                }
                length = 3
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
            escape(length == 3 ? (utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029) : UInt16(byte), to: &out)
            index += length
            start = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes in `word` is below 0x20, `"` or `\` (with `scriptSafe`, `<` or 0xE2
    /// too), by the bit tricks that find a zero byte in a word: exact about whether one is there.
    private static func mayNeedEscape(_ word: UInt64, scriptSafe: Bool) -> Bool {
        func hasZeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highBits }
        var found = ((word &- ones &* 0x20) & ~word & highBits)
            | hasZeroByte(word ^ (ones &* 0x22)) | hasZeroByte(word ^ (ones &* 0x5C))
        if scriptSafe { found |= hasZeroByte(word ^ (ones &* 0x3C)) | hasZeroByte(word ^ (ones &* 0xE2)) }
        return found != 0
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The escape of one character: the short forms JSON has, `\uXXXX` for the rest.
    private static func escape(_ code: UInt16, to out: inout [UInt8]) {
        switch code {
        case UInt16(UInt8(ascii: "\"")): out.append(contentsOf: [0x5C, 0x22])
        case UInt16(UInt8(ascii: "\\")): out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
            out.append(contentsOf: [0x5C, UInt8(ascii: "u")])
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int((code >> UInt16(shift)) & 0xF)]) }
        }
    }
}
