/// The words a person sees for each enumeration value: a label and the provider's Chinese term.
extension EntityType {
    public var label: String { self == .organization ? "Organization" : "Individual" }
    public var chinese: String { self == .organization ? "单位" : "个人" }
}

extension LocalProof {
    public var label: String {
        switch self {
        case .none: "None"
        case .residencePermit: "Residence permit"
        case .studentCard: "Student card"
        case .employment: "Proof of employment"
        }
    }

    public var chinese: String {
        switch self {
        case .none: "无"
        case .residencePermit: "居住证"
        case .studentCard: "学生证"
        case .employment: "工作证明"
        }
    }
}

extension IDDocument {
    public var label: String {
        switch self {
        case .mainlandID: "Mainland resident ID card"
        case .hkMacaoPermit: "Hong Kong or Macao travel permit"
        case .taiwanPermit: "Taiwan travel permit"
        case .foreignPassport: "Foreign passport"
        }
    }

    public var chinese: String {
        switch self {
        case .mainlandID: "居民身份证"
        case .hkMacaoPermit: "港澳居民来往内地通行证"
        case .taiwanPermit: "台湾居民来往大陆通行证"
        case .foreignPassport: "护照"
        }
    }
}

extension ContentCategory {
    public var label: String {
        switch self {
        case .general: "General"
        case .news: "News"
        case .publishing: "Publishing"
        case .education: "Education"
        case .medical: "Medical care"
        case .drugs: "Drugs and medical devices"
        case .culture: "Online culture"
        case .broadcasting: "Radio, film and TV"
        case .forum: "Forum or comments"
        case .rideHailing: "Ride hailing"
        case .finance: "Finance"
        case .games: "Online games"
        case .religion: "Religion"
        case .eCommerce: "Online shop"
        }
    }

    public var chinese: String {
        switch self {
        case .general: "综合"
        case .news: "新闻"
        case .publishing: "出版"
        case .education: "教育"
        case .medical: "医疗保健"
        case .drugs: "药品和医疗器械"
        case .culture: "网络文化"
        case .broadcasting: "广播电影电视节目"
        case .forum: "论坛社区"
        case .rideHailing: "网络预约车"
        case .finance: "金融"
        case .games: "网络游戏"
        case .religion: "宗教"
        case .eCommerce: "电子商务"
        }
    }
}

extension Access {
    public var label: String { self == .domain ? "By domain" : "By IP address only" }
    public var chinese: String { self == .domain ? "域名访问" : "仅IP访问" }
}

extension CDNRegion {
    public var label: String {
        switch self {
        case .none: "No CDN"
        case .mainland: "Mainland China only"
        case .global: "Global"
        case .globalExcludingMainland: "Global, excluding mainland China"
        }
    }

    public var chinese: String {
        switch self {
        case .none: "不使用CDN"
        case .mainland: "仅中国内地"
        case .global: "全球"
        case .globalExcludingMainland: "全球（不含中国内地）"
        }
    }
}

extension Provider {
    public var label: String { "Alibaba Cloud" }
    public var chinese: String { "阿里云" }
}

extension Product {
    public var label: String {
        switch self {
        case .ecs: "Elastic Compute Service (ECS)"
        case .simpleApplicationServer: "Simple Application Server"
        case .marketplace: "Marketplace image or service"
        case .iotPlan: "IoT plan"
        case .virtualHost: "Virtual host"
        case .other: "Other product"
        }
    }

    public var chinese: String {
        switch self {
        case .ecs: "云服务器ECS"
        case .simpleApplicationServer: "轻量应用服务器"
        case .marketplace: "云市场"
        case .iotPlan: "物联网套餐"
        case .virtualHost: "虚拟主机"
        case .other: "其他"
        }
    }
}

extension Billing {
    public var label: String { self == .subscription ? "Subscription" : "Pay as you go" }
    public var chinese: String { self == .subscription ? "包年包月" : "按量付费" }
}
