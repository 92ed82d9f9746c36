/// Website name rules common to all entities (`naming/`).
enum NameRules {
    static let lists = ["state-level", "sensitive", "government", "superlatives", "sample-names"]
        + IndividualNameRules.lists + ["organization-generic"]

    static let all: [RuleDefinition] = [
        RuleDefinition("name/min-length", options: ["min_characters": .number], run: minLength),
        RuleDefinition("name/all-digits", run: allDigits),
        RuleDefinition("name/all-latin", run: allLatin),
        RuleDefinition("name/special-characters", options: ["allowed_symbols": .text], run: specialCharacters),
        RuleDefinition("name/is-domain", run: isDomain),
        RuleDefinition("name/state-prefix", run: statePrefix),
        RuleDefinition("name/sensitive-word", run: sensitiveWord),
        RuleDefinition("name/government-name", run: governmentName),
        RuleDefinition("name/approval-keyword", run: approvalKeyword),
        RuleDefinition("name/superlative", run: superlative),
        RuleDefinition("name/sample-name", run: sampleName),
    ] + IndividualNameRules.all + [RuleDefinition("name/organization-relation", run: organizationRelation)]

    static func minLength(_ e: Evaluation, _ rule: Rule) {
        let minimum = rule.int("min_characters") ?? 3
        for i in e.sites.indices where e.sites[i].name.meaningfulCount < minimum {
            reportName(e, rule, site: i,
                       en: "has \(e.sites[i].name.meaningfulCount) characters; names need at least \(minimum) (letters, digits or Chinese characters; symbols and spaces do not count).",
                       fix: "Use a name of at least \(minimum) characters that says what the site is about, e.g. the organization's short name.",
                       zh: "只有\(e.sites[i].name.meaningfulCount)个字符；名称至少需要\(minimum)个（字母、数字或汉字，符号和空格不计）。",
                       fix: "使用至少\(minimum)个字符、能说明网站内容的名称，例如主办单位的简称。")
        }
    }

    static func isAllDigits(_ s: [UInt32]) -> Bool { !s.isEmpty && s.allSatisfy(NormalizedText.isDigit) }

    static func allDigits(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices where isAllDigits(e.sites[i].compactName) {
            reportName(e, rule, site: i,
                       en: "is made only of digits.",
                       fix: "Use words (in Chinese where possible) that describe the site; digits may appear inside a longer name.",
                       zh: "全部由数字组成。",
                       fix: "使用能说明网站内容的文字（尽量用中文）；数字可以出现在较长的名称中。")
        }
    }

    static func looksLikeDomain(_ e: Evaluation, _ i: Int) -> Bool { e.sites[i].isDomainLike }

    /// A name that is a host name: dotted parts ending in a known suffix, or one of the site's own domains.
    static func computeLooksLikeDomain(_ compact: [UInt32], site: Website, book: Rulebook) -> Bool {
        guard compact.contains(0x2E) else { return false }
        let name = String(String.UnicodeScalarView(compact.compactMap(Unicode.Scalar.init)))
        let bare = name.hasPrefix("www.") ? String(name.dropFirst(4)) : name
        if site.domains.contains(where: { $0.name == name || $0.name == bare }) { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { return false }
        // A known suffix after ASCII labels: "example.com", "www.example.cn" (not "Node.js 笔记").
        guard book.tld(for: name).entry != nil else { return false }
        return parts.dropLast().allSatisfy { $0.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D } }
    }

    static func isDomain(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices where looksLikeDomain(e, i) {
            reportName(e, rule, site: i,
                       en: "is a domain name, not a name.",
                       fix: "Name the site for what it offers or who runs it; the domain goes in the website's domain fields.",
                       zh: "是一个域名，而不是名称。",
                       fix: "按网站提供的内容或主办者来命名；域名应填在网站的域名一栏。")
        }
    }

