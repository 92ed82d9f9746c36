import Foundation

/// Splits text into search terms; `theme/static/js/search.js` applies the same rules to queries.
///
/// English words are case-folded and lightly stemmed; Chinese text gives every character and every
/// pair of neighbouring characters, so a query of any length finds its pages without a dictionary.
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
    static func count(_ text: String) -> TermCounts {
        var counts = TermCounts()
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            forEachASCIITerm(text) { counts.add($0) }
        } else {
            forEachTerm(text) { counts.add(Array($0.utf8)) }
        }
        return counts
    }

    /// Calls `body` with every term of the text, in order, as often as it occurs.
    static func forEachTerm(_ text: String, _ body: (String) -> Void) {
        // NFKC folds full-width letters and digits; ASCII text is already in that form.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        if isASCII { return forEachASCIITerm(text) { body(String(decoding: $0, as: UTF8.self)) } }
        let normalized = text.precomposedStringWithCompatibilityMapping.lowercased()
        let scalars = normalized.unicodeScalars
        var wordStart: String.UnicodeScalarView.Index?
        var previousHan: Unicode.Scalar?
        func flushWord(upTo end: String.UnicodeScalarView.Index) {
            guard let start = wordStart else { return }
            wordStart = nil
            let word = scalars[start..<end]
            if scalars.index(after: start) == end && !isDigit(word[start]) { return }
            let folded = String(word)
            guard !stopWords.contains(folded) else { return }
            body(stem(folded))
        }
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if isHan(scalar) {
                flushWord(upTo: index)
                if let previous = previousHan { body(String(String.UnicodeScalarView([previous, scalar]))) }
                body(String(scalar))
                previousHan = scalar
            } else if isWordCharacter(scalar) {
                previousHan = nil
                if wordStart == nil { wordStart = index }
            } else {
                previousHan = nil
                flushWord(upTo: index)
            }
            index = scalars.index(after: index)
        }
        flushWord(upTo: scalars.endIndex)
    }

    /// `forEachTerm` for ASCII text, on bytes: words of letters and digits, case-folded, stop words dropped, stemmed.
    /// Each word is folded and stemmed in one reused buffer, which `body` receives.
    private static func forEachASCIITerm(_ text: String, _ body: ([UInt8]) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var hasDigit = false
        func flushWord() {
            defer {
                word.removeAll(keepingCapacity: true)
                hasDigit = false
            }
            guard !word.isEmpty, word.count > 1 || hasDigit else { return }
            if word.count <= 4, !hasDigit, isShortStopWord(word) { return }
            if !hasDigit { stemLetters(&word) }
            body(word)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(byte)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                word.append(byte)
                hasDigit = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            default: flushWord()
            }
        }
        flushWord()
    }

    /// The stop words, each packed into an integer (every one has at most four letters).
    private static let packedStopWords: Set<UInt32> = Set(stopWords.map { packed(Array($0.utf8)) })

    private static func packed(_ word: [UInt8]) -> UInt32 {
        word.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Whether a lower-case word of at most four letters is a stop word.
    private static func isShortStopWord(_ word: [UInt8]) -> Bool {
        packedStopWords.contains(packed(word))
    }

    /// A light suffix stripper: `filings`, `filed` and `filing` all become `fil`.
    static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }) else { return word }
        stemLetters(&w)
        return w.count == word.utf8.count ? word : String(decoding: w, as: UTF8.self)
    }

    /// `stem` in place, for a word of ASCII letters only.
    private static func stemLetters(_ w: inout [UInt8]) {
        if w.count > 4 && w.ends(with: Suffix.ies) {
            w.removeLast(3)
            w.append(UInt8(ascii: "y"))
        } else if w.count > 3 && w.ends(with: Suffix.s) && !w.ends(with: Suffix.ss) && !w.ends(with: Suffix.us) && !w.ends(with: Suffix.is) {
            w.removeLast()
        }
        if w.count > 5 && w.ends(with: Suffix.ing) {
            w.removeLast(3)
        } else if w.count > 4 && w.ends(with: Suffix.ed) {
            w.removeLast(2)
        }
        if w.count > 3 && w.ends(with: Suffix.e) { w.removeLast() }
    }

    private enum Suffix {
        static let ies = Array("ies".utf8), s = Array("s".utf8), ss = Array("ss".utf8), us = Array("us".utf8)
        static let `is` = Array("is".utf8), ing = Array("ing".utf8), ed = Array("ed".utf8), e = Array("e".utf8)
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

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        guard count >= suffix.count else { return false }
        let offset = count - suffix.count
        for i in suffix.indices where self[offset + i] != suffix[i] { return false }
        return true
    }
}
