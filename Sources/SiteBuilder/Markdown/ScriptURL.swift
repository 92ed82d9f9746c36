/// Schemes whose URLs run or embed code when a reader follows them; such links are never published.
let forbiddenSchemes: Set<String> = ["javascript", "vbscript", "data"]

/// The forbidden scheme of `url` (`javascript`, `vbscript` or `data`), read as a browser reads it: leading
/// spaces and control characters skipped, tabs and line breaks anywhere ignored, letters in any case;
/// nil for every other URL.
func forbiddenScheme(of url: String) -> String? {
    var scheme: [UInt8] = []
    var started = false
    for byte in url.utf8 {
        if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
        if !started && byte <= 0x20 { continue }
        started = true
        if byte == UInt8(ascii: ":") {
            let name = String(decoding: scheme, as: UTF8.self)
            return forbiddenSchemes.contains(name) ? name : nil
        }
        guard scheme.count < 10 else { return nil }
        scheme.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
    }
    return nil
}
