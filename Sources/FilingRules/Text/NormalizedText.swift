/// Text prepared for matching: full-width ASCII folded to ASCII, ASCII lower-cased,
/// ideographic space read as a space.
struct NormalizedText: Sendable {
    let scalars: [UInt32]

    init(_ text: String) {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            out.append(Self.fold(scalar.value))
        }
        scalars = out
    }

    /// The folded text without spaces, as words are matched and names compared.
    var compact: [UInt32] { scalars.filter { !Self.isSpace($0) } }

    /// `compact` of a text.
    static func compact(_ text: String) -> [UInt32] { NormalizedText(text).compact }

    static func fold(_ value: UInt32) -> UInt32 {
        var v = value
        if v >= 0xFF01, v <= 0xFF5E { v -= 0xFEE0 }  // full-width ASCII
        if v == 0x3000 { v = 0x20 }
        if v >= 0x41, v <= 0x5A { v += 32 }
        return v
    }

    static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D }
    /// ASCII digits and the decimal digits of other scripts (٢٠٢٦ counts as four digits).
    static func isDigit(_ v: UInt32) -> Bool {
        if v >= 0x30 && v <= 0x39 { return true }
        // Han characters, most of a name, are no digits; the property look-up is slow.
        guard v >= 0x80, !isHan(v), let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.numericType == .decimal
    }
    static func isLatin(_ v: UInt32) -> Bool { v >= 0x61 && v <= 0x7A }
    /// CJK unified ideographs (basic block and extension A), where website names live.
    static func isHan(_ v: UInt32) -> Bool { (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) }

    /// Characters that count toward a name's length: letters, digits and Han characters.
    var meaningfulCount: Int {
        var n = 0
        for v in scalars where Self.isDigit(v) || Self.isLatin(v) || Self.isHan(v) || Self.isOtherLetter(v) { n += 1 }
        return n
    }

    static func isOtherLetter(_ v: UInt32) -> Bool {
        guard v >= 0x80, let scalar = Unicode.Scalar(v) else { return false }
        if isHan(v) { return false }
        return scalar.properties.isAlphabetic
    }

}
