/// The theme's words in one page's language, for the labels generator blocks write (table headers, card
/// labels); a key the theme lacks shows the English text given at the call.
struct Words: Sendable {
    let strings: ThemeStrings
    let language: String

    /// No theme words: every label in English.
    static let english = Words(strings: ThemeStrings(), language: "en")

    /// The text for `key`, or `english` when the theme has no text for it.
    func callAsFunction(_ key: String, _ english: String) -> String {
        let text = strings.text(key, language)
        return text == key ? english : text
    }

    /// Whether the page reads in Chinese, where provinces go by their Chinese names (`name_zh`).
    var prefersChineseNames: Bool { language.hasPrefix("zh") }

    /// A column title written in a ```` ```table ```` block, in the page's language (`table.TITLE` in the
    /// strings file), or as written.
    func columnTitle(_ title: String) -> String {
        self("table." + title, title)
    }
}
