/// One field of the draft contract, as the decoder, the form, the draft-fields page, the YAML export
/// and the report's field labels all see it. The table of them is `DraftContract.fields`.
public struct DraftField: Sendable {
    /// The object of the draft a field belongs to.
    public enum Object: String, Sendable, CaseIterable {
        case account, entity, website, domain, instance

        /// The object's name on the form and in field labels ("Website 1" for a numbered one).
        public var label: String {
            switch self {
            case .account: "Account"
            case .entity: "Entity"
            case .website: "Website"
            case .domain: "Domain"
            case .instance: "Instance"
            }
        }

        /// The term the provider's form uses for the object.
        public var chinese: String {
            switch self {
            case .account: "云账号"
            case .entity: "主体信息"
            case .website: "网站信息"
            case .domain: "域名"
            case .instance: "备案服务器"
            }
        }
    }

    /// What a value is and how it is written.
    public enum Kind: Sendable, Equatable {
        /// Free text.
        case text
        /// A domain name such as example.com.
        case domainName
        /// A region id such as cn-hangzhou.
        case region
        /// A province, by slug, Chinese name or abbreviation.
        case province
        /// A whole number, possibly negative.
        case wholeNumber
        /// A whole number of zero or more.
        case count
        /// Yes or no.
        case flag
        /// One of the options.
        case choice([DraftOption])
        /// Any number of the options.
        case choices([DraftOption])
    }

    /// The object the field belongs to.
    public let object: Object
    /// The key in drafts: `days_to_expiry`.
    public let key: String
    /// What a value is.
    public let kind: Kind
    /// The label on the form and in reports: "Days until expiry".
    public let label: String
    /// The term the provider's Chinese form uses: 域名到期天数.
    public let chinese: String
    /// One sentence on what to enter.
    public let help: String
    /// The help in Chinese, for the Chinese form: 距域名到期的天数；已过期则填负数。
    public let helpZh: String
    /// What `docs` explains, as the help link's text: "how long a domain must stay valid".
    public let docsTopic: String
    /// `docsTopic` in Chinese, for the Chinese form's help link: 域名有效期的要求.
    public let docsTopicZh: String
    /// The page and anchor that explain the field, relative to the site root.
    public let docs: String
    /// Whether a draft must give the field.
    public let required: Bool
    /// The entity types the field applies to; all of them when empty.
    public let appliesTo: [EntityType]

    /// Whether the field applies to drafts of `type`.
    public func applies(to type: EntityType) -> Bool { appliesTo.isEmpty || appliesTo.contains(type) }

    /// The field's place as the draft-fields page writes it: `entity.type`, `websites[].domains[].holder`.
    public var documentedPath: String {
        switch object {
        case .account, .entity, .instance: "\(object.rawValue).\(key)"
        case .website: "websites[].\(key)"
        case .domain: "websites[].domains[].\(key)"
        }
    }
}

/// One allowed value of an enumerated field, with the words the user sees.
public struct DraftOption: Sendable, Equatable {
    /// The value in drafts: `e_commerce`.
    public let value: String
    /// The label on the form and in reports: "Online shop".
    public let label: String
    /// The term the provider's form uses: 电子商务.
    public let chinese: String

    /// Every value of `type` in declaration order.
    public static func all<E: DraftEnum>(_ type: E.Type) -> [DraftOption] {
        E.allCases.map { DraftOption(value: $0.rawValue, label: $0.label, chinese: $0.chinese) }
    }
}
