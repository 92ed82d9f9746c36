/// How visitors reach a site: IP-only access and CDN regions (`limitations/`).
enum AccessRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("access/ip-only", run: ipOnly),
        RuleDefinition("cdn/acceleration-region", run: accelerationRegion),
    ]

    static func ipOnly(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices where e.draft.websites[i].access == .ipOnly {
            e.report(rule, at: Path.site(i, "access"),
                     "The website \(e.draft.websites[i].name.quoted) is reached only by IP address; the provider's filing system files domains only.",
                     fix: "Give the site a domain, or file the IP-only site in the provincial communications administration's own system.")
        }
    }

    static func accelerationRegion(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            guard let cdn = e.draft.websites[i].cdn, cdn == .mainland || cdn == .global else { continue }
            e.report(rule, at: Path.site(i, "cdn"),
                     "The CDN for \(e.draft.websites[i].name.quoted) accelerates \(cdn == .mainland ? "in the Chinese mainland" : "globally, including the Chinese mainland"); acceleration in the mainland works only once the filing is approved.",
                     fix: "Until the filing number is issued, use “global (excluding the Chinese mainland)” or no CDN; switch regions after approval.")
        }
    }
}
