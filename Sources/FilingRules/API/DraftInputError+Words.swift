/// The words of an input error in either language. Chinese names fields by the labels of the
/// provider's form (主体名称), with the key to write in parentheses where the author must type it.
extension DraftInputError {
    /// What is wrong and which values are accepted, in `language`.
    public func text(in language: Language) -> String {
        let zh = language == .chinese
        func say(_ english: String, _ chinese: String) -> String { zh ? chinese : english }
        switch problem {
        case .emptyDraft:
            return say("the draft is empty; expected a mapping with “entity” and “websites”", "草稿是空的；应包含主体信息（entity）和网站信息（websites）")
        case .tooLarge(let bytes, let limit):
            return say("the draft is \(bytes) bytes; the limit is \(limit)", "草稿有\(bytes)字节，上限为\(limit)字节")
        case .invalidJSON(let detail, let line, let column):
            return say("not valid JSON: \(detail.words(in: language)) at line \(line), column \(column)",
                       "JSON 格式有误（第\(line)行第\(column)列）：\(detail.words(in: language))")
        case .invalidYAML(let detail, let line, let column):
            // English reads as every other YAML source's error does (`YAMLReader.Failure.wording`).
            let english = (detail.isOverLimits ? "" : "invalid YAML: ") + detail.words(in: language)
                + (line.map { " at line \($0)" + (column.map { ", column \($0)" } ?? "") } ?? "")
            let chinese = line.map { "（第\($0)行" + (column.map { "第\($0)列" } ?? "") + "）" } ?? ""
            return say(english, "YAML 格式有误\(chinese)：\(detail.words(in: language))")
        case .notMapping(let object, let found):
            return say("expected \(Self.englishName(object)) as a mapping of fields, found \(found.words(in: language))",
                       "\(Self.chineseName(object))应写成由字段组成的映射，实际是\(found.words(in: language))")
        case .unknownField(let key, let suggestion, let accepted):
            let parent = FieldPath(field.steps.dropLast())
            if zh {
                let guess = suggestion.map { "；是否想写“\($0)”（\(Self.term(for: $0, under: parent))）？" } ?? "。"
                let list = accepted.sorted().map { "\(Self.term(for: $0, under: parent))（\($0)）" }.joined(separator: "、")
                return "未知字段“\(key)”\(guess)可用字段：\(list)"
            }
            let guess = suggestion.map { "; did you mean “\($0)”?" } ?? ""
            return "unknown field “\(key)”\(guess) Accepted fields: \(accepted.sorted().joined(separator: ", "))"
        case .missingField(let key):
            let parent = FieldPath(field.steps.dropLast())
            return say("missing required field “\(key)”: \(Self.need(for: key, under: parent, in: language))",
                       "缺少必填项“\(Self.term(for: key, under: parent))”（\(key)）：\(Self.need(for: key, under: parent, in: language))")
        case .notList(let key, let found):
            return say("expected a list of \(key), found \(found.words(in: language))", "\(Self.listName(key))应写成列表，实际是\(found.words(in: language))")
        case .emptyList(let key):
            return say("needs at least one \(key == "websites" ? "website" : "domain")", "至少需要一个\(key == "websites" ? "网站" : "域名")")
        case .blank:
            return say("must not be empty", "\(fieldName)不能为空")
        case .expectedText(let found):
            return say("expected text, found \(found.words(in: language))", "\(fieldName)应为文本，实际是\(found.words(in: language))")
        case .expectedFlag(let found):
            return say("expected true or false, found \(found.words(in: language))", "\(fieldName)应为 true（是）或 false（否），实际是\(found.words(in: language))")
        case .expectedWholeNumber(let found, let text):
            let english = text.map { "“\($0)”" } ?? found.words(in: .english)
            let chinese = text.map { "“\($0)”" } ?? found.words(in: .chinese)
            return say("expected a whole number, found \(english)", "\(fieldName)应为整数，实际是\(chinese)")
        case .negative(let number):
            return say("must be 0 or more, found \(number)", "\(fieldName)不能小于0，实际是\(number)")
        case .expectedChoice(let options, let found, let list):
            let accepted = Self.options(options, in: language)
            if zh { return "\(fieldName)应\(list ? "为以下取值的列表" : "为以下之一")：\(accepted)；实际是\(found.words(in: language))" }
            return "expected \(list ? "a list of" : "one of") \(accepted), found \(found.words(in: language))"
        case .unknownValue(let text, let suggestion, let options):
            if zh {
                let guess = suggestion.map { value in "；是否想写“\(value)”（\(options.first { $0.value == value }?.chinese ?? value)）？" } ?? "。"
                return "\(fieldName)没有“\(text)”这个取值\(guess)可填：\(Self.options(options, in: language))"
            }
            let guess = suggestion.map { "; did you mean “\($0)”?" } ?? ""
            return "unknown value “\(text)”\(guess) Accepted: \(Self.options(options, in: language))"
        case .expectedProvince(let found):
            return say("expected a province name, found \(found.words(in: .english)). \(Self.provinceHelp(in: language))",
                       "\(fieldName)应为省份名称，实际是\(found.words(in: .chinese))。\(Self.provinceHelp(in: language))")
        case .unknownProvince(let text, let suggestion):
            if zh {
                let guess = suggestion.map { "；是否想写“\($0)”？" } ?? "。"
                return "没有名为“\(text)”的省份\(guess)\(Self.provinceHelp(in: language))"
            }
            return "unknown province “\(text)”\(suggestion.map { "; did you mean “\($0)”?" } ?? ""). \(Self.provinceHelp(in: language))"
        case .notDomainName(let raw, let reason):
            return reason.words(raw, in: language)
        case .tooManyRows(let websites, let domains):
            return say("the form takes at most \(websites) websites of \(domains) domains each", "表单最多填写\(websites)个网站，每个网站最多\(domains)个域名")
        case .unreadableFile(let name):
            return say("cannot read `\(name)`: no such file or not readable", "无法读取“\(name)”：文件不存在或没有读取权限")
        case .notUTF8:
            return say("the draft is not UTF-8 text", "草稿不是 UTF-8 编码的文本")
        }
    }

