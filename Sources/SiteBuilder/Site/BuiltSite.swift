import FilingRules

/// What a server needs of a loaded site besides its files: the theme for pages without Markdown and the
/// rulebook, taken from the site model a build already made, so nothing is read twice.
public struct BuiltSite: Sendable {
    /// Renders the checker's pages in the site's theme.
    public let pages: ThemedPageRenderer
    /// The rule data, or nil when it did not load.
    public let rulebook: Rulebook?
    /// Why the rulebook is missing, when it is.
    public let problems: [FilingRules.Diagnostic]
}

extension SiteModel {
    var built: BuiltSite {
        BuiltSite(pages: ThemedPageRenderer(model: self), rulebook: rulebook?.rulebook,
                  problems: rulebook == nil ? problems.filter { $0.file.hasPrefix("content/data/") } : [])
    }
}
