/// A request target turned into a key of the site manifest, or refused.
///
/// Paths are decoded strictly: a malformed escape, an encoded `/` or `\`, a backslash, a NUL or any
/// other control character, invalid UTF-8 and `.`/`..` segments are refused, so no path can name
/// anything outside the built site even before the manifest lookup.
struct RequestPath: Equatable {
    /// The decoded path without its leading slash, e.g. `naming/` or `css/site.css`.
    let decoded: String
    /// The path as sent (still encoded), without query, for redirects.
    let raw: String

    /// Parses the path part of a request target; nil means 400.
    init?(target: String) {
        let end = target.utf8.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? target.endIndex
        let path = target[..<end]
        guard path.hasPrefix("/") else { return nil }
        if Self.isPlain(path.utf8) {
            decoded = String(path.dropFirst())
            raw = String(path)
            return
        }
        var bytes: [UInt8] = []
        var iterator = path.utf8.dropFirst().makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(Self.hexValue), let low = iterator.next().flatMap(Self.hexValue) else { return nil }
                let value = high << 4 | low
                guard value != UInt8(ascii: "/"), value != UInt8(ascii: "\\") else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }),
              let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let segments = text.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0 == "." || $0 == ".." }) else { return nil }
        decoded = text
        raw = String(path)
    }

    /// Whether the path has an empty segment (`a//b`, or a leading `//`) or a hidden one; such paths are never served.
    var isUnusual: Bool {
        var previous = UInt8(ascii: "/")
        for byte in decoded.utf8 {
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") { return true }
            previous = byte
        }
        return false
    }

    /// True when `path` (with its leading slash) needs no decoding and no checks: printable ASCII only,
    /// without `%`, `\\` or a segment that starts with a dot.
    private static func isPlain(_ path: Substring.UTF8View) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.dropFirst() {
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "%"), byte != UInt8(ascii: "\\") else { return false }
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") { return false }
            previous = byte
        }
        return true
    }

    /// The value of one hexadecimal digit, or nil.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
