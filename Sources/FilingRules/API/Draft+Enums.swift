/// An enumeration of the draft: lower-case ASCII values with `_`.
public protocol DraftEnum: RawRepresentable, CaseIterable, Sendable, Hashable
where RawValue == String {
    /// The value's name on the form and in reports.
    var label: String { get }
    /// The term the provider's Chinese form uses.
    var chinese: String { get }
}

extension DraftEnum {
    /// Every accepted value, in declaration order.
    public static var acceptedValues: [String] { allCases.map(\.rawValue) }
}

/// Who files.
public enum EntityType: String, DraftEnum { case organization, individual }

/// What proves a non-local individual lives, studies or works in the filing province.
public enum LocalProof: String, DraftEnum {
    case none
    case residencePermit = "residence_permit"
    case studentCard = "student_card"
    case employment
}

/// The identity document of an individual or of an organization's entity leader.
public enum IDDocument: String, DraftEnum {
    /// A mainland resident identity card (居民身份证).
    case mainlandID = "mainland_id"
    /// A mainland travel permit for Hong Kong and Macao residents (港澳居民来往内地通行证).
    case hkMacaoPermit = "hk_macao_permit"
    /// A mainland travel permit for Taiwan residents (台湾居民来往大陆通行证).
    case taiwanPermit = "taiwan_permit"
    /// A foreign passport (护照).
    case foreignPassport = "foreign_passport"
}

/// What a website is about; every category but `general` and `e_commerce` is a regulated industry.
public enum ContentCategory: String, DraftEnum {
    case general, news, publishing, education, medical, drugs, culture, broadcasting, forum
    case rideHailing = "ride_hailing"
    case finance, games, religion
    case eCommerce = "e_commerce"
}

/// How visitors reach a website.
public enum Access: String, DraftEnum {
    case domain
    case ipOnly = "ip_only"
}

/// The CDN acceleration region.
public enum CDNRegion: String, DraftEnum {
    case none, mainland, global
    case globalExcludingMainland = "global_excluding_mainland"
}

/// The cloud provider.
public enum Provider: String, DraftEnum { case alibaba }

/// The instance product.
public enum Product: String, DraftEnum {
    case ecs
    case simpleApplicationServer = "simple_application_server"
    case marketplace
    case iotPlan = "iot_plan"
    case virtualHost = "virtual_host"
    case other
}

/// How an instance is paid for.
public enum Billing: String, DraftEnum {
    case subscription
    case payAsYouGo = "pay_as_you_go"
}
