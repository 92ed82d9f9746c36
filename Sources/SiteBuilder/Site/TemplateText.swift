import Mustache

/// A text value handed to templates. swift-mustache writes a plain `String` through `String(describing:)`
/// after asking whether it is a lambda or an optional, four runtime type checks per `{{name}}`; a type that
/// renders itself is written after one. Templates see no difference: transforms such as
/// `{{uppercased(page.title)}}` work on the text.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    /// Sections show for any text, as they do for a `String`; absent values are left out of the data.
    var isNull: Bool { false }

    func transform(_ name: String) -> Any? { text.transform(name) }
}
