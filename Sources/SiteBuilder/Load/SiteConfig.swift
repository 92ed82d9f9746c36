import Foundation
import Yams

/// Settings from the optional `site.yaml`: title, base URL, language and top-level navigation order.
public struct SiteConfig: Sendable {
    public var title = "Site"
    /// Absolute URL the site is published at; used only for `sitemap.xml` and canonical links.
    public var baseURL: String?
    public var language = "en"
    /// Top-level section folders in the order navigation shows them; others follow by weight.
    public var navOrder: [String] = []
    /// Languages of translated editions (`zh-CN`), each built under its own folder from `NAME.LANG.md` files.
    public var translations: [String] = []

    public init() {}

    static func load(root: URL, files: FileIO = .disk) -> Result<SiteConfig, Diagnostic> {
        var config = SiteConfig()
        let file = "site.yaml"
        guard let bytes = files.contents(root.appendingPathComponent(file).path) else {
            return .success(config)
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            return .failure(Diagnostic(file: file, message: "site.yaml is not UTF-8 text"))
        }
        let node: Node?
        switch composeYAML(text, file: file) {
        case .success(let n): node = n
        case .failure(let d): return .failure(d)
        }
        guard let node else { return .success(config) }
        let value = YAMLValue(node)
        if let title = value["title"]?.text, !title.isEmpty { config.title = title }
        if let base = value["base_url"]?.text, !base.isEmpty { config.baseURL = base }
        if let language = value["language"]?.text, !language.isEmpty { config.language = language }
        if case .list(let items)? = value["nav"] { config.navOrder = items.map(\.text) }
        if case .list(let items)? = value["translations"] {
            for code in items.map(\.text) {
                guard Self.isLanguageCode(code), code != config.language else {
                    return .failure(Diagnostic(file: file, message: "`\(code)` is not a language code for a translation", help: "write a code such as zh-CN, other than `language`"))
                }
                config.translations.append(code)
            }
        }
        return .success(config)
    }

    /// Letters, digits and dashes, such as `zh-CN`: a code that is safe as a folder and file suffix.
    static func isLanguageCode(_ code: String) -> Bool {
        (2...12).contains(code.count) && code.first?.isLetter == true
            && code.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }
    }
}
