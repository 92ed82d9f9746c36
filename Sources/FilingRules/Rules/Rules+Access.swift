/// How visitors reach a site: IP-only access and CDN regions (`limitations/`).
enum AccessRules {
    static let all: [RuleDefinition] = [
        RuleDefinition("access/ip-only", run: ipOnly),
        RuleDefinition("cdn/acceleration-region", run: accelerationRegion),
    ]

    static func ipOnly(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices where e.draft.websites[i].access == .ipOnly {
            e.report(rule, at: Path.site(i, "access"),
                     en: "The website \(e.draft.websites[i].name.quoted) is reached only by IP address; the provider's filing system files domains only.",
                     fix: "Give the site a domain, or file the IP-only site in the provincial communications administration's own system.",
                     zh: "网站\(e.draft.websites[i].name.quoted)只能通过IP地址访问；接入商的备案系统只受理域名。",
                     fix: "为网站绑定域名，或到省通信管理局自己的备案系统为仅IP访问的网站备案。")
        }
    }

    static func accelerationRegion(_ e: Evaluation, _ rule: Rule) {
        for i in e.sites.indices {
            guard let cdn = e.draft.websites[i].cdn, cdn == .mainland || cdn == .global else { continue }
            e.report(rule, at: Path.site(i, "cdn"),
                     en: "The CDN for \(e.draft.websites[i].name.quoted) accelerates \(cdn == .mainland ? "in the Chinese mainland" : "globally, including the Chinese mainland"); acceleration in the mainland works only once the filing is approved.",
                     fix: "Until the filing number is issued, use “global (excluding the Chinese mainland)” or no CDN; switch regions after approval.",
                     zh: "网站\(e.draft.websites[i].name.quoted)的CDN加速区域为\(cdn == .mainland ? "中国内地" : "全球（含中国内地）")；中国内地的加速要等备案通过后才能使用。",
                     fix: "取得备案号之前，请选择“全球（不含中国内地）”或不用CDN；备案通过后再切换加速区域。")
        }
    }
}
