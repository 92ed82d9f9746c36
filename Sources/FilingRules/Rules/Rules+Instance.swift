/// The cloud instance a filing is made through (`instances/`).
enum InstanceRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("instance/mainland-region", messages: ["outside-mainland": ["region"], "unknown": ["region"]], run: mainlandRegion),
        RuleDefinition("instance/subscription-billing", messages: ["pay-as-you-go": ["product"]], run: subscriptionBilling),
        RuleDefinition("instance/min-term", messages: ["too-short": ["product", "term", "minimum"]], run: minTerm),
        RuleDefinition("instance/public-ip", messages: ["no-public-ip": ["product"]], run: publicIP),
        RuleDefinition("instance/service-number-quota", messages: [
            "used-up": ["product", "used", "quota"], "too-few": ["product", "remaining", "websites"],
        ], run: serviceNumberQuota),
    ]

    /// The instance and its product's data, or an `info` naming the missing field.
    static func product(_ e: Evaluation, _ rule: Rule) -> (Instance, InstanceProduct)? {
        guard let instance = e.draft.instance else {
            e.missing(rule, at: "/instance")
            return nil
        }
        guard let id = instance.product else {
            e.missing(rule, at: Path.instance("product"))
            return nil
        }
        guard let product = e.product, product.id == id else { return nil }
        return (instance, product)
    }

    static func mainlandRegion(_ e: Evaluation, _ rule: Rule) {
        guard let instance = e.given(e.draft.instance, rule, at: "/instance") else { return }
        guard let region = e.given(instance.region, rule, at: Path.instance("region")) else { return }
        if let known = e.book.regionTable[region] {
            guard !known.mainland else { return }
            e.report(rule, "outside-mainland", at: Path.instance("region"), ["region": Phrase(en: known.name, zh: known.nameZh)])
        } else {
            e.report(rule, "unknown", at: Path.instance("region"), ["region": "\(region)"], evidence: .init(confidence: .low, sources: []))
        }
    }

    /// The value of the instance's field `key` and the product's data, when the data makes the field matter
    /// (`applies`) and the draft gives it; nil otherwise, after noting a field the draft leaves out.
    private static func field<T>(_ e: Evaluation, _ rule: Rule, _ key: String, _ value: KeyPath<Instance, T?>,
                                 where applies: (Instance, InstanceProduct) -> Bool) -> (T, InstanceProduct)? {
        guard let (instance, product) = product(e, rule), applies(instance, product) else { return nil }
        return e.given(instance[keyPath: value], rule, at: Path.instance(key)).map { ($0, product) }
    }

    /// The product as messages name it.
    private static func name(_ product: InstanceProduct) -> Phrase { Phrase(en: product.name, zh: product.nameZh) }

    static func subscriptionBilling(_ e: Evaluation, _ rule: Rule) {
        guard let (billing, product) = field(e, rule, "billing", \.billing, where: { $1.billing == .subscription }),
              billing == .payAsYouGo else { return }
        e.report(rule, "pay-as-you-go", at: Path.instance("billing"), ["product": name(product)], evidence: product.evidence)
    }

    static func minTerm(_ e: Evaluation, _ rule: Rule) {
        guard let (term, product) = field(e, rule, "term_months", \.termMonths, where: {
            $1.minTermMonths != nil && $0.billing != .payAsYouGo
        }), let minimum = product.minTermMonths, term < minimum else { return }
        e.report(rule, "too-short", at: Path.instance("term_months"),
                 ["product": name(product), "term": .count(term, "month", zh: "个月"), "minimum": "\(minimum)"], evidence: product.evidence)
    }

    static func publicIP(_ e: Evaluation, _ rule: Rule) {
        guard let (hasIP, product) = field(e, rule, "public_ip", \.publicIp, where: { $1.publicIPRequired == true }),
              !hasIP else { return }
        e.report(rule, "no-public-ip", at: Path.instance("public_ip"), ["product": name(product)], evidence: product.evidence)
    }

    static func serviceNumberQuota(_ e: Evaluation, _ rule: Rule) {
        guard let (used, product) = field(e, rule, "service_numbers_used", \.serviceNumbersUsed, where: { $1.serviceNumbers != nil }),
              let quota = product.serviceNumbers else { return }
        let remaining = quota - used
        if remaining <= 0 {
            e.report(rule, "used-up", at: Path.instance("service_numbers_used"),
                     ["product": name(product), "used": "\(used)", "quota": "\(quota)"], evidence: product.evidence)
        } else if e.draft.websites.count > remaining {
            e.report(rule, "too-few", at: Path.instance("service_numbers_used"),
                     ["product": name(product), "remaining": .count(remaining, "service identification number", zh: "个备案服务号"),
                      "websites": "\(e.draft.websites.count)"],
                     evidence: .init(confidence: min(product.confidence, .medium), sources: product.sources))
        }
    }
}
