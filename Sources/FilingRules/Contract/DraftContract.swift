/// The draft contract, once: every field of every object with its type, allowed values, words,
/// help and the entity types it applies to. The decoder, the form, the draft-fields page, the YAML
/// export and the report's field labels all derive from this table; adding a field is one entry here.
public enum DraftContract {
    /// Every field, grouped by object in draft order.
    public static let fields: [DraftField] =
        account.map(\.field) + entity.map(\.field) + website.map(\.field) + domain.map(\.field) + instance.map(\.field)

    /// The field `key` of `object`, if the contract has one.
    public static func field(_ object: DraftField.Object, _ key: String) -> DraftField? {
        fields.first { $0.object == object && $0.key == key }
    }

    /// The most websites, and domains per website, the form offers.
    public static let maxWebsites = 10
    public static let maxDomains = 10

    static let account: [FieldBinding<Account>] = [
        .number("filed_entities", \.filedEntities, FieldWords(
            "Entities already filed from this account", "账号下已备案主体数",
            help: "Other entities already filed from the same cloud account.",
            docs: "limitations/entity/#one-per-account", topic: "one entity per cloud account")),
    ]

    static let entity: [FieldBinding<Entity>] = [
        .choice("type", \.type, FieldWords(
            "Entity type", "主体性质", help: "An organization or an individual person.",
            docs: "basics/who-must-file/", topic: "who files: organizations and individuals")),
        .requiredText("name", \.name, FieldWords(
            "Name", "主办单位名称/姓名", help: "The organization's registered name, or the person's name.",
            docs: "domains/holder/#holder-matches-entity", topic: "why the domain holder must match this name")),
        .province("province", \.province, FieldWords(
            "Filing province", "备案省份", help: "The province the filing is made in.",
            docs: "regions/", topic: "the rules of each province")),
        .province("document_province", \.documentProvince, FieldWords(
            "Certificate or ID card province", "证件所在省份",
            help: "Where the business licence is registered, or the province of the ID card.",
            docs: "regions/#organization-cross-province", topic: "filing outside the province of the certificate")),
        .province("residence_permit_province", \.residencePermitProvince, FieldWords(
            "Residence permit province", "居住证所在省份", help: "The province of a residence permit held.",
            docs: "regions/#individual-non-local", topic: "individuals filing away from home"), for: [.individual]),
        .choice("local_proof", \.localProof, FieldWords(
            "Local proof", "本地证明材料",
            help: "When filing away from the ID card's province: what proves residence, study or work there.",
            docs: "regions/#individual-non-local", topic: "proof for individuals filing away from home"), for: [.individual]),
        .number("age", \.age, FieldWords(
            "Age", "年龄", help: "The person's age, or the entity leader's age.",
            docs: "regions/#min-age", topic: "age limits by province")),
        .flag("leader_is_legal_representative", \.leaderIsLegalRepresentative, FieldWords(
            "Leader is the legal representative", "主体负责人为法定代表人",
            help: "The entity leader is also the legal representative.",
            docs: "regions/#leader-legal-representative", topic: "who may be the entity leader"), for: [.organization]),
        .flag("leader_authorization_letter", \.leaderAuthorizationLetter, FieldWords(
            "Leader holds an authorization letter", "法人授权书",
            help: "When the entity leader is not the legal representative: the legal representative's letter of authorization is ready.",
            docs: "regions/#leader-legal-representative", topic: "the authorization letter of the legal representative"), for: [.organization]),
        .flag("site_leader_same_as_leader", \.siteLeaderSameAsLeader, FieldWords(
            "Leader is also each website's responsible person", "网站负责人与主体负责人相同",
            help: "The entity leader (主体负责人) and the website responsible person (网站负责人) are the same person.",
            docs: "regions/#leader-legal-representative", topic: "the website responsible person"), for: [.organization]),
        .choice("id_document", \.idDocument, FieldWords(
            "Identity document", "证件类型", help: "The person's, or the entity leader's, identity document.",
            docs: "regions/#foreign-leader", topic: "identity documents provinces accept")),
        .flag("address_in_document_city", \.addressInDocumentCity, FieldWords(
            "Address in the certificate's city", "通信地址与证件地址同城",
            help: "The mailing address is in the city the business licence names.",
            docs: "regions/#address-same-city", topic: "where the mailing address must be"), for: [.organization]),
        .flag("state_level", \.stateLevel, FieldWords(
            "State-level unit", "国家级单位", help: "An organization proven to be a state-level unit may use some reserved words.",
            docs: "naming/#state-prefix", topic: "words reserved for state-level units"), for: [.organization]),
        .flag("public_institution", \.publicInstitution, FieldWords(
            "Government body or public institution", "事业单位", help: "Some provinces require special domain suffixes for these.",
            docs: "regions/#public-institution-tld", topic: "domain suffixes for public institutions"), for: [.organization]),
        .flag("government_body", \.governmentBody, FieldWords(
            "Party or government body", "党政机关", help: "Party and government bodies file domains with government suffixes.",
            docs: "regions/#government-tld", topic: "domain suffixes for government bodies"), for: [.organization]),
        .flag("construction_plan", \.constructionPlan, FieldWords(
            "Website construction plan ready", "网站建设方案书",
            help: "A website construction plan, which some provinces ask for from a number of websites.",
            docs: "regions/#construction-plan", topic: "when a construction plan is needed")),
        .flag("shell_entity", \.shellEntity, FieldWords(
            "Filed entity with no website left", "空壳主体",
            help: "A shell entity: filed, but every website's access has been cancelled.",
            docs: "regions/#shell-entity", topic: "shell entities")),
        .province("phone_province", \.phoneProvince, FieldWords(
            "Contact phone province", "手机号码归属地", help: "Where the main contact's mobile number is registered.",
            docs: "regions/#local-phone", topic: "where the contact phone must be registered")),
        .number("filed_websites", \.filedWebsites, FieldWords(
            "Websites already filed", "已备案网站数", help: "Websites this entity already has filed.",
            docs: "regions/#one-website-per-application", topic: "how many websites one application may add")),
    ]

