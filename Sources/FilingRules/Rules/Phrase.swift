/// A value a rule fills into its message: the same in both languages (a domain, a number, a quoted
/// name) or worded for each (a province's name, a count with its unit).
struct Phrase: ExpressibleByStringInterpolation, Sendable {
    let english: String
    let chinese: String

    init(en english: String, zh chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    init(stringLiteral value: String) {
        self.init(en: value, zh: value)
    }

    init(stringInterpolation: DefaultStringInterpolation) {
        self.init(stringLiteral: String(stringInterpolation: stringInterpolation))
    }

    func text(in language: Language) -> String { language == .chinese ? chinese : english }

    /// “3 days” and 3天: a count with its unit, in the plural in English when it is not one.
    static func count(_ count: Int, _ unit: String, zh: String) -> Phrase {
        Phrase(en: "\(count) \(unit)\(count == 1 ? "" : "s")", zh: "\(count)\(zh)")
    }

    /// Items joined with “, ” in English and “、” in Chinese.
    static func list(_ items: [Phrase]) -> Phrase { joined(items, en: ", ", zh: "、") }

    /// Alternatives joined with “ or ” in English and “或” in Chinese.
    static func either(_ items: [Phrase]) -> Phrase { joined(items, en: " or ", zh: "或") }

    private static func joined(_ items: [Phrase], en: String, zh: String) -> Phrase {
        Phrase(en: items.map(\.english).joined(separator: en), zh: items.map(\.chinese).joined(separator: zh))
    }
}
