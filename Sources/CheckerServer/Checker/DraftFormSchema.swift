import FilingRules

/// One field of the checker form, named after its place in the draft contract.
struct FormField: Sendable {
    /// How the value is entered and converted to JSON.
    enum Kind: Sendable {
        case text, integer, boolean, province
        case choice([String])
        case choices([String])
    }

    /// The key inside its object, e.g. `document_province`.
    let key: String
    let label: String
    let kind: Kind
    let help: String
    /// The page (relative to the site root) whose rule uses the field, e.g. `regions/#min-age`.
    let docs: String
    var required = false
}

/// The draft contract as form fields, grouped by the object they belong to.
enum DraftFormSchema {
    static let maxWebsites = 10
    static let maxDomains = 10

    static let account: [FormField] = [
        FormField(key: "filed_entities", label: "Entities already filed from this account", kind: .integer,
                  help: "Other entities already filed from the same cloud account.", docs: "limitations/entity/#one-per-account"),
    ]

    static let entity: [FormField] = [
        FormField(key: "type", label: "Entity type", kind: .choice(EntityType.acceptedValues),
                  help: "An organization or an individual person.", docs: "basics/who-must-file/", required: true),
        FormField(key: "name", label: "Name", kind: .text,
                  help: "The organization's registered name, or the person's name.", docs: "domains/holder/#holder-matches-entity", required: true),
        FormField(key: "province", label: "Filing province", kind: .province,
                  help: "The province the filing is made in.", docs: "regions/", required: true),
        FormField(key: "document_province", label: "Certificate or ID card province", kind: .province,
                  help: "Where the business licence is registered, or the province of the ID card.", docs: "regions/#organization-cross-province"),
        FormField(key: "residence_permit_province", label: "Residence permit province", kind: .province,
                  help: "Individuals: the province of a residence permit held.", docs: "regions/#individual-non-local"),
        FormField(key: "local_proof", label: "Local proof", kind: .choice(LocalProof.acceptedValues),
                  help: "Individuals filing away from their ID card's province: what proves residence or work there.", docs: "regions/#individual-non-local"),
        FormField(key: "age", label: "Age", kind: .integer,
                  help: "The person's age, or the organization leader's age.", docs: "regions/#min-age"),
        FormField(key: "leader_is_legal_representative", label: "Leader is the legal representative", kind: .boolean,
                  help: "Organizations: the entity leader is also the legal representative.", docs: "regions/#leader-legal-representative"),
        FormField(key: "leader_authorization_letter", label: "Leader holds an authorization letter", kind: .boolean,
                  help: "Organizations whose entity leader is not the legal representative: the legal representative's letter of authorization (授权书) is ready.", docs: "regions/#leader-legal-representative"),
        FormField(key: "site_leader_same_as_leader", label: "Leader is also each website's responsible person", kind: .boolean,
                  help: "Organizations: the entity leader (主体负责人) and the website responsible person (网站负责人) are the same person.", docs: "regions/#leader-legal-representative"),
        FormField(key: "id_document", label: "Identity document", kind: .choice(IDDocument.acceptedValues),
                  help: "The person's, or the entity leader's, identity document.", docs: "regions/#foreign-leader"),
        FormField(key: "address_in_document_city", label: "Address in the certificate's city", kind: .boolean,
                  help: "Organizations: the mailing address is in the city the business licence names.", docs: "regions/#address-same-city"),
        FormField(key: "state_level", label: "State-level unit", kind: .boolean,
                  help: "Organizations proven to be state-level units may use some reserved words.", docs: "naming/#state-prefix"),
        FormField(key: "public_institution", label: "Government body or public institution", kind: .boolean,
                  help: "Some provinces require special domain suffixes for these.", docs: "regions/#public-institution-tld"),
        FormField(key: "government_body", label: "Party or government body", kind: .boolean,
                  help: "Party and government bodies (党政机关) file domains with government suffixes.", docs: "regions/#government-tld"),
        FormField(key: "construction_plan", label: "Website construction plan ready", kind: .boolean,
                  help: "A website construction plan (网站建设方案书), which some provinces ask for from a number of websites.", docs: "regions/#construction-plan"),
        FormField(key: "shell_entity", label: "Filed entity with no website left", kind: .boolean,
                  help: "A shell entity (空壳主体): filed, but every website's access has been cancelled.", docs: "regions/#shell-entity"),
        FormField(key: "phone_province", label: "Contact phone province", kind: .province,
                  help: "Where the main contact's mobile number is registered.", docs: "regions/#local-phone"),
        FormField(key: "filed_websites", label: "Websites already filed", kind: .integer,
                  help: "Websites this entity already has filed.", docs: "regions/#one-website-per-application"),
    ]

