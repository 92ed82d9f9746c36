// Feeds arbitrary bytes to the generator's Markdown path (libcmark, the tree transforms, generator blocks,
// safe mode) as a page body. Any crash, hang or broken invariant below is a bug: whatever an author or an
// attacker writes, the HTML carries no element outside the generator's own, no event handler attribute,
// and no javascript:, vbscript: or data: URL.
import Foundation
import SiteBuilder

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// A content folder with one example file for `include` blocks to find.
let contentFolder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icp-fuzz-markdown-\(getpid())/content")
    try? FileManager.default.createDirectory(at: folder.appendingPathComponent("examples"), withIntermediateDirectories: true)
    try? Data("name: <script>alert(1)</script>\n".utf8).write(to: folder.appendingPathComponent("examples/a.yaml"))
    return folder
}()

/// Elements the generator and libcmark write; anything else came from the input.
let allowedElements: Set<String> = [
    "p", "a", "em", "strong", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
    "hr", "br", "img", "aside", "figure", "figcaption", "div", "table", "thead", "tbody", "tr", "th", "td", "span",
]

/// The URL schemes that must never appear in an attribute, read as a browser would.
func isScriptURL(_ value: Substring) -> Bool {
    var scheme = ""
    for character in value.unicodeScalars {
        if character == "\t" || character == "\n" || character == "\r" { continue }
        if scheme.isEmpty && character.value <= 0x20 { continue }
        if character == ":" { return ["javascript", "vbscript", "data"].contains(scheme.lowercased()) }
        scheme.unicodeScalars.append(character)
        if scheme.count > 10 { return false }
    }
    return false
}

/// Whether a tag's text, outside its quoted values, has an attribute named `on...`.
func hasEventHandler(_ tag: String) -> Bool {
    var quoted = false
    var afterSpace = false
    var name: [UInt8] = []
    for byte in tag.utf8 {
        if byte == UInt8(ascii: "\"") { quoted.toggle(); name = []; continue }
        if quoted { continue }
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "/") {
            afterSpace = true
            continue
        }
        if byte == UInt8(ascii: "=") {
            if name.starts(with: Array("on".utf8)) { return true }
            name = []
            continue
        }
        if afterSpace { name = []; afterSpace = false }
        name.append(byte)
    }
    return false
}

/// Checks every tag of the output: its name is allowed, it has no `on...=` attribute, and no URL attribute
/// holds a script URL. Attribute values never contain `>` or `"`: the generator and libcmark escape them.
func checkTags(_ html: String) {
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
        rest = rest[rest.index(after: open)...]
        if rest.hasPrefix("!-- raw HTML omitted -->") { continue }
        guard let close = rest.firstIndex(of: ">") else { preconditionFailure("unclosed tag in \(html)") }
        let tag = rest[..<close]
        rest = rest[rest.index(after: close)...]
        let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        precondition(allowedElements.contains(name), "element <\(tag)> in \(html)")
        let lowered = tag.lowercased()
        precondition(!hasEventHandler(lowered), "event handler in <\(tag)>")
        for attribute in ["href=\"", "src=\""] {
            var search = lowered[...]
            while let found = search.range(of: attribute) {
                let value = search[found.upperBound...].prefix { $0 != "\"" }
                precondition(!isScriptURL(value), "script URL in <\(tag)>")
                search = search[found.upperBound...]
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let markdown = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (html, _) = MarkdownSnippet.render(markdown, contentFolder: contentFolder)
    precondition(html.range(of: "<script", options: .caseInsensitive) == nil, "<script> in \(html)")
    checkTags(html)
    let again = MarkdownSnippet.render(markdown, contentFolder: contentFolder).html
    precondition(again == html, "the HTML is not deterministic")
    return 0
}

_ = contentFolder
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
