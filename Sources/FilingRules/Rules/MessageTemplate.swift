/// A rule's message or fix as the catalog words it, with `{name}` placeholders for what the rule fills
/// in, split into pieces once when the rulebook loads.
struct MessageTemplate: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        case value(String)
    }

    /// What is wrong with a template's text.
    enum Problem: Error, Equatable {
        /// A `{` without its `}`.
        case unclosed
        /// `{…}` around something that is not a name of lower-case letters, digits and `_`.
        case badName(String)
    }

    let pieces: [Piece]

    /// Splits `text` at its placeholders.
    init(_ text: String) throws(Problem) {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else { throw .unclosed }
            let name = rest[rest.index(after: open)..<close]
            guard let first = name.first, first.isASCII, first.isLowercase,
                  name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") })
            else { throw .badName(String(name)) }
            pieces.append(.value(String(name)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }

    /// The placeholders it names.
    var names: Set<String> {
        Set(pieces.compactMap { if case .value(let name) = $0 { name } else { nil } })
    }

    /// The text with each placeholder replaced by its value in `language`.
    func render(_ values: [String: Phrase], in language: Language) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let words): text += words
            case .value(let name): text += values[name]?.text(in: language) ?? "{\(name)}"
            }
        }
        return text
    }
}

/// One way a rule words a finding (an entry of `messages` in `rules.yaml`): what is wrong and what to do
/// instead, each in English and Chinese.
struct RuleMessage: Sendable, Equatable {
    /// One text in both languages.
    struct Text: Sendable, Equatable {
        let english: MessageTemplate
        let chinese: MessageTemplate

        func render(_ values: [String: Phrase], in language: Language) -> String {
            (language == .chinese ? chinese : english).render(values, in: language)
        }
    }

    let message: Text
    let fix: Text
}