    static let website: [FormField] = [
        FormField(key: "name", label: "Website name", kind: .text,
                  help: "The name the website is filed under.", docs: "naming/", required: true),
        FormField(key: "content", label: "Content", kind: .choices(ContentCategory.acceptedValues),
                  help: "What the site is about; most categories need an approval first.", docs: "pre-approval/industries/#missing-document"),
        FormField(key: "pre_approvals", label: "Approvals held", kind: .choices(ContentCategory.acceptedValues),
                  help: "Categories for which an approval document is already held.", docs: "pre-approval/industries/#missing-document"),
        FormField(key: "commitment_letter", label: "Commitment letter ready", kind: .boolean,
                  help: "A letter of commitment is ready where the authority said no approval is needed.", docs: "pre-approval/commitment-letters/#commitment-letter"),
        FormField(key: "access", label: "Access", kind: .choice(Access.acceptedValues),
                  help: "Whether visitors use a domain or only an IP address.", docs: "limitations/ip-only-access/#ip-only"),
        FormField(key: "cdn", label: "CDN region", kind: .choice(CDNRegion.acceptedValues),
                  help: "The CDN acceleration region in front of the site.", docs: "limitations/alibaba-cloud-cdn/#acceleration-region"),
    ]

    static let domain: [FormField] = [
        FormField(key: "name", label: "Domain", kind: .text,
                  help: "The domain, e.g. example.com.", docs: "domains/tlds-and-registrars/#tld-approved", required: true),
        FormField(key: "registrar_approved", label: "Registrar approved by MIIT", kind: .boolean,
                  help: "The registrar is on MIIT's approved list.", docs: "domains/tlds-and-registrars/#registrar-approved"),
        FormField(key: "real_name_verified", label: "Real-name verified", kind: .boolean,
                  help: "Real-name verification of the domain is complete.", docs: "domains/real-name-verification/#real-name-verified"),
        FormField(key: "verified_days_ago", label: "Days since verification", kind: .integer,
                  help: "Days since real-name verification finished.", docs: "domains/real-name-verification/#real-name-sync"),
        FormField(key: "holder", label: "Holder", kind: .text,
                  help: "The domain holder's name; it must match the entity.", docs: "domains/holder/#holder-matches-entity"),
        FormField(key: "days_to_expiry", label: "Days to expiry", kind: .integer,
                  help: "Days until the domain expires.", docs: "regions/#domain-validity"),
        FormField(key: "privacy_protection", label: "Privacy protection on", kind: .boolean,
                  help: "Whether WHOIS privacy protection is switched on.", docs: "regions/#domain-privacy"),
    ]

    static let instance: [FormField] = [
        FormField(key: "provider", label: "Cloud provider", kind: .choice(Provider.acceptedValues),
                  help: "The cloud provider the filing goes through.", docs: "instances/"),
        FormField(key: "product", label: "Product", kind: .choice(Product.acceptedValues),
                  help: "The product the instance is.", docs: "instances/supported-products/"),
        FormField(key: "region", label: "Region id", kind: .text,
                  help: "A region id such as cn-hangzhou; the instance must be in the mainland.", docs: "instances/supported-products/#mainland-region"),
        FormField(key: "billing", label: "Billing", kind: .choice(Billing.acceptedValues),
                  help: "How the instance is paid for.", docs: "instances/supported-products/#subscription-billing"),
        FormField(key: "term_months", label: "Term (months)", kind: .integer,
                  help: "The subscription term bought.", docs: "instances/supported-products/#min-term"),
        FormField(key: "public_ip", label: "Public IP", kind: .boolean,
                  help: "The instance has a public IP address or bandwidth.", docs: "instances/supported-products/#public-ip"),
        FormField(key: "service_numbers_used", label: "Service numbers used", kind: .integer,
                  help: "Service identification numbers already used on this instance.", docs: "instances/service-numbers/#service-number-quota"),
    ]
}
