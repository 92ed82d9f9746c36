/// The draft contract, once: every field of every object with its type, allowed values, words,
/// help and the entity types it applies to. The decoder, the form, the draft-fields page, the YAML
/// export and the report's field labels all derive from this table; adding a field is one entry here.
public enum DraftContract {
    /// Every field, grouped by object in draft order.
    public static let fields: [DraftField] =
        account.map(\.field) + entity.map(\.field) + website.map(\.field) + domain.map(\.field) + instance.map(\.field)

    /// The field `key` of `object`, if the contract has one.
    public static func field(_ object: DraftField.Object, _ key: String) -> DraftField? {
        positions[object]?[key].map { fields[$0] }
    }

    /// Where each field sits in `fields`, by object and key: reports name fields on every check.
    private static let positions: [DraftField.Object: [String: Int]] = fields.indices.reversed().reduce(into: [:]) { table, i in
        table[fields[i].object, default: [:]][fields[i].key] = i  // in reverse, so the first of a key stays
    }

    /// The field at `path` as the draft-fields page writes it (`websites[].domains[].holder`), if any.
    public static func field(documentedPath path: String) -> DraftField? {
        fields.first { $0.documentedPath == path }
    }

    /// The most websites, and domains per website, the form offers.
    public static let maxWebsites = 10
    public static let maxDomains = 10

    static let account: [FieldBinding<Account>] = [
        .number("filed_entities", \.filedEntities, FieldWords("Entities already filed from this account", "账号下已备案主体数",
            help: ("Other entities already filed from the same cloud account.", "同一云账号下已备案的其他主体数量。"),
            docs: "limitations/entity/#one-per-account", topic: ("one entity per cloud account", "一个云账号只能备案一个主体"))),
    ]

