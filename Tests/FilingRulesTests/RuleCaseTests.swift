@testable import FilingRules
import Testing

/// One row of the rule table: a clean draft plus a mutation, and whether the rule must fire.
struct RuleCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let fires: Bool
    let label: String
    let draft: Draft

    var testDescription: String { "\(rule) \(fires ? "fires" : "stays quiet") when \(label)" }
}

private let org = Fixtures.organization
private let person = Fixtures.individual

private func fires(_ rule: String, _ label: String, _ draft: Draft) -> RuleCase {
    RuleCase(rule: rule, fires: true, label: label, draft: draft)
}

private func quiet(_ rule: String, _ label: String, _ draft: Draft) -> RuleCase {
    RuleCase(rule: rule, fires: false, label: label, draft: draft)
}

/// For every rule, at least one draft where it fires and one where it does not.
let ruleCases: [RuleCase] = [
    fires("name/min-length", "the name has two characters", org.named("青松")),
    quiet("name/min-length", "the name has four characters", org),
    fires("name/all-digits", "the name is 12345", org.named("12345")),
    quiet("name/all-digits", "digits sit inside a Chinese name", org.named("青松123")),
    fires("name/all-digits", "the name is ٢٠٢٦ in Arabic-Indic digits", org.named("٢٠٢٦")),
    quiet("name/min-length", "the name is four Arabic-Indic digits, which count as characters", org.named("٢٠٢٦")),
    fires("name/all-latin", "the name is Qingsong Soft", org.named("Qingsong Soft")),
    quiet("name/all-latin", "a Latin brand sits inside a Chinese name", org.named("青松 Soft")),
    fires("name/special-characters", "the name has exclamation marks", org.named("青松软件!!")),
    quiet("name/special-characters", "the name has full-width brackets", org.named("青松（杭州）软件")),
    fires("name/is-domain", "the name is the domain", org.named("qingsong.com")),
    fires("name/is-domain", "the name is another .cn domain", org.named("www.qingsong-soft.cn")),
    quiet("name/is-domain", "the name is Chinese", org),
    quiet("name/is-domain", "a dotted brand sits inside a Chinese name", org.named("Node.js 青松笔记")),
    fires("name/state-prefix", "the name starts with 中国", org.named("中国青松软件")),
    quiet("name/state-prefix", "a state-level unit uses 中国", org.named("中国青松软件").with { $0.entity.stateLevel = true }),
    fires("name/sensitive-word", "the name contains 赌博", org.named("青松赌博软件")),
    quiet("name/sensitive-word", "the name is plain", org),
    fires("name/government-name", "a company's name contains 政府", org.named("青松政府服务")),
    quiet("name/government-name", "a public institution's name contains 政府", org.named("青松政府服务").with { $0.entity.publicInstitution = true }),
    fires("name/approval-keyword", "the name contains 新闻 without approval", org.named("青松新闻")),
    fires("name/approval-keyword", "the domain contains bbs", org.domain { $0.name = "qingsongbbs.com" }),
    quiet("name/approval-keyword", "the news approval is held", org.named("青松新闻").with { $0.websites[0].preApprovals = [.news] }),
    fires("name/superlative", "the name claims 顶级", org.named("青松顶级软件")),
    quiet("name/superlative", "the name is plain", org),
    fires("name/sample-name", "the name is a published sample", org.named("快乐小窝")),
    fires("name/sample-name", "the name fills in a sample pattern", person.named("张三的研发日志")),
    quiet("name/sample-name", "the name only contains a sample", org.named("青松快乐小窝")),
    fires("name/individual-organization-word", "a person's site name contains 公司", person.named("张三的公司笔记")),
    quiet("name/individual-organization-word", "an organization's site name contains 公司", org.named("青松公司软件")),
    fires("name/individual-restricted-word", "a person's site name contains 网站", person.named("张三的网站")),
    quiet("name/individual-restricted-word", "a person's site name is plain", person),
    fires("name/organization-relation", "the name shares nothing with the company", org.named("快乐学习笔记")),
    quiet("name/organization-relation", "the name shares 青松 with the company", org),
    quiet("name/organization-relation", "the site belongs to a person", person.named("快乐学习笔记")),
    fires("preapproval/missing-document", "news content has no approval", org.with { $0.websites[0].content = [.news] }),
    quiet("preapproval/missing-document", "news content has its approval", org.with { $0.websites[0].content = [.news]; $0.websites[0].preApprovals = [.news] }),
    fires("preapproval/individual-regulated-content", "a person's site carries news", person.with { $0.websites[0].content = [.news] }),
    quiet("preapproval/individual-regulated-content", "a person's site is general", person),
    fires("preapproval/commitment-letter", "education content has neither approval nor letter", org.with { $0.websites[0].content = [.education] }),
    quiet("preapproval/commitment-letter", "education content has a commitment letter", org.with { $0.websites[0].content = [.education]; $0.websites[0].commitmentLetter = true }),
    fires("preapproval/finance-keywords", "the site name contains 理财", org.named("青松理财")),
    fires("preapproval/finance-keywords", "the entity name contains 金融", org.with { $0.entity.name = "杭州青松金融信息有限公司"; $0.websites[0].domains[0].holder = "杭州青松金融信息有限公司" }),
    quiet("preapproval/finance-keywords", "a finance approval is held", org.named("青松理财").with { $0.websites[0].preApprovals = [.finance] }),
    quiet("preapproval/finance-keywords", "Guangdong accepts the commitment letter", Fixtures.organization(in: .guangdong).named("青松理财").with { $0.websites[0].commitmentLetter = true }),
    fires("preapproval/finance-keywords", "a commitment letter outside Guangdong", org.named("青松理财").with { $0.websites[0].commitmentLetter = true }),
    fires("region/organization-cross-province", "the licence is from Jiangsu", org.with { $0.entity.documentProvince = .jiangsu }),
    quiet("region/organization-cross-province", "the licence is from Zhejiang", org),
    fires("region/individual-non-local", "an Anhui ID card files in Zhejiang without proof", person.with { $0.entity.documentProvince = .anhui }),
    quiet("region/individual-non-local", "an Anhui ID card with a Zhejiang residence permit", person.with { $0.entity.documentProvince = .anhui; $0.entity.localProof = .residencePermit; $0.entity.residencePermitProvince = .zhejiang }),
    fires("region/individual-non-local", "Henan takes local ID cards only", Fixtures.individual(in: .henan).with { $0.entity.documentProvince = .anhui; $0.entity.localProof = .residencePermit }),
    fires("region/one-website-per-application", "two websites in Hubei", Fixtures.organization(in: .hubei).with { $0.websites.append(Fixtures.website(name: "青松文档", domain: "qingsong.cn", holder: "杭州青松科技有限公司")) }),
    quiet("region/one-website-per-application", "one website in Hubei", Fixtures.organization(in: .hubei)),
    quiet("region/one-website-per-application", "two websites in Zhejiang", org.with { $0.websites.append(Fixtures.website(name: "青松文档", domain: "qingsong.cn", holder: "杭州青松科技有限公司")) }),
    fires("region/domains-per-submission", "three domains in Henan, which takes two", Fixtures.organization(in: .henan).with { d in
        for n in 1...2 { d.websites.append(Fixtures.website(name: "青松文档\(n)", domain: "qingsong\(n).cn", holder: "杭州青松科技有限公司")) }
    }),
    quiet("region/domains-per-submission", "two domains in Henan", Fixtures.organization(in: .henan).with { $0.websites.append(Fixtures.website(name: "青松文档", domain: "qingsong.cn", holder: "杭州青松科技有限公司")) }),
    fires("region/one-domain-after-filed-websites", "a Jiangxi company with 16 filed websites submits two domains",
          Fixtures.organization(in: .jiangxi).with { $0.entity.filedWebsites = 16; $0.websites.append(Fixtures.website(name: "青松文档", domain: "qingsong.cn", holder: "杭州青松科技有限公司")) }),
    quiet("region/one-domain-after-filed-websites", "a Jiangxi company with 15 filed websites submits two domains",
          Fixtures.organization(in: .jiangxi).with { $0.entity.filedWebsites = 15; $0.websites.append(Fixtures.website(name: "青松文档", domain: "qingsong.cn", holder: "杭州青松科技有限公司")) }),
    fires("region/one-domain-after-filed-websites", "a Jiangxi resident with 8 filed websites submits two domains",
          Fixtures.individual(in: .jiangxi).with { $0.entity.filedWebsites = 8; $0.websites[0].domains.append(Domain(name: "zhangsan.net")) }),
    quiet("region/one-domain-after-filed-websites", "a Jiangxi company with 16 filed websites submits one domain",
          Fixtures.organization(in: .jiangxi).with { $0.entity.filedWebsites = 16 }),
    fires("region/one-domain-on-first-filing", "a Hainan resident's first filing has two domains",
          Fixtures.individual(in: .hainan).with { $0.websites[0].domains.append(Domain(name: "zhangsan.net")) }),
    quiet("region/one-domain-on-first-filing", "a Hainan resident with a filed website adds two domains",
          Fixtures.individual(in: .hainan).with { $0.entity.filedWebsites = 1; $0.websites[0].domains.append(Domain(name: "zhangsan.net")) }),
    quiet("region/one-domain-on-first-filing", "a Hainan company's first filing has two domains",
          Fixtures.organization(in: .hainan).with { $0.websites.append(Fixtures.website(name: "青松文档", domain: "qingsong.cn", holder: "杭州青松科技有限公司")) }),
    fires("region/finance-name-leader", "a Liaoning site named 青松理财 whose leader is not the legal representative",
          Fixtures.organization(in: .liaoning).named("青松理财").with { $0.entity.leaderIsLegalRepresentative = false }),
    quiet("region/finance-name-leader", "the same site with the legal representative as leader", Fixtures.organization(in: .liaoning).named("青松理财")),
    quiet("region/finance-name-leader", "a Liaoning site without financial words", Fixtures.organization(in: .liaoning).with { $0.entity.leaderIsLegalRepresentative = false }),
    fires("region/min-age", "a 15-year-old files in Zhejiang", person.with { $0.entity.age = 15 }),
    quiet("region/min-age", "a 17-year-old with proof of employment files in Tianjin", Fixtures.individual(in: .tianjin).with { $0.entity.age = 17; $0.entity.localProof = .employment }),
    fires("region/min-age", "a 15-year-old files in Tianjin even with proof", Fixtures.individual(in: .tianjin).with { $0.entity.age = 15; $0.entity.localProof = .employment }),
    quiet("region/min-age", "a 14-year-old files in Fujian", Fixtures.individual(in: .fujian).with { $0.entity.age = 14 }),
    fires("region/domain-validity", "the domain expires in 30 days", org.domain { $0.daysToExpiry = 30 }),
    fires("region/domain-validity", "the domain has expired", org.domain { $0.daysToExpiry = -3 }),
    quiet("region/domain-validity", "the domain has a year left", org),
    fires("region/local-phone", "a Zhejiang phone for a Shanghai filing", Fixtures.organization(in: .shanghai).with { $0.entity.phoneProvince = .zhejiang }),
    quiet("region/local-phone", "a Shanghai phone for a Shanghai filing", Fixtures.organization(in: .shanghai)),
    fires("region/public-institution-tld", "a Shanghai public institution files a .com", Fixtures.organization(in: .shanghai).with { $0.entity.publicInstitution = true }),
    quiet("region/public-institution-tld", "a Shanghai public institution files a .gov.cn", Fixtures.organization(in: .shanghai).with { $0.entity.publicInstitution = true }.domain { $0.name = "qingsong.gov.cn" }),
    fires("region/leader-legal-representative", "Beijing's leader is not the legal representative", Fixtures.organization(in: .beijing).with { $0.entity.leaderIsLegalRepresentative = false }),
    quiet("region/leader-legal-representative", "Zhejiang has no such limit", org.with { $0.entity.leaderIsLegalRepresentative = false }),
    fires("region/leader-legal-representative", "Guangdong's authorized leader has no letter",
          Fixtures.organization(in: .guangdong).with { $0.entity.leaderIsLegalRepresentative = false; $0.entity.leaderAuthorizationLetter = false; $0.entity.siteLeaderSameAsLeader = true }),
    fires("region/leader-legal-representative", "Guangdong's authorized leader is not the website's responsible person",
          Fixtures.organization(in: .guangdong).with { $0.entity.leaderIsLegalRepresentative = false; $0.entity.leaderAuthorizationLetter = true; $0.entity.siteLeaderSameAsLeader = false }),
    quiet("region/leader-legal-representative", "Guangdong's leader holds a letter and runs the website",
          Fixtures.organization(in: .guangdong).with { $0.entity.leaderIsLegalRepresentative = false; $0.entity.leaderAuthorizationLetter = true; $0.entity.siteLeaderSameAsLeader = true }),
    fires("region/foreign-leader", "a Guangdong leader with a foreign passport", Fixtures.organization(in: .guangdong).with { $0.entity.idDocument = .foreignPassport }),
    quiet("region/foreign-leader", "a Guangdong leader with a mainland ID card", Fixtures.organization(in: .guangdong).with { $0.entity.idDocument = .mainlandID }),
    fires("region/foreign-leader", "a Guangxi individual with a Taiwan permit", Fixtures.individual(in: .guangxi).with { $0.entity.idDocument = .taiwanPermit }),
    quiet("region/foreign-leader", "a Guangxi company whose leader has a Taiwan permit (the limit is for individuals)", Fixtures.organization(in: .guangxi).with { $0.entity.idDocument = .taiwanPermit; $0.entity.addressInDocumentCity = true }),
    fires("region/address-same-city", "a Guangxi company's address is in another city", Fixtures.organization(in: .guangxi).with { $0.entity.addressInDocumentCity = false }),
    quiet("region/address-same-city", "a Guangxi company's address is in its certificate's city", Fixtures.organization(in: .guangxi).with { $0.entity.addressInDocumentCity = true }),
    fires("region/max-websites", "a Hunan resident with 5 filed websites adds one", Fixtures.individual(in: .hunan).with { $0.entity.filedWebsites = 5 }),
    quiet("region/max-websites", "a Hunan resident with 4 filed websites adds one", Fixtures.individual(in: .hunan).with { $0.entity.filedWebsites = 4; $0.entity.constructionPlan = true }),
    fires("region/construction-plan", "a Hunan company with one filed website has no plan", Fixtures.organization(in: .hunan).with { $0.entity.filedWebsites = 1; $0.entity.constructionPlan = false }),
    quiet("region/construction-plan", "a Hunan company's first website needs no plan", Fixtures.organization(in: .hunan).with { $0.entity.constructionPlan = false }),
    quiet("region/construction-plan", "a Hunan company with one filed website has its plan", Fixtures.organization(in: .hunan).with { $0.entity.filedWebsites = 1; $0.entity.constructionPlan = true }),
    fires("region/government-tld", "a Guangdong government body files a .com", Fixtures.organization(in: .guangdong).with { $0.entity.governmentBody = true }),
    quiet("region/government-tld", "a Guangdong government body files a .gov.cn", Fixtures.organization(in: .guangdong).with { $0.entity.governmentBody = true }.domain { $0.name = "qingsong.gov.cn" }),
    fires("region/shell-entity", "a Hunan shell entity adds a website", Fixtures.organization(in: .hunan).with { $0.entity.shellEntity = true }),
    quiet("region/shell-entity", "a Zhejiang shell entity adds a website (no limit known)", org.with { $0.entity.shellEntity = true }),
    fires("region/domain-privacy", "privacy protection is on in Shanghai", Fixtures.organization(in: .shanghai).domain { $0.privacyProtection = true }),
    quiet("region/domain-privacy", "privacy protection is on in Zhejiang", org.domain { $0.privacyProtection = true }),
    fires("domain/tld-approved", "the domain ends in .io", org.domain { $0.name = "qingsong.io" }),
    fires("domain/tld-approved", "Beijing refuses .org", Fixtures.organization(in: .beijing).domain { $0.name = "qingsong.org" }),
    fires("domain/tld-approved", "the suffix is unknown", org.domain { $0.name = "qingsong.example" }),
    quiet("domain/tld-approved", "the domain ends in .com.cn", org.domain { $0.name = "qingsong.com.cn" }),
    quiet("domain/tld-approved", "Zhejiang accepts .org", org.domain { $0.name = "qingsong.org" }),
    fires("domain/registrar-approved", "the registrar is not approved", org.domain { $0.registrarApproved = false }),
    quiet("domain/registrar-approved", "the registrar is approved", org),
    fires("domain/real-name-verified", "the domain is not verified", org.domain { $0.realNameVerified = false }),
    quiet("domain/real-name-verified", "the domain is verified", org),
    fires("domain/real-name-sync", "verification finished yesterday", org.domain { $0.verifiedDaysAgo = 1 }),
    quiet("domain/real-name-sync", "verification finished a month ago", org),
    fires("domain/holder-matches-entity", "someone else holds the domain", org.domain { $0.holder = "李四" }),
    quiet("domain/holder-matches-entity", "the holder differs only in bracket width", org.with { $0.entity.name = "青松(杭州)科技有限公司"; $0.websites[0].domains[0].holder = "青松（杭州）科技有限公司" }),
    fires("domain/one-domain-per-website", "a website lists two domains", org.with { $0.websites[0].domains.append(Domain(name: "qingsong.cn")) }),
    quiet("domain/one-domain-per-website", "a website lists one domain", org),
    fires("instance/mainland-region", "the instance is in Hong Kong", org.with { $0.instance?.region = "cn-hongkong" }),
    quiet("instance/mainland-region", "the instance is in Hangzhou", org),
    fires("instance/subscription-billing", "the instance is pay-as-you-go", org.with { $0.instance?.billing = .payAsYouGo }),
    quiet("instance/subscription-billing", "the instance is a subscription", org),
    fires("instance/min-term", "one month was bought", org.with { $0.instance?.termMonths = 1 }),
    quiet("instance/min-term", "twelve months were bought", org),
    fires("instance/public-ip", "the instance has no public IP", org.with { $0.instance?.publicIp = false }),
    quiet("instance/public-ip", "the instance has a public IP", org),
    fires("instance/service-number-quota", "all five numbers are used", org.with { $0.instance?.serviceNumbersUsed = 5 }),
    quiet("instance/service-number-quota", "no number is used", org),
    fires("access/ip-only", "the site is reached by IP only", org.with { $0.websites[0].access = .ipOnly }),
    quiet("access/ip-only", "the site is reached by domain", org),
    fires("cdn/acceleration-region", "the CDN accelerates the mainland", org.with { $0.websites[0].cdn = .mainland }),
    quiet("cdn/acceleration-region", "the CDN accelerates outside the mainland", org.with { $0.websites[0].cdn = .globalExcludingMainland }),
    fires("entity/one-per-account", "the account already files for another entity", org.with { $0.account?.filedEntities = 1 }),
    quiet("entity/one-per-account", "the account files for no other entity", org),
    fires("entity/individual-commercial-content", "a person's site sells things", person.with { $0.websites[0].content = [.eCommerce] }),
    quiet("entity/individual-commercial-content", "a company's site sells things", org.with { $0.websites[0].content = [.eCommerce] }),
    fires("entity/forum", "a person's site runs a forum", person.with { $0.websites[0].content = [.forum] }),
    fires("entity/forum", "a company's forum has no approval", org.with { $0.websites[0].content = [.forum] }),
    quiet("entity/forum", "a company's forum has its approval", org.with { $0.websites[0].content = [.forum]; $0.websites[0].preApprovals = [.forum] }),
]

