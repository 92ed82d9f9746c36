/// One of the 31 provincial-level divisions of mainland China, by slug.
///
/// The identity of a province (its slug, Chinese name and abbreviations) is fixed; what an
/// administration requires lives in `provinces.yaml`.
public enum ProvinceID: String, Codable, Sendable, CaseIterable, Comparable {
    case beijing, tianjin, hebei, shanxi, innerMongolia = "inner-mongolia", liaoning, jilin
    case heilongjiang, shanghai, jiangsu, zhejiang, anhui, fujian, jiangxi, shandong, henan
    case hubei, hunan, guangdong, guangxi, hainan, chongqing, sichuan, guizhou, yunnan, tibet
    case shaanxi, gansu, qinghai, ningxia, xinjiang

    /// The slug, e.g. `inner-mongolia`.
    public var slug: String { rawValue }

    /// Short Chinese name, e.g. 浙江.
    public var nameZh: String { Self.identities[self]!.nameZh }

    /// English name, e.g. Inner Mongolia.
    public var name: String { Self.identities[self]!.name }

    /// Orders by slug.
    public static func < (lhs: ProvinceID, rhs: ProvinceID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Finds a province by slug, English or Chinese name (with or without 省/市/自治区) or abbreviation.
    public init?(named text: String) {
        if let id = Self.lookup[text] {
            self = id
            return
        }
        guard let id = Self.lookup[Self.key(text)] else { return nil }
        self = id
    }

    /// Accepts any name `init(named:)` accepts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ProvinceID(named: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "unknown province `\(text)`")
        }
        self = id
    }

    /// Encodes the slug.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    struct Identity {
        let name: String
        let nameZh: String
        let fullNameZh: String
        let abbreviations: [String]
        let aliases: [String]
    }

    static let identities: [ProvinceID: Identity] = [
        .beijing: .init(name: "Beijing", nameZh: "北京", fullNameZh: "北京市", abbreviations: ["京"], aliases: ["peking"]),
        .tianjin: .init(name: "Tianjin", nameZh: "天津", fullNameZh: "天津市", abbreviations: ["津"], aliases: []),
        .hebei: .init(name: "Hebei", nameZh: "河北", fullNameZh: "河北省", abbreviations: ["冀"], aliases: []),
        .shanxi: .init(name: "Shanxi", nameZh: "山西", fullNameZh: "山西省", abbreviations: ["晋"], aliases: []),
        .innerMongolia: .init(name: "Inner Mongolia", nameZh: "内蒙古", fullNameZh: "内蒙古自治区", abbreviations: ["蒙"], aliases: ["neimenggu", "nei-mongol", "nei-menggu"]),
        .liaoning: .init(name: "Liaoning", nameZh: "辽宁", fullNameZh: "辽宁省", abbreviations: ["辽"], aliases: []),
        .jilin: .init(name: "Jilin", nameZh: "吉林", fullNameZh: "吉林省", abbreviations: ["吉"], aliases: []),
        .heilongjiang: .init(name: "Heilongjiang", nameZh: "黑龙江", fullNameZh: "黑龙江省", abbreviations: ["黑"], aliases: []),
        .shanghai: .init(name: "Shanghai", nameZh: "上海", fullNameZh: "上海市", abbreviations: ["沪", "申"], aliases: []),
        .jiangsu: .init(name: "Jiangsu", nameZh: "江苏", fullNameZh: "江苏省", abbreviations: ["苏"], aliases: []),
        .zhejiang: .init(name: "Zhejiang", nameZh: "浙江", fullNameZh: "浙江省", abbreviations: ["浙"], aliases: []),
        .anhui: .init(name: "Anhui", nameZh: "安徽", fullNameZh: "安徽省", abbreviations: ["皖"], aliases: []),
        .fujian: .init(name: "Fujian", nameZh: "福建", fullNameZh: "福建省", abbreviations: ["闽"], aliases: []),
        .jiangxi: .init(name: "Jiangxi", nameZh: "江西", fullNameZh: "江西省", abbreviations: ["赣"], aliases: []),
        .shandong: .init(name: "Shandong", nameZh: "山东", fullNameZh: "山东省", abbreviations: ["鲁"], aliases: []),
        .henan: .init(name: "Henan", nameZh: "河南", fullNameZh: "河南省", abbreviations: ["豫"], aliases: []),
        .hubei: .init(name: "Hubei", nameZh: "湖北", fullNameZh: "湖北省", abbreviations: ["鄂"], aliases: []),
        .hunan: .init(name: "Hunan", nameZh: "湖南", fullNameZh: "湖南省", abbreviations: ["湘"], aliases: []),
        .guangdong: .init(name: "Guangdong", nameZh: "广东", fullNameZh: "广东省", abbreviations: ["粤"], aliases: []),
        .guangxi: .init(name: "Guangxi", nameZh: "广西", fullNameZh: "广西壮族自治区", abbreviations: ["桂"], aliases: []),
        .hainan: .init(name: "Hainan", nameZh: "海南", fullNameZh: "海南省", abbreviations: ["琼"], aliases: []),
        .chongqing: .init(name: "Chongqing", nameZh: "重庆", fullNameZh: "重庆市", abbreviations: ["渝"], aliases: []),
        .sichuan: .init(name: "Sichuan", nameZh: "四川", fullNameZh: "四川省", abbreviations: ["川", "蜀"], aliases: []),
        .guizhou: .init(name: "Guizhou", nameZh: "贵州", fullNameZh: "贵州省", abbreviations: ["黔", "贵"], aliases: []),
        .yunnan: .init(name: "Yunnan", nameZh: "云南", fullNameZh: "云南省", abbreviations: ["滇", "云"], aliases: []),
        .tibet: .init(name: "Tibet", nameZh: "西藏", fullNameZh: "西藏自治区", abbreviations: ["藏"], aliases: ["xizang"]),
        .shaanxi: .init(name: "Shaanxi", nameZh: "陕西", fullNameZh: "陕西省", abbreviations: ["陕", "秦"], aliases: []),
        .gansu: .init(name: "Gansu", nameZh: "甘肃", fullNameZh: "甘肃省", abbreviations: ["甘", "陇"], aliases: []),
        .qinghai: .init(name: "Qinghai", nameZh: "青海", fullNameZh: "青海省", abbreviations: ["青"], aliases: []),
        .ningxia: .init(name: "Ningxia", nameZh: "宁夏", fullNameZh: "宁夏回族自治区", abbreviations: ["宁"], aliases: []),
        .xinjiang: .init(name: "Xinjiang", nameZh: "新疆", fullNameZh: "新疆维吾尔自治区", abbreviations: ["新"], aliases: []),
    ]

    /// Suffixes a Chinese province name may carry.
    static let suffixes = ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"]

    /// Lower-cases ASCII, trims, and writes spaces and underscores as `-`.
    static func key(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "_" || scalar == "-" || scalar == "\u{3000}" || scalar == "\t" {
                pendingDash = !out.isEmpty
                continue
            }
            if pendingDash { out.unicodeScalars.append("-"); pendingDash = false }
            if scalar.value >= 65, scalar.value <= 90 {
                out.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let lookup: [String: ProvinceID] = {
        var table: [String: ProvinceID] = [:]
        for id in ProvinceID.allCases {
            let identity = identities[id]!
            var names = [id.rawValue, identity.name, identity.nameZh, identity.fullNameZh]
            names += identity.abbreviations + identity.aliases
            names += suffixes.map { identity.nameZh + $0 }
            for name in names { table[key(name)] = id }
        }
        return table
    }()
}