    static let website: [FieldBinding<Website>] = [
        .requiredText("name", \.name, FieldWords(
            "Website name", "网站名称", help: "The name the website is filed under.",
            docs: "naming/", topic: "how to name a website")),
        .choices("content", \.content, FieldWords(
            "Content", "网站内容", help: "What the site is about; most categories need an approval first.",
            docs: "pre-approval/industries/#missing-document", topic: "which content needs an approval")),
        .choices("pre_approvals", \.preApprovals, FieldWords(
            "Approvals held", "前置审批", help: "Categories for which an approval document is already held.",
            docs: "pre-approval/industries/#missing-document", topic: "approval documents by industry")),
        .flag("commitment_letter", \.commitmentLetter, FieldWords(
            "Commitment letter ready", "承诺书", help: "A letter of commitment is ready where the authority said no approval is needed.",
            docs: "pre-approval/commitment-letters/#commitment-letter", topic: "commitment letters")),
        .choice("access", \.access, FieldWords(
            "Access", "访问方式", help: "Whether visitors use a domain or only an IP address.",
            docs: "limitations/ip-only-access/#ip-only", topic: "sites reached by IP address only")),
        .choice("cdn", \.cdn, FieldWords(
            "CDN region", "CDN加速区域", help: "The CDN acceleration region in front of the site.",
            docs: "limitations/alibaba-cloud-cdn/#acceleration-region", topic: "CDN acceleration regions")),
    ]

    static let domain: [FieldBinding<Domain>] = [
        .requiredText("name", \.name, as: .domainName, FieldWords(
            "Domain", "域名", help: "The domain, e.g. example.com.",
            docs: "domains/tlds-and-registrars/#tld-approved", topic: "approved domain suffixes")),
        .flag("registrar_approved", \.registrarApproved, FieldWords(
            "Registrar approved by MIIT", "注册商经工信部批准", help: "The registrar is on MIIT's approved list.",
            docs: "domains/tlds-and-registrars/#registrar-approved", topic: "approved registrars")),
        .flag("real_name_verified", \.realNameVerified, FieldWords(
            "Real-name verified", "域名实名认证", help: "Real-name verification of the domain is complete.",
            docs: "domains/real-name-verification/#real-name-verified", topic: "real-name verification")),
        .number("verified_days_ago", \.verifiedDaysAgo, FieldWords(
            "Days since verification", "实名认证完成天数", help: "Days since real-name verification finished.",
            docs: "domains/real-name-verification/#real-name-sync", topic: "waiting after verification")),
        .text("holder", \.holder, FieldWords(
            "Holder", "域名持有者", help: "The domain holder's name; it must match the entity.",
            docs: "domains/holder/#holder-matches-entity", topic: "who must hold the domain")),
        .number("days_to_expiry", \.daysToExpiry, as: .wholeNumber, FieldWords(
            "Days until expiry", "域名到期天数", help: "Days until the domain expires; negative if it has expired.",
            docs: "regions/#domain-validity", topic: "how long a domain must stay valid")),
        .flag("privacy_protection", \.privacyProtection, FieldWords(
            "Privacy protection on", "隐私保护", help: "Whether WHOIS privacy protection is switched on.",
            docs: "regions/#domain-privacy", topic: "privacy protection during filing")),
    ]

    static let instance: [FieldBinding<Instance>] = [
        .choice("provider", \.provider, FieldWords(
            "Cloud provider", "接入服务商", help: "The cloud provider the filing goes through.",
            docs: "instances/", topic: "instances a filing can use")),
        .choice("product", \.product, FieldWords(
            "Product", "产品类型", help: "The product the instance is.",
            docs: "instances/supported-products/", topic: "products that can be filed")),
        .text("region", \.region, as: .region, FieldWords(
            "Region id", "地域", help: "A region id such as cn-hangzhou; the instance must be in the mainland.",
            docs: "instances/supported-products/#mainland-region", topic: "mainland regions")),
        .choice("billing", \.billing, FieldWords(
            "Billing", "付费方式", help: "How the instance is paid for.",
            docs: "instances/supported-products/#subscription-billing", topic: "billing methods that qualify")),
        .number("term_months", \.termMonths, FieldWords(
            "Term (months)", "购买时长（月）", help: "The subscription term bought.",
            docs: "instances/supported-products/#min-term", topic: "the shortest term that qualifies")),
        .flag("public_ip", \.publicIp, FieldWords(
            "Public IP", "公网IP", help: "The instance has a public IP address or bandwidth.",
            docs: "instances/supported-products/#public-ip", topic: "why a public IP is needed")),
        .number("service_numbers_used", \.serviceNumbersUsed, FieldWords(
            "Service numbers used", "已用备案服务号", help: "Service identification numbers already used on this instance.",
            docs: "instances/service-numbers/#service-number-quota", topic: "service number quotas")),
    ]
}
