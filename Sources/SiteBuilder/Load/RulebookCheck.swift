import FilingRules
import Foundation

/// Loads the checker's rulebook from the site's data with the rules core (which rejects a catalog that
/// disagrees with the code), checks that every rule's docs anchor exists, and publishes `rulebook.json`.
struct RulebookCheck {
    let rulebook: Rulebook

    static let catalogFile = "content/data/rules.yaml"
    /// The published catalog, beside the pages.
    static let fileName = "rulebook.json"

    /// Nil with no problems when the site has no `rules.yaml` (a site without a checker).
    static func load(_ data: DataStore) -> (check: RulebookCheck?, problems: [Diagnostic]) {
        guard data.texts["rules.yaml"] != nil else { return (nil, []) }
        // A data file that does not parse is reported once, by the data store; the catalog built from it
        // would only repeat that problem in other words.
        if Rulebook.fileNames.contains(where: { data.broken.contains("content/data/" + $0) }) { return (nil, []) }
        let rulebook: Rulebook
        do {
            rulebook = try Rulebook.load(Rulebook.dataFiles(texts: data.texts))
        } catch {
            return (nil, error.diagnostics)
        }
        return (RulebookCheck(rulebook: rulebook), [])
    }

    /// The page and anchor each rule's `docs` names, for the build's anchor check.
    func docsReferences(index: SiteIndex) -> (references: [AnchorReference], problems: [Diagnostic]) {
        var references: [AnchorReference] = []
        var problems: [Diagnostic] = []
        for rule in rulebook.catalog {
            let line = rulebook.catalogLine(of: rule.id)
            switch index.resolve("/" + rule.docs, sourceDirectory: "", outputDirectory: "", currentFile: "index.html") {
            case let .site(_, targetFile, anchor?) where !anchor.isEmpty:
                references.append(AnchorReference(targetFile: targetFile, anchor: anchor, file: Self.catalogFile, line: line, column: 1))
            case .site:
                problems.append(Diagnostic(file: Self.catalogFile, line: line, message: "rule `\(rule.id)` has docs `\(rule.docs)` without an anchor",
                                           help: "point docs at the paragraph: PAGE/#ANCHOR"))
            case .external, .broken:
                problems.append(Diagnostic(file: Self.catalogFile, line: line, message: "rule `\(rule.id)` has docs `\(rule.docs)`, which is not a page of the site",
                                           help: "set docs to a page URL and anchor relative to the site root, e.g. naming/#all-digits"))
            }
        }
        return (references, problems)
    }

    /// The catalog as JSON for tools, with sorted keys so builds stay reproducible.
    func json() -> String {
        String(decoding: rulebook.publishedCatalogJSON(), as: UTF8.self) + "\n"
    }
}
