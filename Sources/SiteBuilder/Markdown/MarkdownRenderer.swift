import CCmark
import Foundation

/// A heading of a rendered page, for the table of contents and the search index.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var title: String
    public var anchor: String
}

/// A link to an anchor on another (or the same) page, checked once every page is rendered.
struct AnchorReference: Sendable {
    var targetFile: String
    var anchor: String
    var file: String
    var line: Int
    var column: Int
}

/// A page's Markdown turned into HTML, with what the rest of the build needs to know about it.
struct RenderedMarkdown: Sendable {
    var html = ""
    var headings: [Heading] = []
    var anchors: Set<String> = []
    var anchorReferences: [AnchorReference] = []
    var diagnostics: [Diagnostic] = []
    /// Files besides the page's own that its HTML was made from (data files, included files), root-relative.
    var dependencies: Set<String> = []
    /// A block failed because of a broken file, so some anchors the page should have are missing; links to
    /// them are not reported again.
    var anchorsIncomplete = false
}

/// HTML produced by a fenced block such as ```` ```table provinces ````, with the headings it adds.
struct BlockOutput {
    var html: String
    var headings: [Heading] = []
    /// Anchors on other pages the block links to, checked like Markdown links.
    var anchorReferences: [(file: String, anchor: String)] = []
}

/// Renders fenced blocks whose info string names a generator block (`table`, `province`, `rules`, `include`).
protocol BlockRendering: Sendable {
    /// The block kinds handled, by the first word of the info string.
    var kinds: Set<String> { get }
    /// Renders one block, or returns the problems with it (located by the caller).
    func render(kind: String, argument: String, body: String, page: Page, index: SiteIndex) -> Result<BlockOutput, BlockError>
    /// The files a block of this kind reads, so a live build knows which pages to redo when one changes.
    func dependencies(kind: String, argument: String) -> [String]
    /// The title of the rule with this id, so a link written with a rule's id reads as its title.
    func ruleTitle(_ id: String) -> String?
}

extension BlockRendering {
    func ruleTitle(_ id: String) -> String? { nil }
}

/// A problem in a fenced block: a message and what to do.
struct BlockError: Error {
    var message: String
    var help: String?
    /// Line within the block's body (0: the fence line).
    var bodyLine = 0
    /// The block failed only because a file it reads is broken, which is reported already.
    var isConsequence = false

    /// A failure that follows from a problem reported elsewhere.
    static let consequence = BlockError(message: "", isConsequence: true)
}

/// Transforms a page's libcmark tree (anchors, links, blocks, callouts) and renders it.
struct MarkdownRenderer: Sendable {
    let index: SiteIndex
    let blocks: BlockRendering
    /// The theme's words for callout labels and heading links, in the page's language.
    var strings = ThemeStrings()

    /// Callout markers, as written in every language, with their class, the key of their label and an inline
    /// SVG icon (no font has to hold a symbol).
    static let calloutKinds = [
        "Note": ("note", "callout_note", icon("<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M12 11v6M12 7.5v.5\"/>")),
        "Warning": ("warning", "callout_warning", icon("<path d=\"M12 3 2 21h20zM12 10v5M12 18v.5\"/>")),
        "Province": ("province", "callout_province", icon("<path d=\"M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z\"/><circle cx=\"12\" cy=\"9.5\" r=\"2.5\"/>")),
    ]

    private static func icon(_ paths: String) -> String {
        "<svg class=\"icon callout-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">\(paths)</svg>"
    }

