import ArgumentParser
import FilingRules
import Foundation
import SiteBuilder

/// `icp rules`: lists the rule catalog.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule the checker applies, with its severity and documentation anchor.")

    @Option(help: "Output format: text (a table) or json (the catalog).")
    var format: OutputFormat = .text

    @Option(help: "The handbook checkout holding content/data.")
    var root = "."

    func run() throws {
        let rulebook = try RulebookFiles.load(root: root, format: format)
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(rulebook.publishedCatalogJSON() + [0x0A]))
        case .text:
            let width = rulebook.catalog.map(\.id.count).max() ?? 0
            var out = ""
            for rule in rulebook.catalog {
                let severity = rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                let confidence = rule.confidence.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                out += "\(severity) \(confidence) \(id)  \(rule.title)\n"
                out += String(repeating: " ", count: 17 + width) + "docs: \(rule.docs)\n"
            }
            out += "\(rulebook.catalog.count) rules (rulebook \(rulebook.version), reviewed \(rulebook.reviewed))\n"
            print(out, terminator: "")
        }
    }
}
