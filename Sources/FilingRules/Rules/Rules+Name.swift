/// Website name rules common to all entities (`naming/`).
enum NameRules {
    static let lists = ["state-level", "sensitive", "government", "superlatives", "sample-names"]
        + IndividualNameRules.lists + ["organization-generic"]

    static let all: [RuleDefinition] = [
        RuleDefinition("name/min-length", options: ["min_characters": .number],
                       messages: ["too-short": ["website", "count", "minimum"]], run: minLength),
        RuleDefinition("name/all-digits", messages: ["digits": ["website"]], run: allDigits),
        RuleDefinition("name/all-latin", messages: ["latin": ["website"]], run: allLatin),
        RuleDefinition("name/special-characters", options: ["allowed_symbols": .text],
                       messages: ["special": ["website", "characters", "allowed"]], run: specialCharacters),
        RuleDefinition("name/is-domain", messages: ["domain-name": ["website"]], run: isDomain),
        RuleDefinition("name/state-prefix", messages: ["individual": ["website", "words"], "organization": ["website", "words", "field"]],
                       run: statePrefix),
        RuleDefinition("name/sensitive-word", messages: ["sensitive": ["website", "words"]], run: sensitiveWord),
        RuleDefinition("name/government-name", messages: ["government": ["website", "words", "field"]], run: governmentName),
        RuleDefinition("name/approval-keyword", messages: [
            "name-individual": ["website", "words", "industry", "content", "industry_chinese"],
            "name-organization": ["website", "words", "industry", "content", "document", "authority", "field"],
            "domain-individual": ["domain", "word", "industry", "content", "industry_chinese"],
            "domain-organization": ["domain", "word", "industry", "content", "document", "authority", "field"],
        ], run: approvalKeyword),
        RuleDefinition("name/superlative", messages: ["superlative": ["website", "words"]], run: superlative),
        RuleDefinition("name/sample-name", messages: ["sample": ["website", "sample"]], run: sampleName),
    ] + IndividualNameRules.all + [
        RuleDefinition("name/organization-relation", messages: ["unrelated": ["website", "entity"]], run: organizationRelation),
    ]

    static func minLength(_ e: Evaluation, _ rule: Rule) {
        let minimum = rule.int("min_characters") ?? 3
        for i in e.sites.indices where e.sites[i].name.meaningfulCount < minimum {
            reportName(e, rule, "too-short", site: i, ["count": "\(e.sites[i].name.meaningfulCount)", "minimum": "\(minimum)"])
        }
    }

    static func isAllDigits(_ s: [UInt32]) -> Bool { !s.isEmpty && s.allSatisfy(NormalizedText.isDigit) }

    static func allDigits(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices where isAllDigits(e.sites[i].compactName) {
            reportName(e, rule, "digits", site: i)
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
            reportName(e, rule, "domain-name", site: i)
        }
    }

