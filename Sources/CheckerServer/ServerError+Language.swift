import FilingRules
import Hummingbird

extension ServerError {
    /// The language of the answer: the edition the path is in, or what an API client prefers.
    static func language(of request: Request) -> Language {
        let path = request.uri.path
        if path.hasPrefix("/" + Language.chinese.rawValue + "/") { return .chinese }
        guard path.hasPrefix("/api/") else { return .english }
        return Language(acceptLanguage: request.headers[.acceptLanguage] ?? "")
    }

    /// The Chinese words of the refusals a person filling in the checker may meet; nil for the rest,
    /// which stay in English.
    var chinese: String? {
        switch self {
        case .invalidDraft(let error):
            let message = error.text(in: .chinese)
            return error.path.isEmpty ? message : "\(error.field.label(in: .chinese))：\(message)"
        case .noDraftInAddress: return "这个地址里没有草稿；请在 check/ 页面填写表单"
        case .unreadableAddress: return "这个地址里的草稿无法读取；可能是复制时被截断了"
        case .addressTooLong(let length):
            return "草稿太长，无法保存在报告地址中：需要\(length)个字符，上限为\(DraftAddress.maxLength)个。请精简草稿，或下载后用 icp check 检查。"
        case .tooManyFormFields(let limit): return "表单的字段超过\(limit)个"
        case .tooLarge(let limit): return "请求内容超过\(limit)字节"
        case .unsupportedMediaType(let expected): return "请以 \(expected) 格式发送请求内容"
        case .crossSite: return "只能从本站的页面提交表单"
        default: return nil
        }
    }
}
