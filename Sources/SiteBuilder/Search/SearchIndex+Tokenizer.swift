import Foundation

/// Splits text into search terms; `theme/static/js/search.js` applies the same rules to queries.
///
/// English words are case-folded and lightly stemmed; Chinese text gives every pair of neighbouring
/// characters, and a character that stands alone, so a query of any length finds its pages without a
/// dictionary (a one-character query reads the pairs that hold it). Postings of every single character
/// made the Chinese index half as large again.
enum SearchTokenizer {
    /// Words too common to be worth a posting list.
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "if", "in", "into", "is", "it",
        "its", "of", "on", "or", "that", "the", "this", "to", "was", "with",
    ]

    /// Every term of the text, in order, repeated as often as it occurs.
    static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachTerm(text) { terms.append($0) }
        return terms
    }

    /// Counts the terms of the text; ASCII text is counted without making a `String` per word.
    static func count(_ text: String, into counts: inout TermCounts) {
        if isASCII(text) {
            forEachASCIITerm(text) { counts.add($0) }
        } else {
            forEachTerm(text) { term in
                var term = term
                term.withUTF8 { counts.add($0) }
            }
        }
    }

    /// Calls `body` with every term of the text, in order, as often as it occurs.
    static func forEachTerm(_ text: String, _ body: (String) -> Void) {
        // NFKC folds full-width letters and digits; ASCII text is already in that form.
        if isASCII(text) { return forEachASCIITerm(text) { body(String(decoding: $0, as: UTF8.self)) } }
        let normalized = text.precomposedStringWithCompatibilityMapping.lowercased()
        let scalars = normalized.unicodeScalars
        var wordStart: String.UnicodeScalarView.Index?
        var previousHan: Unicode.Scalar?
        var runLength = 0
        func endRun() {
            if runLength == 1, let single = previousHan { body(String(single)) }
            previousHan = nil
            runLength = 0
        }
        func flushWord(upTo end: String.UnicodeScalarView.Index) {
            guard let start = wordStart else { return }
            wordStart = nil
            let word = scalars[start..<end]
            if scalars.index(after: start) == end && !isDigit(word[start]) { return }
            let folded = String(word)
            guard !stopWords.contains(folded) else { return }
            body(Self.folded(stem(folded)))
        }
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if isHan(scalar) {
                flushWord(upTo: index)
                if let previous = previousHan { body(String(String.UnicodeScalarView([previous, scalar]))) }
                previousHan = scalar
                runLength += 1
            } else if isWordCharacter(scalar) {
                endRun()
                if wordStart == nil { wordStart = index }
            } else {
                endRun()
                flushWord(upTo: index)
            }
            index = scalars.index(after: index)
        }
        endRun()
        flushWord(upTo: scalars.endIndex)
    }

    /// `forEachTerm` for ASCII text, on bytes: words of letters and digits, case-folded, stop words dropped, stemmed.
    /// Each word is folded and stemmed in one scratch buffer, which `body` receives.
    private static func forEachASCIITerm(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            let word = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + 1)
            defer { word.deallocate() }
            let stopWords = packedStopWords
            let synonyms = synonymTable
            var length = 0
            var hasDigit = false
            for i in 0...bytes.count {
                let byte = i < bytes.count ? bytes[i] : UInt8(ascii: " ")
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    word[length] = byte
                    length += 1
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    word[length] = byte
                    length += 1
                    hasDigit = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    word[length] = byte + 32
                    length += 1
                default:
                    if length > 1 || (length == 1 && hasDigit) {
                        if hasDigit {
                            body(UnsafeBufferPointer(start: word, count: length))
                        } else if length > 4 || !stopWords.contains(packed(word, length)) {
                            let stemmed = UnsafeBufferPointer(start: word, count: stemLetters(word, length))
                            if let synonym = synonyms.value(for: stemmed) {
                                var synonym = synonym
                                synonym.withUTF8 { body($0) }
                            } else {
                                body(stemmed)
                            }
                        }
                    }
                    length = 0
                    hasDigit = false
                }
            }
        }
    }

    /// The stop words, each packed into an integer (every one has at most four letters).
    private static let packedStopWords: [UInt32] = stopWords.map { word in
        var bytes = Array(word.utf8)
        return packed(&bytes, bytes.count)
    }

    private static func packed(_ word: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        var packed: UInt32 = 0
        for i in 0..<length { packed = packed << 8 | UInt32(word[i]) }
        return packed
    }

    /// A light suffix stripper: `filings`, `filed` and `filing` all become `fil`.
    static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }) else { return word }
        let length = w.withUnsafeMutableBufferPointer { stemLetters($0.baseAddress!, $0.count) }
        return length == w.count ? word : String(decoding: w[..<length], as: UTF8.self)
    }

    /// `stem` in place, for a word of ASCII letters only; returns the stem's length.
    private static func stemLetters(_ w: UnsafeMutablePointer<UInt8>, _ length: Int) -> Int {
        var n = length
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard n >= count else { return false }
            for i in 0..<count where w[n - count + i] != suffix.utf8Start[i] { return false }
            return true
        }
        if n > 4 && endsWith("ies") {
            n -= 2
            w[n - 1] = UInt8(ascii: "y")
        } else if n > 3 && endsWith("s") && !endsWith("ss") && !endsWith("us") && !endsWith("is") {
            n -= 1
        }
        if n > 5 && endsWith("ing") {
            n -= 3
        } else if n > 4 && endsWith("ed") {
            n -= 2
        }
        if n > 3 && endsWith("e") { n -= 1 }
        return n
    }

    /// Han ideographs: the unified blocks, their extensions and the compatibility block.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType != nil }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

/// Whether every byte of the text is ASCII, looked at eight bytes at a time.
func isASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            offset += 8
        }
        return raw[offset...].allSatisfy { $0 < 0x80 }
    }
}

/// The first `count` Characters of the text; ASCII text is cut on its bytes without walking graphemes.
func characterPrefix(of text: String, count: Int) -> Substring {
    var bytes = text
    // nil: the text is no longer than `count` bytes, so it has no more Characters either.
    let cutsBetweenASCII: Bool? = bytes.withUTF8 { utf8 in
        guard utf8.count > count else { return nil }
        guard count > 0 else { return true }
        // Within ASCII every byte is a Character, except a CR LF pair; the byte after the cut must be ASCII
        // too, or it could be a combining mark that belongs to the last Character kept.
        for byte in utf8[...count] where byte >= 0x80 { return false }
        return !(utf8[count - 1] == 0x0D && utf8[count] == 0x0A)
    }
    switch cutsBetweenASCII {
    case nil: return text[...]
    case true?: return text[..<text.utf8.index(text.utf8.startIndex, offsetBy: count)]
    case false?: return text.prefix(count)
    }
}