    static let entity: [FieldBinding<Entity>] = [
        .choice("type", \.type, FieldWords("Entity type", "主体性质",
            help: ("An organization or an individual person.", "单位（企业、事业单位等）或个人。"),
            docs: "basics/who-must-file/", topic: ("who files: organizations and individuals", "谁需要备案：单位与个人"))),
        .requiredText("name", \.name, FieldWords("Name", "主办单位名称/姓名",
            help: ("The organization's registered name, or the person's name.", "单位的登记名称，或个人的姓名。"),
            docs: "domains/holder/#holder-matches-entity", topic: ("why the domain holder must match this name", "为什么域名持有者须与主办单位名称一致"))),
        .province("province", \.province, FieldWords("Filing province", "备案省份",
            help: ("The province the filing is made in.", "提交备案的省份，由该省管局审核。"),
            docs: "regions/", topic: ("the rules of each province", "各省管局的规则"))),
        .province("document_province", \.documentProvince, FieldWords("Certificate or ID card province", "证件所在省份",
            help: ("Where the business licence is registered, or the province of the ID card.", "营业执照的登记省份，或身份证的签发省份。"),
            docs: "regions/#organization-cross-province", topic: ("filing outside the province of the certificate", "在证件所在省份以外备案"))),
        .province("residence_permit_province", \.residencePermitProvince, FieldWords("Residence permit province", "居住证所在省份",
            help: ("The province of a residence permit held.", "所持居住证的签发省份。"),
            docs: "regions/#individual-non-local", topic: ("individuals filing away from home", "个人异地备案")), for: [.individual]),
        .choice("local_proof", \.localProof, FieldWords("Local proof", "本地证明材料",
            help: ("When filing away from the ID card's province: what proves residence, study or work there.", "在身份证所在省份以外备案时，证明在当地居住、学习或工作的材料。"),
            docs: "regions/#individual-non-local", topic: ("proof for individuals filing away from home", "个人异地备案所需的证明材料")), for: [.individual]),
        .number("age", \.age, FieldWords("Age", "年龄",
            help: ("The person's age, or the entity leader's age.", "个人的年龄，或主体负责人的年龄。"),
            docs: "regions/#min-age", topic: ("age limits by province", "各省的年龄限制"))),
        .flag("leader_is_legal_representative", \.leaderIsLegalRepresentative, FieldWords("Leader is the legal representative", "主体负责人为法定代表人",
            help: ("The entity leader is also the legal representative.", "主体负责人同时是单位的法定代表人。"),
            docs: "regions/#leader-legal-representative", topic: ("who may be the entity leader", "谁可以担任主体负责人")), for: [.organization]),
        .flag("leader_authorization_letter", \.leaderAuthorizationLetter, FieldWords("Leader holds an authorization letter", "法人授权书",
            help: ("When the entity leader is not the legal representative: the legal representative's letter of authorization is ready.", "主体负责人不是法定代表人时，已备好法定代表人签署的授权书。"),
            docs: "regions/#leader-legal-representative", topic: ("the authorization letter of the legal representative", "法定代表人授权书")), for: [.organization]),
        .flag("site_leader_same_as_leader", \.siteLeaderSameAsLeader, FieldWords("Leader is also each website's responsible person", "网站负责人与主体负责人相同",
            help: ("The entity leader (主体负责人) and the website responsible person (网站负责人) are the same person.", "主体负责人与网站负责人为同一人。"),
            docs: "regions/#leader-legal-representative", topic: ("the website responsible person", "网站负责人")), for: [.organization]),
        .choice("id_document", \.idDocument, FieldWords("Identity document", "证件类型",
            help: ("The person's, or the entity leader's, identity document.", "个人或主体负责人的身份证件。"),
            docs: "regions/#foreign-leader", topic: ("identity documents provinces accept", "各省接受的证件类型"))),
        .flag("address_in_document_city", \.addressInDocumentCity, FieldWords("Address in the certificate's city", "通信地址与证件地址同城",
            help: ("The mailing address is in the city the business licence names.", "通信地址位于营业执照登记的城市。"),
            docs: "regions/#address-same-city", topic: ("where the mailing address must be", "通信地址的要求")), for: [.organization]),
        .flag("state_level", \.stateLevel, FieldWords("State-level unit", "国家级单位",
            help: ("An organization proven to be a state-level unit may use some reserved words.", "能证明为国家级单位的，可使用部分保留字词。"),
            docs: "naming/#state-prefix", topic: ("words reserved for state-level units", "国家级单位专用的字词")), for: [.organization]),
        .flag("public_institution", \.publicInstitution, FieldWords("Government body or public institution", "事业单位",
            help: ("Some provinces require special domain suffixes for these.", "部分省份要求事业单位使用特定的域名后缀。"),
            docs: "regions/#public-institution-tld", topic: ("domain suffixes for public institutions", "事业单位的域名后缀")), for: [.organization]),
        .flag("government_body", \.governmentBody, FieldWords("Party or government body", "党政机关",
            help: ("Party and government bodies file domains with government suffixes.", "党政机关须使用政务域名后缀备案。"),
            docs: "regions/#government-tld", topic: ("domain suffixes for government bodies", "党政机关的域名后缀")), for: [.organization]),
        .flag("construction_plan", \.constructionPlan, FieldWords("Website construction plan ready", "网站建设方案书",
            help: ("A website construction plan, which some provinces ask for from a number of websites.", "已备好网站建设方案书；部分省份在网站达到一定数量时要求提供。"),
            docs: "regions/#construction-plan", topic: ("when a construction plan is needed", "何时需要网站建设方案书"))),
        .flag("shell_entity", \.shellEntity, FieldWords("Filed entity with no website left", "空壳主体",
            help: ("A shell entity: filed, but every website's access has been cancelled.", "空壳主体：已备案，但所有网站的接入均已取消。"),
            docs: "regions/#shell-entity", topic: ("shell entities", "空壳主体"))),
        .province("phone_province", \.phoneProvince, FieldWords("Contact phone province", "手机号码归属地",
            help: ("Where the main contact's mobile number is registered.", "主要联系人手机号码的归属地。"),
            docs: "regions/#local-phone", topic: ("where the contact phone must be registered", "联系人手机号码归属地的要求"))),
        .number("filed_websites", \.filedWebsites, FieldWords("Websites already filed", "已备案网站数",
            help: ("Websites this entity already has filed.", "该主体已备案的网站数量。"),
            docs: "regions/#one-website-per-application", topic: ("how many websites one application may add", "一次申请可新增多少个网站"))),
    ]

    static let website: [FieldBinding<Website>] = [
        .requiredText("name", \.name, FieldWords("Website name", "网站名称",
            help: ("The name the website is filed under.", "网站备案所用的名称。"),
            docs: "naming/", topic: ("how to name a website", "网站名称的命名规则"))),
        .choices("content", \.content, FieldWords("Content", "网站内容",
            help: ("What the site is about; most categories need an approval first.", "网站的内容类别；多数类别须先取得前置审批。"),
            docs: "pre-approval/industries/#missing-document", topic: ("which content needs an approval", "哪些内容需要前置审批"))),
        .choices("pre_approvals", \.preApprovals, FieldWords("Approvals held", "前置审批",
            help: ("Categories for which an approval document is already held.", "已取得前置审批文件的内容类别。"),
            docs: "pre-approval/industries/#missing-document", topic: ("approval documents by industry", "各行业的前置审批文件"))),
        .flag("commitment_letter", \.commitmentLetter, FieldWords("Commitment letter ready", "承诺书",
            help: ("A letter of commitment is ready where the authority said no approval is needed.", "主管部门答复无需前置审批时，已备好承诺书。"),
            docs: "pre-approval/commitment-letters/#commitment-letter", topic: ("commitment letters", "承诺书"))),
        .choice("access", \.access, FieldWords("Access", "访问方式",
            help: ("Whether visitors use a domain or only an IP address.", "访客通过域名访问，还是仅通过IP地址访问。"),
            docs: "limitations/ip-only-access/#ip-only", topic: ("sites reached by IP address only", "仅通过IP地址访问的网站"))),
        .choice("cdn", \.cdn, FieldWords("CDN region", "CDN加速区域",
            help: ("The CDN acceleration region in front of the site.", "网站所用CDN的加速区域。"),
            docs: "limitations/alibaba-cloud-cdn/#acceleration-region", topic: ("CDN acceleration regions", "CDN加速区域"))),
    ]

