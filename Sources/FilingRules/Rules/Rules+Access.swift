/// How visitors reach a site: IP-only access and CDN regions (`limitations/`).
enum AccessRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("access/ip-only", messages: ["ip-only": ["website"]], run: ipOnly),
        RuleDefinition("cdn/acceleration-region", messages: ["mainland": ["website"], "global": ["website"]], run: accelerationRegion),
    ]

    static func ipOnly(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices where e.draft.websites[i].access == .ipOnly {
            e.report(rule, "ip-only", at: Path.site(i, "access"), ["website": e.website(i)])
        }
    }

    static func accelerationRegion(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            guard let cdn = e.draft.websites[i].cdn, cdn == .mainland || cdn == .global else { continue }
            e.report(rule, cdn == .mainland ? "mainland" : "global", at: Path.site(i, "cdn"), ["website": e.website(i)])
        }
    }
}
