/// The cloud instance a filing is made through (`instances/`).
enum InstanceRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("instance/mainland-region", run: mainlandRegion),
        RuleDefinition("instance/subscription-billing", run: subscriptionBilling),
        RuleDefinition("instance/min-term", run: minTerm),
        RuleDefinition("instance/public-ip", run: publicIP),
        RuleDefinition("instance/service-number-quota", run: serviceNumberQuota),
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
            e.report(rule, at: Path.instance("region"),
                     en: "The instance's region, \(known.name), is outside the Chinese mainland; a filing goes through an instance in the mainland.",
                     fix: "Buy an instance in a mainland region (e.g. cn-hangzhou, cn-shanghai, cn-beijing), or skip the filing if the site is served only from outside the mainland.",
                     zh: "服务器所在地域\(known.nameZh)不在中国内地；备案须通过中国内地的服务器办理。",
                     fix: "购买中国内地地域的服务器（如华东1杭州、华东2上海、华北2北京），若网站只在中国内地以外提供服务，则无需备案。")
        } else {
            e.report(rule, at: Path.instance("region"),
                     en: "The region \(region) is not one the handbook knows, so it cannot tell whether it is in the Chinese mainland.",
                     fix: "Check the region id; filings need an instance in a mainland region such as cn-hangzhou.",
                     zh: "本手册不认识地域\(region)，无法判断它是否在中国内地。",
                     fix: "请核对地域代码；备案须使用中国内地地域的服务器，如华东1杭州。",
                     evidence: .init(confidence: .low, sources: []))
        }
    }

    /// The value of the instance's field `key` and the product's data, when the data makes the field matter
    /// (`applies`) and the draft gives it; nil otherwise, after noting a field the draft leaves out.
    private static func field<T>(_ e: Evaluation, _ rule: Rule, _ key: String, _ value: KeyPath<Instance, T?>,
                                 where applies: (Instance, InstanceProduct) -> Bool) -> (T, InstanceProduct)? {
        guard let (instance, product) = product(e, rule), applies(instance, product) else { return nil }
        return e.given(instance[keyPath: value], rule, at: Path.instance(key)).map { ($0, product) }
    }

    static func subscriptionBilling(_ e: Evaluation, _ rule: Rule) {
        guard let (billing, product) = field(e, rule, "billing", \.billing, where: { $1.billing == .subscription }),
              billing == .payAsYouGo else { return }
        e.report(rule, at: Path.instance("billing"),
                 en: "A pay-as-you-go \(product.name) cannot issue a service identification number for a filing.",
                 fix: "Switch the instance to subscription billing (or buy a subscription instance).",
                 zh: "按量付费的\(product.nameZh)无法生成备案服务号。",
                 fix: "将服务器改为包年包月计费（或购买包年包月的服务器）。", evidence: product.evidence)
    }

    static func minTerm(_ e: Evaluation, _ rule: Rule) {
        guard let (term, product) = field(e, rule, "term_months", \.termMonths, where: {
            $1.minTermMonths != nil && $0.billing != .payAsYouGo
        }), let minimum = product.minTermMonths, term < minimum else { return }
        e.report(rule, at: Path.instance("term_months"),
                 en: "The \(product.name) was bought for \(term) month\(term == 1 ? "" : "s"); a filing needs at least \(minimum).",
                 fix: "Renew or extend the subscription to at least \(minimum) months.",
                 zh: "\(product.nameZh)的购买时长为\(term)个月；备案至少需要\(minimum)个月。",
                 fix: "续费或延长订阅，使购买时长至少达到\(minimum)个月。", evidence: product.evidence)
    }

    static func publicIP(_ e: Evaluation, _ rule: Rule) {
        guard let (hasIP, product) = field(e, rule, "public_ip", \.publicIp, where: { $1.publicIPRequired == true }),
              !hasIP else { return }
        e.report(rule, at: Path.instance("public_ip"),
                 en: "The \(product.name) has no public IP address; service numbers are issued only for instances with one.",
                 fix: "Assign a public IP (or elastic IP) or public bandwidth to the instance.",
                 zh: "\(product.nameZh)没有公网IP；只有带公网IP的服务器才能生成备案服务号。",
                 fix: "为服务器分配公网IP（或弹性公网IP）或公网带宽。", evidence: product.evidence)
    }

    static func serviceNumberQuota(_ e: Evaluation, _ rule: Rule) {
        guard let (used, product) = field(e, rule, "service_numbers_used", \.serviceNumbersUsed, where: { $1.serviceNumbers != nil }),
              let quota = product.serviceNumbers else { return }
        let remaining = quota - used
        if remaining <= 0 {
            e.report(rule, at: Path.instance("service_numbers_used"),
                     en: "This \(product.name) has used \(used) of its \(quota) service identification numbers; none are left, and renewing does not add more.",
                     fix: "Use another qualifying instance for this filing.",
                     zh: "该\(product.nameZh)的\(quota)个备案服务号已用去\(used)个，没有剩余，续费也不会增加。",
                     fix: "改用另一台符合条件的服务器办理这次备案。", evidence: product.evidence)
        } else if e.draft.websites.count > remaining {
            e.report(rule, at: Path.instance("service_numbers_used"),
                     en: "This \(product.name) has \(remaining) service identification number\(remaining == 1 ? "" : "s") left for \(e.draft.websites.count) websites.",
                     fix: "Spread the websites over more instances, or file fewer websites through this one.",
                     zh: "该\(product.nameZh)只剩\(remaining)个备案服务号，而要备案的网站有\(e.draft.websites.count)个。",
                     fix: "把网站分到更多服务器上备案，或减少通过这台服务器备案的网站数量。",
                     evidence: .init(confidence: min(product.confidence, .medium), sources: product.sources))
        }
    }
}