    func render(_ page: Page) -> RenderedMarkdown {
        var result = RenderedMarkdown()
        guard let document = CmarkDocument(markdown: page.body) else {
            result.diagnostics.append(Diagnostic(file: page.diagnosticPath, message: "libcmark could not parse the page"))
            return result
        }
        var links: [CmarkNode] = []
        var headings: [CmarkNode] = []
        var codeBlocks: [CmarkNode] = []
        var quotes: [CmarkNode] = []
        /// Where each heading and block stands in the document, so the table of contents keeps that order.
        var position: [OpaquePointer: Int] = [:]
        document.root.forEachDescendant { node in
            switch node.type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: links.append(node)
            case CMARK_NODE_HEADING:
                position[node.pointer] = position.count
                headings.append(node)
            case CMARK_NODE_CODE_BLOCK:
                if blocks.kinds.contains(Self.firstWord(node.fenceInfo)) {
                    position[node.pointer] = position.count
                    codeBlocks.append(node)
                }
            case CMARK_NODE_BLOCK_QUOTE: quotes.append(node)
            default: break
            }
        }
        for link in links { rewrite(link, on: page, into: &result) }
        var anchors = AnchorAllocator()
        reserveFixedAnchors(headings, page: page, anchors: &anchors, result: &result)
        var placed: [(position: Int, headings: [Heading])] = []
        for heading in headings {
            let before = result.headings.count
            let at = position[heading.pointer] ?? 0
            renderHeading(heading, page: page, anchors: &anchors, into: &result)
            placed.append((at, Array(result.headings[before...])))
        }
        for block in codeBlocks {
            let before = result.headings.count
            let at = position[block.pointer] ?? 0
            renderBlock(block, page: page, anchors: &anchors, into: &result)
            placed.append((at, Array(result.headings[before...])))
        }
        result.headings = placed.sorted { $0.position < $1.position }.flatMap(\.headings)
        for quote in quotes { renderCallout(quote, page: page) }
        result.anchors = anchors.used
        result.html = document.root.html()
        return result
    }

    private static func firstWord(_ info: String) -> String {
        String(info.prefix { $0 != " " && $0 != "\t" })
    }

    private func location(of node: CmarkNode, page: Page, searching needle: String? = nil) -> (line: Int, column: Int) {
        let line = node.blockLine
        var column = node.startColumn
        if let needle, line > 0 {
            // Split only as far as the lines searched, not the whole body once per link.
            let lines = page.body.split(separator: "\n", maxSplits: line - 1 + 8, omittingEmptySubsequences: false)
            for offset in 0..<8 where line - 1 + offset < lines.count {
                if let range = lines[line - 1 + offset].range(of: needle) {
                    let col = lines[line - 1 + offset].distance(from: lines[line - 1 + offset].startIndex, to: range.lowerBound) + 1
                    return (line + offset + page.bodyLineOffset, col)
                }
            }
        }
        if column == 0 { column = 1 }
        return (line + page.bodyLineOffset, column)
    }

    private func rewrite(_ node: CmarkNode, on page: Page, into result: inout RenderedMarkdown) {
        let link = node.url
        switch index.resolve(link, from: page) {
        case .external:
            break
        case let .site(url, targetFile, anchor):
            node.url = url
            // A link whose text is a rule's id shows the rule's title, the id after it as secondary text.
            if let anchor, let text = node.firstChild, text.next == nil, text.type == CMARK_NODE_TEXT, text.literal == anchor,
               let title = blocks.ruleTitle(anchor) {
                text.literal = title
                node.insertInlineHTML(after: " <span class=\"rule-id\">(\(escapeHTML(anchor)))</span>")
            }
            if let anchor, !anchor.isEmpty {
                let (line, column) = location(of: node, page: page, searching: "(" + link)
                result.anchorReferences.append(AnchorReference(
                    targetFile: targetFile, anchor: anchor, file: page.diagnosticPath, line: line, column: column + 1))
            }
        case let .broken(message, help):
            // Not even a failed build's HTML may carry a script URL (libcmark's safe mode lets data: images pass).
            if forbiddenScheme(of: link) != nil { node.url = "" }
            let (line, column) = location(of: node, page: page, searching: "(" + link)
            result.diagnostics.append(Diagnostic(file: page.diagnosticPath, line: line, column: column + 1, message: message, help: help))
        }
    }

    /// Fixed `{#anchor}` ids are claimed before any automatic slug, so a slug never takes one.
    private func reserveFixedAnchors(_ headings: [CmarkNode], page: Page, anchors: inout AnchorAllocator, result: inout RenderedMarkdown) {
        for heading in headings {
            guard let fixed = Self.fixedAnchor(of: heading) else { continue }
            if !Self.isValidAnchor(fixed.anchor) {
                let (line, _) = location(of: heading, page: page)
                result.diagnostics.append(Diagnostic(
                    file: page.diagnosticPath, line: line, column: 1, message: "invalid anchor `{#\(fixed.anchor)}`",
                    help: "use letters, digits, `-`, `_`, `/` and `.`, with no spaces or quotes"))
            } else if !anchors.reserve(fixed.anchor) {
                let (line, _) = location(of: heading, page: page)
                result.diagnostics.append(Diagnostic(
                    file: page.diagnosticPath, line: line, column: 1, message: "the anchor `#\(fixed.anchor)` is used twice on this page",
                    help: "give one of the headings another `{#...}`"))
            }
        }
    }

    private func renderHeading(_ node: CmarkNode, page: Page, anchors: inout AnchorAllocator, into result: inout RenderedMarkdown) {
        let fixed = Self.fixedAnchor(of: node)
        if let fixed { fixed.text.literal = fixed.remainingText }
        let title = node.plainText
        let anchor = fixed?.anchor ?? anchors.unique(slugify(title))
        let level = node.headingLevel
        result.headings.append(Heading(level: level, title: title, anchor: anchor))
        let (open, close) = headingTags(level: level, anchor: anchor, linkLabel: label("heading_link", "Link to this section", page))
        node.replace(keepingChildrenBetween: open, and: close)
    }

    private func renderBlock(_ node: CmarkNode, page: Page, anchors: inout AnchorAllocator, into result: inout RenderedMarkdown) {
        let info = node.fenceInfo.trimmingCharacters(in: .whitespaces)
        let kind = Self.firstWord(info)
        let argument = String(info.dropFirst(kind.count)).trimmingCharacters(in: .whitespaces)
        // A block depends on its files whether it renders or fails, so a live build redoes it when they change.
        result.dependencies.formUnion(blocks.dependencies(kind: kind, argument: argument))
        switch blocks.render(kind: kind, argument: argument, body: node.literal, page: page, index: index) {
        case .success(let output):
            for heading in output.headings where !anchors.reserve(heading.anchor) {
                let (line, _) = location(of: node, page: page)
                result.diagnostics.append(Diagnostic(
                    file: page.diagnosticPath, line: line, column: 1,
                    message: "the ```\(kind)``` block makes the anchor `#\(heading.anchor)`, which this page already uses"))
            }
            result.headings += output.headings
            let (line, _) = location(of: node, page: page)
            for reference in output.anchorReferences {
                result.anchorReferences.append(AnchorReference(
                    targetFile: reference.file, anchor: reference.anchor, file: page.diagnosticPath, line: line, column: 1))
            }
            node.replace(withHTML: output.html)
        case .failure(let error) where error.isConsequence:
            result.anchorsIncomplete = true
            node.replace(withHTML: "")
        case .failure(let error):
            let (line, _) = location(of: node, page: page)
            result.diagnostics.append(Diagnostic(
                file: page.diagnosticPath, line: line + error.bodyLine, column: 1,
                message: "```\(kind)``` block: \(error.message)", help: error.help))
            node.replace(withHTML: "")
        }
    }

    /// A block quote starting `Note:`, `Warning:` or `Province:` becomes a labelled callout.
    private func renderCallout(_ quote: CmarkNode, page: Page) {
        guard let paragraph = quote.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH,
              let first = paragraph.firstChild, first.type == CMARK_NODE_TEXT else { return }
        let literal = first.literal
        guard let colon = literal.firstIndex(of: ":"),
              let (kind, key, icon) = Self.calloutKinds[String(literal[..<colon])] else { return }
        let label = escapeHTML(self.label(key, String(literal[..<colon]), page))
        first.literal = String(literal[literal.index(after: colon)...].drop { $0 == " " })
        quote.replace(keepingChildrenBetween: """
            <aside class="callout callout-\(kind)" role="note" aria-label="\(label)">
            <p class="callout-label">\(icon) \(label)</p>
            """, and: "</aside>")
    }

    /// The theme's text for `key` in the page's language, or `fallback` when the theme has none.
    func label(_ key: String, _ fallback: String, _ page: Page) -> String {
        let text = strings.text(key, page.language)
        return text == key ? fallback : text
    }

    /// The `{#anchor}` at the end of a heading's text, if written.
    private static func fixedAnchor(of heading: CmarkNode) -> (anchor: String, text: CmarkNode, remainingText: String)? {
        guard let last = heading.lastChild, last.type == CMARK_NODE_TEXT else { return nil }
        let literal = last.literal
        guard literal.hasSuffix("}"), let open = literal.range(of: "{#", options: .backwards) else { return nil }
        let anchor = String(literal[open.upperBound..<literal.index(before: literal.endIndex)])
        var remaining = String(literal[..<open.lowerBound])
        while remaining.last == " " { remaining.removeLast() }
        return (anchor, last, remaining)
    }

    static func isValidAnchor(_ anchor: String) -> Bool {
        !anchor.isEmpty && anchor.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "-_/.".unicodeScalars.contains(scalar)
        }
    }
}
