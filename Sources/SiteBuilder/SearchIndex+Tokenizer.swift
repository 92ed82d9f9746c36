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
    static func terms(_ text: String, includeSingleCharacters: Bool = true) -> [String] {
        var terms: [String] = []
        var word = String.UnicodeScalarView()
        var previousHan: Unicode.Scalar?
        func flushWord() {
            guard !word.isEmpty else { return }
            let folded = String(word)
            word = String.UnicodeScalarView()
            guard !stopWords.contains(folded) else { return }
            if folded.unicodeScalars.count == 1 && !folded.unicodeScalars.allSatisfy(isDigit) { return }
            terms.append(stem(folded))
        }
        let normalized = text.precomposedStringWithCompatibilityMapping.lowercased()
        for scalar in normalized.unicodeScalars {
            if isHan(scalar) {
                flushWord()
                if let previous = previousHan {
                    var pair = String.UnicodeScalarView()
                    pair.append(previous)
                    pair.append(scalar)
                    terms.append(String(pair))
                }
                if includeSingleCharacters { terms.append(String(scalar)) }
                previousHan = scalar
            } else if isWordCharacter(scalar) {
                previousHan = nil
                word.append(scalar)
            } else {
                previousHan = nil
                flushWord()
            }
        }
        flushWord()
        return terms
    }

    /// A light suffix stripper: `filings`, `filed` and `filing` all become `fil`.
    static func stem(_ word: String) -> String {
        guard word.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return word }
        var w = Substring(word)
        if w.count > 4 && w.hasSuffix("ies") {
            w = w.dropLast(3) + "y"
        } else if w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
            w = w.dropLast(1)
        }
        if w.count > 5 && w.hasSuffix("ing") {
            w = w.dropLast(3)
        } else if w.count > 4 && w.hasSuffix("ed") {
            w = w.dropLast(2)
        }
        if w.count > 3 && w.hasSuffix("e") { w = w.dropLast(1) }
        return String(w)
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
