@testable import FilingRules

/// Clean drafts that pass every rule, and the rulebooks the tests check them with.
enum Fixtures {
    /// Real words, industries, suffixes and catalog; fixture provinces.
    static let rulebook: Rulebook = {
        do { return try Rulebook.load(Repository.fixtureFiles()) } catch {
            fatalError("fixture rulebook does not load:\n\(error)")
        }
    }()

    static let checker = Checker(rulebook: rulebook)

    /// An organization in Zhejiang with every fact given and nothing wrong.
    static let organization = Draft(
        account: Account(filedEntities: 0),
        entity: Entity(
            type: .organization, name: "杭州青松科技有限公司", province: .zhejiang, documentProvince: .zhejiang,
            age: 40, leaderIsLegalRepresentative: true, stateLevel: false, publicInstitution: false,
            phoneProvince: .zhejiang, filedWebsites: 0),
        websites: [website(name: "青松软件", domain: "qingsong.com", holder: "杭州青松科技有限公司")],
        instance: Instance(provider: .alibaba, product: .ecs, region: "cn-hangzhou", billing: .subscription,
                           termMonths: 12, publicIp: true, serviceNumbersUsed: 0))

    /// A person in Zhejiang with a local ID card, every fact given and nothing wrong.
    static let individual = Draft(
        account: Account(filedEntities: 0),
        entity: Entity(type: .individual, name: "张三", province: .zhejiang, documentProvince: .zhejiang,
                       localProof: LocalProof.none, age: 30, phoneProvince: .zhejiang, filedWebsites: 0),
        websites: [website(name: "张三的学习笔记", domain: "zhangsan.cn", holder: "张三")],
        instance: organization.instance)

    static func website(name: String, domain: String, holder: String) -> Website {
        Website(
            name: name,
            domains: [Domain(name: domain, registrarApproved: true, realNameVerified: true, verifiedDaysAgo: 30,
                             holder: holder, daysToExpiry: 365, privacyProtection: false)],
            content: [.general], preApprovals: [], commitmentLetter: false, access: .domain, cdn: CDNRegion.none)
    }

    /// The organization moved to another province, with its certificate and phone there too.
    static func organization(in province: ProvinceID) -> Draft {
        var d = organization
        d.entity.province = province
        d.entity.documentProvince = province
        d.entity.phoneProvince = province
        return d
    }

    static func individual(in province: ProvinceID) -> Draft {
        var d = individual
        d.entity.province = province
        d.entity.documentProvince = province
        d.entity.phoneProvince = province
        return d
    }
}

extension Draft {
    /// A copy changed by `change`.
    func with(_ change: (inout Draft) -> Void) -> Draft {
        var copy = self
        change(&copy)
        return copy
    }

    /// Sets the first website's name.
    func named(_ name: String) -> Draft { with { $0.websites[0].name = name } }

    /// Changes the first domain of the first website.
    func domain(_ change: (inout Domain) -> Void) -> Draft { with { change(&$0.websites[0].domains[0]) } }
}