    static func allLatin(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            let s = e.sites[i].compactName
            guard !isAllDigits(s), !looksLikeDomain(e, i), s.contains(where: NormalizedText.isLatin) else { continue }
            guard !s.contains(where: { NormalizedText.isHan($0) || NormalizedText.isOtherLetter($0) }) else { continue }
            reportName(e, rule, site: i,
                       en: "is written only in Latin letters.",
                       fix: "Give the site a Chinese name (a brand in Latin letters may stay inside it, e.g. “Acme 技术博客”).",
                       zh: "只用了拉丁字母。",
                       fix: "为网站取一个中文名称（拉丁字母的品牌名可以保留在其中，如“Acme 技术博客”）。")
        }
    }

    static func specialCharacters(_ e: Evaluation, _ rule: Rule) {
        let allowed = rule.allowedSymbols
        for i in e.sites.indices where !looksLikeDomain(e, i) {
            var found: [UInt32] = []
            for v in e.sites[i].name.scalars {
                if NormalizedText.isSpace(v) || NormalizedText.isDigit(v) || NormalizedText.isLatin(v)
                    || NormalizedText.isHan(v) || NormalizedText.isOtherLetter(v) || allowed.contains(v) { continue }
                if !found.contains(v) { found.append(v) }
            }
            guard !found.isEmpty else { continue }
            let shown = found.compactMap(Unicode.Scalar.init).map { "“\(Character($0))”" }.joined(separator: " ")
            let tolerated = allowed.compactMap(Unicode.Scalar.init).map { String(Character($0)) }.joined(separator: " ")
            reportName(e, rule, site: i,
                       en: "contains special characters: \(shown).",
                       fix: "Remove them; use only letters, digits and Chinese characters (at most \(tolerated)).",
                       zh: "含有特殊字符：\(shown)。",
                       fix: "删去这些字符；只使用字母、数字和汉字（最多可用\(tolerated)）。")
        }
    }

    /// Reports website `i`'s name; each message goes on from “The website name “…”” (网站名称“…”).
    static func reportName(_ e: Evaluation, _ rule: Rule, site i: Int,
                           en predicate: @autoclosure () -> String, fix: @autoclosure () -> String,
                           zh predicateZh: @autoclosure () -> String, fix fixZh: @autoclosure () -> String,
                           evidence: Evaluation.Evidence? = nil) {
        let name = e.draft.websites[i].name.quoted
        e.report(rule, at: Path.site(i, "name"), en: "The website name \(name) \(predicate())", fix: fix(),
                 zh: "网站名称\(name)\(predicateZh())", fix: fixZh(), evidence: evidence)
    }

    /// Reports one finding per site listing the words of `list` found, with the strongest word's evidence.
    static func reportWords(_ e: Evaluation, _ rule: Rule, site i: Int, words: [Word],
                            en message: (String) -> String, fix: @autoclosure () -> String,
                            zh messageZh: (String) -> String, fix fixZh: @autoclosure () -> String) {
        guard !words.isEmpty else { return }
        let best = words.max { $0.confidence < $1.confidence } ?? words[0]
        var sources: [String] = []
        for word in words where word.confidence == best.confidence {
            for s in word.sources where !sources.contains(s) { sources.append(s) }
        }
        let shown = words.map { "“\($0.text)”" }.joined(separator: e.language == .chinese ? "、" : ", ")
        e.report(rule, at: Path.site(i, "name"), en: message(shown), fix: fix(), zh: messageZh(shown), fix: fixZh(),
                 evidence: .init(confidence: best.confidence, sources: sources))
    }

    static func statePrefix(_ e: Evaluation, _ rule: Rule) {
        if !e.isIndividual, e.draft.entity.stateLevel == true { return }
        for i in e.sites.indices {
            reportWords(e, rule, site: i, words: e.words(in: i, .list("state-level")),
                        en: { "The website name \(e.draft.websites[i].name.quoted) uses words reserved for state-level units: \($0)." },
                        fix: e.isIndividual
                            ? "Remove these words; only state-level units may use them."
                            : "Remove these words, or, if the organization is a state-level unit, answer yes to \(Words.field(.entity, "state_level")) and prepare the stamped letter proving it.",
                        zh: { "网站名称\(e.draft.websites[i].name.quoted)使用了国家级单位专用的词：\($0)。" },
                        fix: e.isIndividual
                            ? "删去这些词；只有国家级单位才能使用。"
                            : "删去这些词；如果主办单位确属国家级单位，请在\(Words.fieldZh(.entity, "state_level"))一项选“是”，并准备加盖公章的证明函。")
        }
    }

    static func sensitiveWord(_ e: Evaluation, _ rule: Rule) {
        reportListWords(e, rule, list: "sensitive", en: "contains sensitive words", fix: "Remove these words from the name.",
                        zh: "含有敏感词", fix: "从名称中删去这些词。")
    }

    /// Reports, for each website, the words of `list` its name contains.
    private static func reportListWords(_ e: Evaluation, _ rule: Rule, list: String,
                                        en finding: String, fix: String, zh findingZh: String, fix fixZh: String) {
        for i in e.sites.indices {
            reportWords(e, rule, site: i, words: e.words(in: i, .list(list)),
                        en: { "The website name \(e.draft.websites[i].name.quoted) \(finding): \($0)." }, fix: fix,
                        zh: { "网站名称\(e.draft.websites[i].name.quoted)\(findingZh)：\($0)。" }, fix: fixZh)
        }
    }

    static func governmentName(_ e: Evaluation, _ rule: Rule) {
        if e.draft.entity.publicInstitution == true { return }
        for i in e.sites.indices {
            reportWords(e, rule, site: i, words: e.words(in: i, .list("government")),
                        en: { "The website name \(e.draft.websites[i].name.quoted) reads like a public authority's: \($0)." },
                        fix: "Remove these words; only government bodies and public institutions (\(Words.field(.entity, "public_institution")) answered yes) may use them.",
                        zh: { "网站名称\(e.draft.websites[i].name.quoted)看起来像政府机构的网站：\($0)。" },
                        fix: "删去这些词；只有政府机关和事业单位（\(Words.fieldZh(.entity, "public_institution"))选“是”）才能使用。")
        }
    }

    static func approvalKeyword(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            let facts = e.sites[i]
            guard facts.hasIndustryWords else { continue }
            let held = e.draft.websites[i].preApprovals ?? []
            for industry in e.book.industries where !held.contains(industry.id) {
                let nameWords = e.words(in: i, .industryName(industry.id))
                func fix() -> String {
                    e.isIndividual
                        ? "Remove the word: individuals cannot obtain the \(industry.name.lowercased()) approval (\(industry.nameZh))."
                        : "Remove the word, or obtain \(industry.document) from \(industry.authority) and tick \(Words.value(industry.id)) under \(Words.field(.website, "pre_approvals"))."
                }
                func fixZh() -> String {
                    e.isIndividual
                        ? "删去这个词：个人无法取得\(industry.nameZh)类前置审批。"
                        : "删去这个词，或向主管部门取得\(industry.nameZh)类前置审批文件，并在\(Words.fieldZh(.website, "pre_approvals"))中勾选\(Words.valueZh(industry.id))。"
                }
                reportWords(e, rule, site: i, words: nameWords,
                            en: { "The website name \(e.draft.websites[i].name.quoted) suggests \(industry.name.lowercased()) (\($0)), but no approval for \(Words.value(industry.id)) is listed." },
                            fix: fix(),
                            zh: { "网站名称\(e.draft.websites[i].name.quoted)让人联想到\(industry.nameZh)（\($0)），但未列出\(Words.valueZh(industry.id))的前置审批。" },
                            fix: fixZh())
                for (j, domain) in e.draft.websites[i].domains.enumerated() {
                    let found = facts.domainMatches[j].compactMap { index -> Word? in
                        let entry = e.book.matcher.entries[index]
                        return entry.owner == .industryDomain(industry.id) ? entry.word : nil
                    }
                    guard let word = found.first else { continue }
                    e.report(rule, at: Path.domain(i, j, "name"),
                             en: "The domain \(domain.name) contains “\(word.text)”, which reviewers read as \(industry.name.lowercased()), but no approval for \(Words.value(industry.id)) is listed.",
                             fix: fix(),
                             zh: "域名\(domain.name)含有“\(word.text)”，审核时会被视为\(industry.nameZh)类网站，但未列出\(Words.valueZh(industry.id))的前置审批。",
                             fix: fixZh(), evidence: word.evidence)
                }
            }
        }
    }

    static func superlative(_ e: Evaluation, _ rule: Rule) {
        reportListWords(e, rule, list: "superlatives", en: "makes superlative claims",
                        fix: "Drop claims such as “first”, “top” or “national-level”; describe what the site is.",
                        zh: "使用了绝对化用语", fix: "删去“第一”“顶级”“国家级”之类的说法，如实说明网站的内容。")
    }

    static func sampleName(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            guard let pattern = e.book.exactPatterns.first(where: { $0.listID == "sample-names" && $0.matches(e.sites[i].compactName) }) else { continue }
            reportName(e, rule, site: i,
                       en: "copies a sample name from provider documentation (“\(pattern.word.text)”).",
                       fix: "Write a name of your own; administrations may refuse names that many filings have copied.",
                       zh: "照搬了接入商文档中的示例名称（“\(pattern.word.text)”）。",
                       fix: "请自拟名称；许多备案照搬过的名称可能被管局退回。",
                       evidence: pattern.word.evidence)
        }
    }

    static func organizationRelation(_ e: Evaluation, _ rule: Rule) {
        guard !e.isIndividual else { return }
        var entity = e.entityCompact
        for pattern in e.book.genericPatterns { mask(pattern, in: &entity) }
        let hasHan = entity.contains(where: NormalizedText.isHan)
        let tokens = entity.contains(where: NormalizedText.isLatin) ? latinTokens(entity) : []
        guard hasHan || !tokens.isEmpty else { return }
        for i in e.sites.indices {
            let name = e.sites[i].compactName
            if hasHan, name.contains(where: { NormalizedText.isHan($0) && entity.contains($0) }) { continue }
            if tokens.contains(where: { t in contains(name, t) }) { continue }
            reportName(e, rule, site: i,
                       en: "shares nothing with the organization's name \(e.draft.entity.name.quoted).",
                       fix: "Use the organization's full or short name, or keep a trademark certificate or a short statement ready that links the name to the organization.",
                       zh: "与主办单位名称\(e.draft.entity.name.quoted)没有任何共同之处。",
                       fix: "使用主办单位的全称或简称，或备好商标注册证或一份说明名称与主办单位关系的简短说明。")
        }
    }

    static func mask(_ pattern: [UInt32], in text: inout [UInt32]) {
        guard !pattern.isEmpty, pattern.count <= text.count else { return }
        var i = 0
        while i + pattern.count <= text.count {
            if matches(pattern, in: text, at: i) {
                for k in i..<(i + pattern.count) { text[k] = 0x20 }
                i += pattern.count
            } else {
                i += 1
            }
        }
    }

    static func latinTokens(_ s: [UInt32]) -> [[UInt32]] {
        var tokens: [[UInt32]] = []
        var current: [UInt32] = []
        for v in s + [0x20] {
            if NormalizedText.isLatin(v) || NormalizedText.isDigit(v) { current.append(v); continue }
            if current.count >= 2 { tokens.append(current) }
            current = []
        }
        return tokens
    }

    static func contains(_ hay: [UInt32], _ needle: [UInt32]) -> Bool {
        guard needle.count <= hay.count else { return false }
        for i in 0...(hay.count - needle.count) where matches(needle, in: hay, at: i) { return true }
        return false
    }

    static func matches(_ needle: [UInt32], in hay: [UInt32], at start: Int) -> Bool {
        var k = 0
        while k < needle.count {
            if hay[start + k] != needle[k] { return false }
            k += 1
        }
        return true
    }
}

