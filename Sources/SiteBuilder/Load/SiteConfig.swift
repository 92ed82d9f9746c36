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
        return .success(config)
    }
}