@Suite("Every rule fires on its case and stays quiet on the clean one")
struct RuleCaseTests {
    @Test("rule case", arguments: ruleCases)
    func ruleCase(_ c: RuleCase) {
        let report = Fixtures.checker.check(c.draft)
        let hits = report.findings.filter { $0.rule == c.rule && $0.severity != .info }
        if c.fires {
            #expect(!hits.isEmpty, "expected \(c.rule) to fire; findings: \(report.findings.map(\.rule))")
        } else {
            #expect(hits.isEmpty, "expected \(c.rule) to stay quiet; got \(hits.map(\.message))")
        }
    }

    @Test("every rule in the catalog has a case where it fires and one where it does not")
    func everyRuleHasBothCases() {
        for entry in Fixtures.rulebook.catalog {
            #expect(ruleCases.contains { $0.rule == entry.id && $0.fires }, "no firing case for \(entry.id)")
            #expect(ruleCases.contains { $0.rule == entry.id && !$0.fires }, "no quiet case for \(entry.id)")
        }
    }

    @Test("the clean organization and individual drafts pass with no finding at all", arguments: [org, person])
    func cleanDraftsPass(_ draft: Draft) {
        let report = Fixtures.checker.check(draft)
        #expect(report.verdict == .pass)
        #expect(report.findings.isEmpty, "\(report.findings.map { "\($0.rule) \($0.path) \($0.message)" })")
    }
}