    /// The field the error is at, by its Chinese label: “主体名称”.
    private var fieldName: String {
        field.field.map { "“\($0.chinese)”" } ?? ""
    }

    /// The Chinese term of `key` inside the object at `parent`.
    static func term(for key: String, under parent: FieldPath) -> String {
        if let field = parent.appending(.key(key)).field { return field.chinese }
        switch key {
        case "entity": return DraftField.Object.entity.chinese
        case "websites": return DraftField.Object.website.chinese
        case "domains": return DraftField.Object.domain.chinese
        case "account": return DraftField.Object.account.chinese
        case "instance": return DraftField.Object.instance.chinese
        default: return key
        }
    }

    /// What a required key holds, for the missing-field message.
    static func need(for key: String, under parent: FieldPath, in language: Language) -> String {
        let zh = language == .chinese
        if let field = parent.appending(.key(key)).field { return zh ? field.helpZh : field.help }
        switch key {
        case "entity": return zh ? "谁来备案：主体性质、名称和所在省份" : "who files: type, name and province"
        case "websites": return zh ? "一个或多个网站的列表" : "a list of one or more websites"
        default: return zh ? "一个或多个域名的列表" : "a list of one or more domains"
        }
    }

    private static func englishName(_ object: DraftField.Object?) -> String {
        switch object {
        case nil: "the draft"
        case .entity: "the entity"
        case .account: "the account"
        case .instance: "the instance"
        case .website: "a website"
        case .domain: "a domain (or a plain domain name)"
        }
    }

    private static func chineseName(_ object: DraftField.Object?) -> String {
        switch object {
        case nil: "草稿"
        case .domain: "域名（或直接写域名）"
        case let object?: object.chinese
        }
    }

    private static func listName(_ key: String) -> String { key == "websites" ? "网站信息（websites）" : "域名（domains）" }

    /// Values with their Chinese terms in Chinese: `individual（个人）、organization（单位）`.
    private static func options(_ options: [DraftOption], in language: Language) -> String {
        guard language == .chinese else { return options.map(\.value).joined(separator: ", ") }
        return options.map { "\($0.value)（\($0.chinese)）" }.joined(separator: "、")
    }

    static func provinceHelp(in language: Language) -> String {
        let slugs = ProvinceID.allCases.map(\.rawValue)
        if language == .chinese {
            return "可填：中文名称，带或不带省、市、自治区（浙江、浙江省），简称（浙），或拼音代号（\(slugs.joined(separator: "、"))）"
        }
        return "Accepted: a slug (\(slugs.joined(separator: ", "))), the Chinese name with or without 省/市/自治区 (浙江, 浙江省) or the abbreviation (浙)"
    }
}

extension DraftInputError.ValueKind {
    /// "a number", 数字 ...
    public func words(in language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .null: return zh ? "空值（null）" : "null"
        case .flag: return zh ? "是/否（true/false）" : "true/false"
        case .number: return zh ? "数字" : "a number"
        case .text: return zh ? "文本" : "text"
        case .list: return zh ? "列表" : "a list"
        case .mapping: return zh ? "映射（字段: 值）" : "a mapping"
        }
    }
}

extension DraftInputError.DomainProblem {
    /// The whole message for `raw`.
    func words(_ raw: String, in language: Language) -> String {
        if language == .chinese {
            switch self {
            case .ipAddress: return "“\(raw)”是 IP 地址，不是域名；备案填写访客使用的域名，如 example.com"
            case .hasPath: return "“\(raw)”不是域名；只写域名本身，如 example.com，不要带“https://”或路径"
            case .tooLong: return "“\(raw)”不是域名：超过253个字符"
            case .noSuffix: return "“\(raw)”不是域名：至少要有名称和后缀，如 example.com"
            case .emptyPart: return "“\(raw)”不是域名：两个点之间是空的"
            case .invalidPart(let part): return "“\(raw)”不是域名：“\(part)”一段无效，只能用字母、数字和“-”，且“-”不能在开头或结尾"
            case .mixedScripts(let part): return "“\(raw)”不是域名：“\(part)”把拉丁字母和其他文字中形近的字母混在一起，会被拒绝；请只用一种文字"
            }
        }
        switch self {
        case .ipAddress: return "“\(raw)” is an IP address, not a domain name; the filing names the domain visitors use, e.g. example.com"
        case .hasPath: return "“\(raw)” is not a domain name; write the domain alone, e.g. example.com, without “https://” or a path"
        case .tooLong: return "“\(raw)” is not a domain name: it is longer than 253 characters"
        case .noSuffix: return "“\(raw)” is not a domain name: it needs at least a name and a suffix, e.g. example.com"
        case .emptyPart: return "“\(raw)” is not a domain name: it has an empty part between dots"
        case .invalidPart(let part): return "“\(raw)” is not a domain name: it has an invalid part “\(part)”: use letters, digits and “-”, not at the start or end"
        case .mixedScripts(let part):
            return "“\(raw)” is not a domain name: it mixes Latin letters with letters of another script in “\(part)”, which look alike and are refused; write it in one script"
        }
    }
}
