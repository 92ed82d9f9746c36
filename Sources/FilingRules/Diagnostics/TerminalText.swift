/// Text from a draft or a site, made safe to print on a terminal.
package enum TerminalText {
    /// `text` with every control character (C0, DEL, C1) and every bidirectional formatting character
    /// written as a visible `\u{XX}` escape, so a hostile draft or file name cannot move the cursor, recolour,
    /// retitle or clear the terminal, or reorder what is shown around it. Line breaks and tabs stay when
    /// `keepingLineBreaks` (multi-line output the program lays out itself).
    package static func escaping(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks) }) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLineBreaks) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, _ keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: true
        // Arabic letter mark, left-to-right and right-to-left marks, embeddings, overrides and isolates.
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
