import Foundation

/// The path in Unicode's composed form (NFC), which names every output file: a source spelt in NFD (as
/// some file systems and tools write names) still gets one URL. ASCII paths are returned as they are.
func composed(_ path: String) -> String {
    path.utf8.allSatisfy { $0 < 0x80 } ? path : path.precomposedStringWithCanonicalMapping
}

/// The path with every byte outside ASCII percent-encoded, as it goes in an `href`, `sitemap.xml` or a
/// canonical link. Source names are checked to hold no ASCII character a URL would have to encode
/// (`SourceListing`), so only non-ASCII bytes remain. ASCII paths are returned as they are.
func percentEncodingNonASCII(_ path: String) -> String {
    guard !path.utf8.allSatisfy({ $0 < 0x80 }) else { return path }
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(path.utf8.count * 2)
    for byte in path.utf8 {
        if byte < 0x80 {
            bytes.append(byte)
        } else {
            bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}
