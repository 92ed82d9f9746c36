import FilingRules

/// What the build publishes for the checker besides `rulebook.json`, so that `icp serve --site public`
/// needs nothing but the built site: the rule data the pages were rendered from, and the checker's page
/// in the site's theme with a notice where the form goes.
package enum CheckerFiles {
    /// The checker's page; a copy of the site served by any web server shows its notice.
    package static let pagePath = "check/index.html"
    /// The folder beside the pages that holds the rule data files (`data/provinces.yaml`).
    package static let dataFolder = "data/"
    /// The markers around the notice, which `icp serve` replaces with the form or the report.
    package static let startMarker = "<!-- icp:checker -->"
    package static let endMarker = "<!-- /icp:checker -->"
    /// The checker page's title as built; the server puts the report's title in its place.
    package static let title = "Check a draft filing"
    /// The title of the Chinese edition's checker page.
    package static let titleZh = "检查备案草稿"

    /// Every file this type publishes, relative to the site root.
    static var paths: [String] { [pagePath] + Rulebook.fileNames.map { dataFolder + $0 } }

    /// The checker's page of an edition, in its folder: `zh-CN/check/index.html`.
    package static func pagePath(edition prefix: String) -> String { prefix + pagePath }

    /// The Chinese edition's checker page, in its theme and navigation, with a notice in Chinese.
    static func chinesePage(_ model: SiteModel) -> OutputFile {
        let notice = """
            \(startMarker)
            <aside class="callout callout-warning" role="note" aria-label="注意"><p>这份手册是静态网站，本页无法检查草稿：表单需要 \
            <code>icp serve</code> 在后台运行。请阅读<a href="../checker/index.html#start-server">如何在自己的电脑上运行检查工具</a>，\
            或使用 <code>icp check --lang zh-CN draft.yaml</code>。</p></aside>
            \(endMarker)

            """
        let page = ThemedPageRenderer(model: model).render(
            url: model.prefix + "check/", title: titleZh,
            description: "填写备案草稿，按手册的每条规则检查，并可下载YAML格式的草稿或JSON格式的报告。",
            body: notice, section: model.prefix + "checker/")
        return OutputFile(pagePath(edition: model.prefix), .text(page))
    }

    /// The checker's page and the data files, from a site whose rulebook loaded.
    static func files(_ model: SiteModel) -> [OutputFile] {
        let notice = """
            \(startMarker)
            <aside class="callout callout-warning" role="note" aria-label="Warning"><p>This copy of the handbook is a static site, so this \
            page cannot check a draft: the form needs <code>icp serve</code> behind it. Read <a href="../checker/index.html#start-server">how \
            to run the checker</a> on your own machine, or use <code>icp check draft.yaml</code>.</p></aside>
            \(endMarker)

            """
        let page = ThemedPageRenderer(model: model).render(
            url: "check/", title: title,
            description: "Fill in the draft, check it against every rule of the handbook, and download it as YAML or the report as JSON.",
            body: notice, section: "checker/")
        let data = Rulebook.fileNames.compactMap { name in model.content.data.texts[name].map { OutputFile(dataFolder + name, .text($0)) } }
        return [OutputFile(pagePath, .text(page))] + data
    }
}
