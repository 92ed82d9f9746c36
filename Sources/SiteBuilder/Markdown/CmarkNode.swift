import CCmark
#if canImport(Glibc)
import Glibc
#endif

/// A thin, non-owning view of a libcmark node.
struct CmarkNode {
    let pointer: OpaquePointer

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var firstChild: CmarkNode? { cmark_node_first_child(pointer).map(CmarkNode.init) }
    var lastChild: CmarkNode? { cmark_node_last_child(pointer).map(CmarkNode.init) }
    var next: CmarkNode? { cmark_node_next(pointer).map(CmarkNode.init) }
    var parent: CmarkNode? { cmark_node_parent(pointer).map(CmarkNode.init) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    var literal: String {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { _ = cmark_node_set_literal(pointer, newValue) }
    }
    var url: String {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { _ = cmark_node_set_url(pointer, newValue) }
    }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }

    /// The first line of the nearest block around this node (inline nodes carry no position).
    var blockLine: Int {
        var node: CmarkNode? = self
        while let current = node {
            if current.startLine > 0 { return current.startLine }
            node = current.parent
        }
        return 0
    }

    /// The concatenated text of the node's descendants, as a heading or search index reads it.
    var plainText: String {
        var text = ""
        forEachDescendant { node in
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += node.literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// Visits the node and every descendant in document order, on entering.
    func forEachDescendant(_ body: (CmarkNode) -> Void) {
        guard let iterator = cmark_iter_new(pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                body(CmarkNode(pointer: node))
            }
        }
    }

    /// Renders the node (and its children) as HTML in libcmark's safe mode: raw HTML written in the Markdown
    /// becomes a `<!-- raw HTML omitted -->` comment and `javascript:`, `vbscript:` and `file:` URLs become empty.
    /// The generator's own HTML goes in custom nodes, which safe mode writes as they are.
    func html() -> String {
        guard let rendered = cmark_render_html(pointer, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Puts this node's children between two pieces of raw HTML, `open` before and `close` after, in a block
    /// that takes this node's place; frees this node. The children render as they would have, without
    /// rendering this node apart from the document. A heading's inline children stay on the line of the tags
    /// (libcmark puts a line break after a custom block's own opening text, so they go in a custom inline);
    /// block children start on the line after `open`.
    func replace(keepingChildrenBetween open: String, and close: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        var wrapper = block
        if type == CMARK_NODE_HEADING || type == CMARK_NODE_PARAGRAPH, let inlines = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) {
            _ = cmark_node_append_child(block, inlines)
            wrapper = inlines
        }
        _ = cmark_node_set_on_enter(wrapper, open)
        _ = cmark_node_set_on_exit(wrapper, close)
        while let child = cmark_node_first_child(pointer) { _ = cmark_node_append_child(wrapper, child) }
        _ = cmark_node_replace(pointer, block)
        cmark_node_free(pointer)
    }

    /// Puts trusted inline HTML right after this inline node.
    func insertInlineHTML(after html: String) {
        guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        _ = cmark_node_set_on_enter(inline, html)
        _ = cmark_node_set_on_exit(inline, "")
        _ = cmark_node_insert_after(pointer, inline)
    }

    /// Puts the generator's HTML in this node's place and frees this node. A custom block, not an HTML block:
    /// safe mode drops HTML blocks, and writes a custom block's text on its own lines as it would an HTML block's.
    func replace(withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        _ = cmark_node_set_on_enter(block, html)
        _ = cmark_node_set_on_exit(block, "")
        _ = cmark_node_replace(pointer, block)
        cmark_node_free(pointer)
    }
}

/// A parsed Markdown document that frees its tree when released.
final class CmarkDocument {
    let root: CmarkNode

    init?(markdown: String) {
        var text = markdown
        let pointer = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT) }
        }
        guard let pointer else { return nil }
        root = CmarkNode(pointer: pointer)
    }

    deinit { cmark_node_free(root.pointer) }
}
