/// How visitors reach a site: IP-only access and CDN regions (`limitations/`).
enum AccessRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("access/ip-only", run: ipOnly),
        RuleDefinition("cdn/acceleration-region", run: accelerationRegion),
    ]

    static func ipOnly(_ e: Evaluation, _ rule: Rule) {
        for (i, site) in e.draft.websites.enumerated() where site.access == .ipOnly {
            e.report(rule, at: Path.site(i, "access"),
                     "The website \(site.name.quoted) is reached only by IP address; the provider's filing system files domains only.",
                     fix: "Give the site a domain, or file the IP-only site in the provincial communications administration's own system.")
        }
    }

    static func accelerationRegion(_ e: Evaluation, _ rule: Rule) {
        for (i, site) in e.draft.websites.enumerated() {
            guard let cdn = site.cdn, cdn == .mainland || cdn == .global else { continue }
            let region = cdn == .mainland ? "Chinese mainland only" : "global"
            e.report(rule, at: Path.site(i, "cdn"),
                     "The CDN for \(site.name.quoted) accelerates \(region), which covers the mainland and needs the filing approved first.",
                     fix: "Until the filing number is issued, use “global (excluding the Chinese mainland)” or no CDN; switch regions after approval.")
        }
    }
}