/// Rules for the names of individuals' websites (`naming/individual-websites/`).
enum IndividualNameRules {
    static let lists = ["organization-words", "individual-restricted", "individual-restricted-reported"]

    static let all: [RuleDefinition] = [
        RuleDefinition("name/individual-organization-word", run: organizationWord),
        RuleDefinition("name/individual-restricted-word", run: restrictedWord),
    ]

    static func organizationWord(_ e: Evaluation, _ rule: Rule) {
        guard e.isIndividual else { return }
        for i in e.sites.indices {
            NameRules.reportWords(e, rule, site: i, words: e.words(in: i, .list("organization-words")),
                en: { "The individual website name \(e.draft.websites[i].name.quoted) contains words for an organization: \($0)." },
                fix: "Remove them; a site about a company or organization must be filed by that organization, not by a person.",
                zh: { "个人网站名称\(e.draft.websites[i].name.quoted)含有指向单位的词：\($0)。" },
                fix: "删去这些词；介绍公司或组织的网站须由该单位备案，不能以个人名义备案。")
        }
    }

    static func restrictedWord(_ e: Evaluation, _ rule: Rule) {
        guard e.isIndividual else { return }
        for i in e.sites.indices {
            let words = e.words(in: i, .list("individual-restricted")) + e.words(in: i, .list("individual-restricted-reported"))
            NameRules.reportWords(e, rule, site: i, words: words,
                en: { "The individual website name \(e.draft.websites[i].name.quoted) contains words reviewers refuse for personal sites: \($0)." },
                fix: "Use a plain personal name for the site, such as “张三的学习笔记”, without words that suggest a business, platform or community.",
                zh: { "个人网站名称\(e.draft.websites[i].name.quoted)含有审核时不允许个人网站使用的词：\($0)。" },
                fix: "改用朴素的个人网站名称，如“张三的学习笔记”，不要出现带有经营、平台或社区意味的词。")
        }
    }
}
