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

    package init(layout: Layout) { self.layout = layout }

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

    package mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }
}
