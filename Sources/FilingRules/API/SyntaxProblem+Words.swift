extension JSONSyntaxProblem {
    /// What is wrong, in `language`.
    public func words(in language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .trailingText: return zh ? "文档结束后还有多余的内容" : "unexpected text after the document"
        case .tooDeep(let limit): return zh ? "嵌套超过\(limit)层" : "nested more than \(limit) levels deep"
        case .unexpectedEnd: return zh ? "内容意外结束" : "unexpected end of input"
        case .unexpectedCharacter: return zh ? "出现了意外的字符" : "unexpected character"
        case .expectedKey: return zh ? "此处应为带引号的键" : "expected a quoted key"
        case .duplicateKey(let key): return zh ? "键\"\(key)\"重复" : "duplicate key \"\(key)\""
        case .expectedColon: return zh ? "此处应为“:”" : "expected `:`"
        case .expectedCommaOrBrace: return zh ? "此处应为“,”或“}”" : "expected `,` or `}`"
        case .expectedCommaOrBracket: return zh ? "此处应为“,”或“]”" : "expected `,` or `]`"
        case .invalidNumber: return zh ? "数字无效" : "invalid number"
        case .invalidUTF8: return zh ? "文本不是有效的 UTF-8" : "text is not valid UTF-8"
        case .controlCharacter: return zh ? "文本中有控制字符；请写成转义形式" : "control character in text; write it as an escape"
        case .unpairedSurrogate: return zh ? "\\u 转义中有未配对的代理项" : "unpaired surrogate in \\u escape"
        case .invalidUnicodeEscape: return zh ? "\\u 转义无效" : "invalid \\u escape"
        case .invalidEscape: return zh ? "转义无效" : "invalid escape"
        case .unterminatedText: return zh ? "文本缺少结尾的引号" : "unterminated text"
        }
    }
}

extension YAMLSyntaxProblem {
    /// The text parsed but is over the draft's limits: the words say so without "invalid YAML".
    var isOverLimits: Bool {
        switch self {
        case .tooManyValues, .tooDeep: true
        default: false
        }
    }

    /// What is wrong, in `language`. In Chinese the YAML parser's common complaints are translated; a rare
    /// one is quoted as the parser words it.
    public func words(in language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .parser(let text):
            guard zh else { return text }
            if let known = Self.parserWords.first(where: { text.hasSuffix($0.english) }) { return known.chinese }
            return "解析器报告“\(text)”（常见原因：缩进不一致、冒号后缺空格或括号未闭合）"
        case .tooManyValues(let limit):
            return zh ? "文档展开后超过\(limit)个值（别名会重复其所指的内容）" : "the document expands to more than \(limit) values (aliases repeat what they name)"
        case .tooDeep(let limit): return zh ? "嵌套超过\(limit)层" : "nested more than \(limit) levels deep"
        case .keyNotText: return zh ? "键必须是普通文本，不能是列表或映射" : "a key must be plain text, not a list or mapping"
        case .duplicateKey(let key): return zh ? "键`\(key)`重复" : "duplicate key `\(key)`"
        case .unresolvedAlias: return zh ? "别名没有对应的锚点" : "unresolved alias"
        }
    }

    /// The YAML parser's (libyaml's) most common problems, in Chinese.
    static let parserWords: [(english: String, chinese: String)] = [
        ("did not find expected node content", "此处缺少应有的内容（括号未闭合或多了符号？）"),
        ("mapping values are not allowed in this context", "此处不能出现“键: 值”（多了一个冒号，或缩进不对？）"),
        ("did not find expected key", "此处应为“键: 值”（缩进不一致？）"),
        ("could not find expected ':'", "缺少“:”"),
        ("did not find expected ',' or ']'", "缺少“,”或“]”"),
        ("did not find expected ',' or '}'", "缺少“,”或“}”"),
        ("did not find expected '-' indicator", "缺少列表项标记“-”（缩进不一致？）"),
        ("block sequence entries are not allowed in this context", "此处不能出现列表项“-”（缩进不对？）"),
        ("found character that cannot start any token", "出现了不能用在开头的字符（如制表符或“@”“`”）"),
        ("found unexpected end of stream", "内容意外结束（引号或括号未闭合？）"),
        ("found a tab character that violates indentation", "缩进里有制表符；请用空格缩进"),
        ("found unknown escape character", "转义字符无效"),
    ]
}
