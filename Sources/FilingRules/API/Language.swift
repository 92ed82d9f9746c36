/// The language a report is written in. Rule ids, field paths and JSON keys are the same in both.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// English, the default.
    case english = "en"
    /// Simplified Chinese, in the terms of MIIT's filing system and the providers' forms.
    case chinese = "zh-CN"

    /// The folder of the site's edition in this language, relative to the site root: `""` or `zh-CN/`.
    public var siteFolder: String { self == .english ? "" : rawValue + "/" }

    /// The language a code names: `zh`, `zh-CN`, `zh-Hans` (any case) are Chinese, `en` English; nil otherwise.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower == "en" || lower.hasPrefix("en-") {
            self = .english
        } else if lower == "zh" || lower == "zh-cn" || lower == "zh-hans" || lower.hasPrefix("zh-hans-") || lower == "zh-sg" {
            self = .chinese
        } else {
            return nil
        }
    }

    /// The language an `Accept-Language` header prefers among the two: the first listed one with a
    /// quality above zero, in order of quality; English when none is listed.
    public init(acceptLanguage header: String) {
        var best: (language: Language, quality: Double)?
        for item in header.split(separator: ",").prefix(32) {
            let parts = item.split(separator: ";")
            guard let tag = parts.first.map(Self.trimmed), let language = Language(code: tag) else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map(Self.trimmed)
                if pair.count == 2, pair[0] == "q", let q = Double(pair[1]) { quality = q }
            }
            if quality > 0, quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        self = best?.language ?? .english
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
