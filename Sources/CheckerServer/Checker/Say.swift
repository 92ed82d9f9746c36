import FilingRules

/// The checker pages' words in the page's language: `say("Errors", "错误")`.
struct Say: Sendable {
    let language: Language

    var isChinese: Bool { language == .chinese }

    func callAsFunction(_ english: String, _ chinese: String) -> String { isChinese ? chinese : english }

    /// The way from a checker page to the site's root: `../` in `check/`, `../../` in `zh-CN/check/`.
    var root: String { isChinese ? "../../" : "../" }
}