    static func allLatin(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            let s = e.sites[i].compactName
            guard !isAllDigits(s), !looksLikeDomain(e, i), s.contains(where: NormalizedText.isLatin) else { continue }
            guard !s.contains(where: { NormalizedText.isHan($0) || NormalizedText.isOtherLetter($0) }) else { continue }
            reportName(e, rule, "latin", site: i)
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
            reportName(e, rule, "special", site: i, ["characters": "\(shown)", "allowed": "\(tolerated)"])
        }
    }

    /// Reports message `key` at website `i`'s name, filling in `website` beside `values`.
    static func reportName(_ e: Evaluation, _ rule: Rule, _ key: String, site i: Int, _ values: [String: Phrase] = [:],
                           evidence: Evaluation.Evidence? = nil) {
        e.report(rule, key, at: Path.site(i, "name"), values.merging(["website": e.website(i)]) { $1 }, evidence: evidence)
    }

    /// Reports message `key` at website `i`'s name with the quoted `words` found filled in as `words`
    /// beside `values`, and the strongest word's evidence; nothing when no word was found.
    static func reportWords(_ e: Evaluation, _ rule: Rule, _ key: String, site i: Int, words: [Word],
                            values: @autoclosure () -> [String: Phrase]) {
        guard !words.isEmpty else { return }
        let best = words.max { $0.confidence < $1.confidence } ?? words[0]
        var sources: [String] = []
        for word in words where word.confidence == best.confidence {
            for s in word.sources where !sources.contains(s) { sources.append(s) }
        }
        e.report(rule, key, at: Path.site(i, "name"), values().merging(["words": .list(words.map { "\($0.text.quoted)" })]) { $1 },
                 evidence: .init(confidence: best.confidence, sources: sources))
    }

    static func statePrefix(_ e: Evaluation, _ rule: Rule) {
        if !e.isIndividual, e.draft.entity.stateLevel == true { return }
        // An organization may prove it is a state-level unit; an individual cannot.
        for i in e.sites.indices {
            if e.isIndividual {
                reportWords(e, rule, "individual", site: i, words: e.words(in: i, .list("state-level")), values: ["website": e.website(i)])
            } else {
                reportWords(e, rule, "organization", site: i, words: e.words(in: i, .list("state-level")),
                            values: ["website": e.website(i), "field": Words.field(.entity, "state_level")])
            }
        }
    }

    static func sensitiveWord(_ e: Evaluation, _ rule: Rule) {
        reportListWords(e, rule, "sensitive", list: "sensitive")
    }

    /// Reports message `key`, for each website, with the words of `list` its name contains.
    private static func reportListWords(_ e: Evaluation, _ rule: Rule, _ key: String, list: String) {
        for i in e.sites.indices {
            reportWords(e, rule, key, site: i, words: e.words(in: i, .list(list)), values: ["website": e.website(i)])
        }
    }

    static func governmentName(_ e: Evaluation, _ rule: Rule) {
        if e.draft.entity.publicInstitution == true { return }
        for i in e.sites.indices {
            reportWords(e, rule, "government", site: i, words: e.words(in: i, .list("government")),
                        values: ["website": e.website(i), "field": Words.field(.entity, "public_institution")])
        }
    }

    static func approvalKeyword(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            let facts = e.sites[i]
            guard facts.hasIndustryWords else { continue }
            let held = e.draft.websites[i].preApprovals ?? []
            for industry in e.book.industries where !held.contains(industry.id) {
                let nameWords = e.words(in: i, .industryName(industry.id))
                let domainWords = facts.domainMatches.enumerated().compactMap { j, matches -> (Int, Word)? in
                    matches.lazy.map { e.book.matcher.entries[$0] }.first { $0.owner == .industryDomain(industry.id) }.map { (j, $0.word) }
                }
                guard !nameWords.isEmpty || !domainWords.isEmpty else { continue }
                let holder = e.isIndividual ? "individual" : "organization"
                let values = approvalValues(e, industry)
                reportWords(e, rule, "name-\(holder)", site: i, words: nameWords, values: values.merging(["website": e.website(i)]) { $1 })
                for (j, word) in domainWords {
                    e.report(rule, "domain-\(holder)", at: Path.domain(i, j, "name"),
                             values.merging(["domain": "\(e.draft.websites[i].domains[j].name)", "word": "\(word.text.quoted)"]) { $1 },
                             evidence: word.evidence)
                }
            }
        }
    }

    /// What the findings of `industry` say beside the website or domain: the fix differs for an individual,
    /// who cannot obtain the approval.
    private static func approvalValues(_ e: Evaluation, _ industry: Industry) -> [String: Phrase] {
        var values: [String: Phrase] = ["industry": Words.industry(industry),
                                        "content": Words.value(industry.id)]
        if e.isIndividual {
            values["industry_chinese"] = "\(industry.nameZh)"
        } else {
            values["document"] = "\(industry.document)"
            values["authority"] = "\(industry.authority)"
            values["field"] = Words.field(.website, "pre_approvals")
        }
        return values
    }

    static func superlative(_ e: Evaluation, _ rule: Rule) {
        reportListWords(e, rule, "superlative", list: "superlatives")
    }

    static func sampleName(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            guard let pattern = e.book.exactPatterns.first(where: { $0.listID == "sample-names" && $0.matches(e.sites[i].compactName) }) else { continue }
            reportName(e, rule, "sample", site: i, ["sample": "\(pattern.word.text.quoted)"], evidence: pattern.word.evidence)
        }
    }

    static func organizationRelation(_ e: Evaluation, _ rule: Rule) {
        guard !e.isIndividual else { return }
        var entity = e.entityCompact
        let generic = e.book.genericPatterns
        generic.text.withUnsafeBufferPointer { text in
            for word in generic.words { mask(UnsafeBufferPointer(rebasing: text[word]), in: &entity) }
        }
        let hasHan = entity.contains(where: NormalizedText.isHan)
        let tokens = entity.contains(where: NormalizedText.isLatin) ? latinTokens(entity) : []
        guard hasHan || !tokens.isEmpty else { return }
        for i in e.sites.indices {
            let name = e.sites[i].compactName
            if hasHan, name.contains(where: { NormalizedText.isHan($0) && entity.contains($0) }) { continue }
            if tokens.contains(where: { t in contains(name, t) }) { continue }
            reportName(e, rule, "unrelated", site: i, ["entity": e.entityName])
        }
    }

    static func mask(_ pattern: UnsafeBufferPointer<UInt32>, in text: inout [UInt32]) {
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

    static func matches<Needle: RandomAccessCollection<UInt32>>(_ needle: Needle, in hay: [UInt32], at start: Int) -> Bool
    where Needle.Index == Int {
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
        RuleDefinition("name/individual-organization-word", messages: ["organization-words": ["website", "words"]], run: organizationWord),
        RuleDefinition("name/individual-restricted-word", messages: ["restricted-words": ["website", "words"]], run: restrictedWord),
    ]

    static func organizationWord(_ e: Evaluation, _ rule: Rule) {
        guard e.isIndividual else { return }
        for i in e.sites.indices {
            NameRules.reportWords(e, rule, "organization-words", site: i, words: e.words(in: i, .list("organization-words")),
                                  values: ["website": e.website(i)])
        }
    }

    static func restrictedWord(_ e: Evaluation, _ rule: Rule) {
        guard e.isIndividual else { return }
        for i in e.sites.indices {
            let words = e.words(in: i, .list("individual-restricted")) + e.words(in: i, .list("individual-restricted-reported"))
            NameRules.reportWords(e, rule, "restricted-words", site: i, words: words, values: ["website": e.website(i)])
        }
    }
}
