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
        var text = Substring(text)
        text.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
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
        out.append(UInt8(ascii: "\""))
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
