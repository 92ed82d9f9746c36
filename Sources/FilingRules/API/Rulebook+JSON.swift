extension Rulebook {
    /// The catalog as published for tools (`rulebook.json`, `icp rules --format json`): version, review
    /// date and rules, keys sorted, so the same data gives the same bytes.
    package func publishedCatalogJSON() -> [UInt8] {
        var w = JSONWriter(layout: .foundation)
        w.object { w in
            w.field("reviewed", reviewed)
            w.key("rules")
            Self.write(catalog, to: &w)
            w.field("version", version)
        }
        return w.bytes
    }

    /// The rules alone, as `GET /api/rules` sends them.
    package func rulesJSON() -> [UInt8] {
        var w = JSONWriter(layout: .foundation)
        Self.write(catalog, to: &w)
        return w.bytes
    }

    private static func write(_ rules: [RuleEntry], to w: inout JSONWriter) {
        w.array(rules) { w, rule in
            w.object { w in
                w.field("checks", rule.checks)
                w.field("confidence", rule.confidence.rawValue)
                w.field("docs", rule.docs)
                w.field("id", rule.id)
                w.key("options")
                w.object { w in
                    for (key, option) in rule.options.sorted(by: { $0.key < $1.key }) {
                        w.key(key)
                        switch option {
                        case .number(let n): w.number(n)
                        case .text(let s): w.string(s)
                        case .list(let items): w.array(items) { w, item in w.string(item) }
                        }
                    }
                }
                w.field("severity", rule.severity.rawValue)
                w.key("sources")
                w.array(rule.sources) { w, source in w.string(source) }
                w.field("title", rule.title)
                w.field("why", rule.why)
            }
        }
    }
}
