import Foundation
import Mustache

/// The theme's Mustache templates, parsed once; partials are named by their path (`partials/header`).
public struct TemplateSet: Sendable {
    /// Templates every theme must provide.
    static let required = ["page", "section", "home", "404"]

    let library: MustacheLibrary
    private(set) var problems: [Diagnostic] = []

    /// Loads every `*.mustache` file below the folder.
    static func load(from dir: URL) -> TemplateSet {
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        var names: Set<String> = []
        for path in listFiles(under: dir) where path.hasSuffix(".mustache") {
            let file = "theme/templates/" + path
            guard let bytes = FileManager.default.contents(atPath: dir.appendingPathComponent(path).path),
                  let text = String(data: bytes, encoding: .utf8) else {
                problems.append(Diagnostic(file: file, message: "cannot read the template as UTF-8 text"))
                continue
            }
            do {
                let name = String(path.dropLast(".mustache".count))
                library.register(try MustacheTemplate(string: text), named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(Diagnostic(
                    file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                    message: "template syntax: \(error.error)",
                    help: "check that every {{#section}} has its {{/section}} and tags are closed"))
            } catch {
                problems.append(Diagnostic(file: file, message: "template syntax: \(error)"))
            }
        }
        for name in required where !names.contains(name) {
            problems.append(Diagnostic(
                file: "theme/templates/\(name).mustache", message: "the theme has no `\(name)` template",
                help: "add theme/templates/\(name).mustache"))
        }
        return TemplateSet(library: library, problems: problems)
    }

    /// Whether the theme has a template of that name.
    func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// Renders a named template with a context of dictionaries, arrays and strings.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
