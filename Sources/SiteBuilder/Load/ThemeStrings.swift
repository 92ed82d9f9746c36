import Foundation

/// The theme's own words (header, footer, labels of callouts, tables and cards) in each language, read from
/// `theme/strings.yaml`: a map from language code to a map from key to text.
public struct ThemeStrings: Sendable {
    static let fileName = "strings.yaml"

    /// The texts by language, then key.
    public private(set) var byLanguage: [String: [String: String]] = [:]
    /// The language whose texts stand in for missing ones (the site's own).
    public var fallback = "en"

    public init(byLanguage: [String: [String: String]] = [:], fallback: String = "en") {
        self.byLanguage = byLanguage
        self.fallback = fallback
    }

    /// Every text for `language`, the fallback language's filling any gap.
    public func table(for language: String) -> [String: String] {
        (byLanguage[fallback] ?? [:]).merging(byLanguage[language] ?? [:]) { _, own in own }
    }

    /// One text: the language's own, else the fallback language's, else the key itself.
    public func text(_ key: String, _ language: String) -> String {
        byLanguage[language]?[key] ?? byLanguage[fallback]?[key] ?? key
    }

    /// Reads `strings.yaml` from the theme folder; a missing file gives an empty set (the keys show).
    static func load(from themeFolder: URL, fallback: String, files: FileIO = .disk) -> (strings: ThemeStrings, problems: [Diagnostic]) {
        let file = "theme/" + fileName
        var strings = ThemeStrings(fallback: fallback)
        guard let bytes = files.contents(themeFolder.appendingPathComponent(fileName).path) else { return (strings, []) }
        guard bytes.count <= 1 << 20, let text = String(data: bytes, encoding: .utf8) else {
            return (strings, [Diagnostic(file: file, message: "the strings file is not UTF-8 text of at most 1 MiB")])
        }
        let node: YAMLValue
        switch composeYAML(text, file: file) {
        case .success(let n?): node = YAMLValue(n)
        case .success(nil): return (strings, [])
        case .failure(let d): return (strings, [d])
        }
        guard case .map(let languages) = node else {
            return (strings, [Diagnostic(file: file, line: 1, message: "expected a map from language code to texts", help: "write `en:` and `zh-CN:` with `key: text` lines below each")])
        }
        var problems: [Diagnostic] = []
        for (language, texts) in languages {
            guard case .map(let entries) = texts else {
                problems.append(Diagnostic(file: file, message: "`\(language)` is not a map of `key: text`"))
                continue
            }
            var table: [String: String] = [:]
            for (key, value) in entries {
                guard case .string(let text) = value else {
                    problems.append(Diagnostic(file: file, message: "`\(language).\(key)` is not a text", help: "quote the value"))
                    continue
                }
                table[key] = text
            }
            strings.byLanguage[language] = table
        }
        return (strings, problems)
    }
}
