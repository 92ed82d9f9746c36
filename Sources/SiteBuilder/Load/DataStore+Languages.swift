/// Data texts in several languages: any text of a data file may be written as a map from language code to
/// text, `{en: Note, zh-CN: 说明}`. Every edition reads the data with each such map replaced by its own
/// language's text (the original language's when the map lacks it), so tables, cards and the checker never
/// need a second copy of a fact: dates, numbers and sources stay written once.
extension DataStore {
    /// The data as an edition in `language` reads it.
    func localized(to language: String, fallback: String) -> DataStore {
        var copy = self
        copy.files = files.mapValues { $0.localized(to: language, fallback: fallback) }
        return copy
    }
}

extension YAMLValue {
    /// Whether this is a text in several languages: a map whose keys are all language codes, one of them
    /// the original language.
    func isLocalizedText(fallback: String) -> Bool {
        guard case .map(let pairs) = self, pairs.contains(where: { $0.key == fallback }) else { return false }
        return pairs.allSatisfy { SiteConfig.isLanguageCode($0.key) && $0.key.count <= 5 && $0.value.isScalarText }
    }

    /// The value with every text in several languages reduced to the text in `language`.
    func localized(to language: String, fallback: String) -> YAMLValue {
        switch self {
        case .map(let pairs):
            if isLocalizedText(fallback: fallback) {
                return (pairs.first { $0.key == language } ?? pairs.first { $0.key == fallback })?.value ?? self
            }
            return .map(pairs.map { ($0.key, $0.value.localized(to: language, fallback: fallback)) })
        case .list(let items):
            return .list(items.map { $0.localized(to: language, fallback: fallback) })
        default:
            return self
        }
    }

    /// Every path (`provinces.3.limits.min_age.note`) holding a text in several languages that lacks
    /// `language`, for the check that every data text is translated.
    func untranslatedTexts(_ language: String, fallback: String, path: String = "") -> [String] {
        switch self {
        case .map(let pairs):
            if isLocalizedText(fallback: fallback) { return pairs.contains { $0.key == language } ? [] : [path] }
            return pairs.flatMap { $0.value.untranslatedTexts(language, fallback: fallback, path: path.isEmpty ? $0.key : path + "." + $0.key) }
        case .list(let items):
            return items.enumerated().flatMap { $1.untranslatedTexts(language, fallback: fallback, path: path + ".\($0)") }
        default:
            return []
        }
    }

    private var isScalarText: Bool {
        switch self {
        case .string, .int, .double: true
        default: false
        }
    }
}