    static let domain: [FieldBinding<Domain>] = [
        .requiredText("name", \.name, as: .domainName, FieldWords("Domain", "域名",
            help: ("The domain, e.g. example.com.", "域名，例如 example.com。"),
            docs: "domains/tlds-and-registrars/#tld-approved", topic: ("approved domain suffixes", "工信部批准的域名后缀"))),
        .flag("registrar_approved", \.registrarApproved, FieldWords("Registrar approved by MIIT", "注册商经工信部批准",
            help: ("The registrar is on MIIT's approved list.", "域名注册商在工信部批准的名单之列。"),
            docs: "domains/tlds-and-registrars/#registrar-approved", topic: ("approved registrars", "工信部批准的域名注册商"))),
        .flag("real_name_verified", \.realNameVerified, FieldWords("Real-name verified", "域名实名认证",
            help: ("Real-name verification of the domain is complete.", "域名已完成实名认证。"),
            docs: "domains/real-name-verification/#real-name-verified", topic: ("real-name verification", "域名实名认证"))),
        .number("verified_days_ago", \.verifiedDaysAgo, FieldWords("Days since verification", "实名认证完成天数",
            help: ("Days since real-name verification finished.", "域名实名认证完成至今的天数。"),
            docs: "domains/real-name-verification/#real-name-sync", topic: ("waiting after verification", "实名认证后的等待时间"))),
        .text("holder", \.holder, FieldWords("Holder", "域名持有者",
            help: ("The domain holder's name; it must match the entity.", "域名持有者的名称；须与主办单位名称一致。"),
            docs: "domains/holder/#holder-matches-entity", topic: ("who must hold the domain", "域名应由谁持有"))),
        .number("days_to_expiry", \.daysToExpiry, as: .wholeNumber, FieldWords("Days until expiry", "域名到期天数",
            help: ("Days until the domain expires; negative if it has expired.", "距域名到期的天数；已过期则填负数。"),
            docs: "regions/#domain-validity", topic: ("how long a domain must stay valid", "域名有效期的要求"))),
        .flag("privacy_protection", \.privacyProtection, FieldWords("Privacy protection on", "隐私保护",
            help: ("Whether WHOIS privacy protection is switched on.", "是否开启了WHOIS隐私保护。"),
            docs: "regions/#domain-privacy", topic: ("privacy protection during filing", "备案期间的隐私保护"))),
    ]

    static let instance: [FieldBinding<Instance>] = [
        .choice("provider", \.provider, FieldWords("Cloud provider", "接入服务商",
            help: ("The cloud provider the filing goes through.", "办理备案的接入商（云服务商）。"),
            docs: "instances/", topic: ("instances a filing can use", "可用于备案的实例"))),
        .choice("product", \.product, FieldWords("Product", "产品类型",
            help: ("The product the instance is.", "实例所属的产品类型。"),
            docs: "instances/supported-products/", topic: ("products that can be filed", "可备案的产品"))),
        .text("region", \.region, as: .region, FieldWords("Region id", "地域",
            help: ("A region id such as cn-hangzhou; the instance must be in the mainland.", "地域ID，例如 cn-hangzhou；实例须位于中国内地。"),
            docs: "instances/supported-products/#mainland-region", topic: ("mainland regions", "中国内地地域"))),
        .choice("billing", \.billing, FieldWords("Billing", "付费方式",
            help: ("How the instance is paid for.", "实例的付费方式。"),
            docs: "instances/supported-products/#subscription-billing", topic: ("billing methods that qualify", "符合条件的付费方式"))),
        .number("term_months", \.termMonths, FieldWords("Term (months)", "购买时长（月）",
            help: ("The subscription term bought.", "已购买的包年包月时长。"),
            docs: "instances/supported-products/#min-term", topic: ("the shortest term that qualifies", "符合条件的最短购买时长"))),
        .flag("public_ip", \.publicIp, FieldWords("Public IP", "公网IP",
            help: ("The instance has a public IP address or bandwidth.", "实例有公网IP地址或公网带宽。"),
            docs: "instances/supported-products/#public-ip", topic: ("why a public IP is needed", "为什么需要公网IP"))),
        .number("service_numbers_used", \.serviceNumbersUsed, FieldWords("Service numbers used", "已用备案服务号",
            help: ("Service identification numbers already used on this instance.", "该实例上已使用的备案服务号数量。"),
            docs: "instances/service-numbers/#service-number-quota", topic: ("service number quotas", "备案服务号配额"))),
    ]
}
