import Foundation
import Mustache

/// The theme's Mustache templates, parsed once; partials are named by their path (`partials/header`).
public struct TemplateSet: Sendable {
    /// Templates every theme must provide.
    static let required = ["page", "section", "home", "404"]

    let library: MustacheLibrary
    /// The templates the compiled renderer handles, by name; the others render through the library.
    private let compiled: [String: CompiledTemplate]
    private(set) var problems: [Diagnostic] = []

    /// The library's templates named `names`, each compiled where the compiled renderer can.
    private init(library: MustacheLibrary, names: Set<String>, problems: [Diagnostic]) {
        self.library = library
        self.problems = problems
        var compiled: [String: CompiledTemplate] = [:]
        for name in names { compiled[name] = CompiledTemplate(named: name, library: library) }
        self.compiled = compiled
    }

    /// A line put before every template so that `{{variables}}` are escaped by `escapeHTML`, byte by byte.
    /// swift-mustache's own HTML escaper looks each Character up in a dictionary, which was a quarter of the
    /// time spent in templates. The same five characters are escaped the same way. The line is a standalone
    /// tag, so it leaves no trace in the output; template line numbers are one less than the parser's.
    private static let escaperPragma: String = {
        MustacheContentTypes.register(ByteHTMLContentType(), named: ByteHTMLContentType.name)
        return "{{% CONTENT_TYPE: \(ByteHTMLContentType.name) }}\n"
    }()

    /// Loads every `*.mustache` file below the folder, read through `files`.
    static func load(from dir: URL, files: FileIO = .disk) -> TemplateSet {
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        var names: Set<String> = []
        let listing = SourceListing(dir, label: "theme/templates", files: files)
        problems += listing.problems
        for path in listing.files where path.hasSuffix(".mustache") {
            let file = "theme/templates/" + path
            guard let text = files.text(dir.appendingPathComponent(path).path) else {
                problems.append(Diagnostic(file: file, message: "cannot read the template as UTF-8 text"))
                continue
            }
            do {
                let name = String(path.dropLast(".mustache".count))
                library.register(try MustacheTemplate(string: Self.escaperPragma + text), named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(Diagnostic(
                    file: file, line: error.context.lineNumber - 1, column: error.context.columnNumber,
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
        return TemplateSet(library: library, names: names, problems: problems)
    }

    /// Whether the theme has a template of that name.
    func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// Renders a named template with a context of dictionaries, arrays and strings: compiled where it can be,
    /// through swift-mustache otherwise (the same text either way).
    func render(_ name: String, _ context: [String: Any]) -> String {
        if let text = compiled[name]?.render(context) { return text }
        return library.render(context, withTemplate: name) ?? ""
    }
}

/// HTML escaping through `escapeHTML`, registered with swift-mustache as a content type.
struct ByteHTMLContentType: MustacheContentType {
    static let name = "HTML_BYTES"

    func escapeText(_ text: String) -> String { escapeHTML(text) }
}
