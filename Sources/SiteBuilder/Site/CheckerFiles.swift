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

    /// Every file this type publishes, relative to the site root.
    static var paths: [String] { [pagePath] + Rulebook.fileNames.map { dataFolder + $0 } }

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
