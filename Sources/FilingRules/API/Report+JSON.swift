extension Report {
    /// The report as JSON: keys sorted, UTF-8, the same bytes for the same report.
    public func jsonData(pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        w.object { w in
            w.key("documents")
            w.array(documents) { w, d in
                w.object { w in
                    w.field("confidence", d.confidence.rawValue)
                    w.field("id", d.id)
                    if let note = d.note { w.field("note", note) }
                    w.key("sources")
                    w.array(d.sources) { w, s in w.string(s) }
                    w.field("title", d.title)
                    w.field("title_zh", d.titleZh)
                }
            }
            w.key("findings")
            w.array(findings) { w, f in
                w.object { w in
                    w.field("confidence", f.confidence.rawValue)
                    w.field("docs", f.docs)
                    w.field("fix", f.fix)
                    w.field("message", f.message)
                    w.field("path", f.path)
                    w.field("rule", f.rule)
                    w.field("severity", f.severity.rawValue)
                    w.key("sources")
                    w.array(f.sources) { w, s in w.string(s) }
                }
            }
            w.key("rulebook")
            w.object { w in
                w.field("reviewed", rulebook.reviewed)
                w.field("version", rulebook.version)
            }
            w.key("summary")
            w.object { w in
                w.field("errors", summary.errors)
                w.field("infos", summary.infos)
                w.field("warnings", summary.warnings)
            }
            w.field("verdict", verdict.rawValue)
        }
        if pretty { w.bytes.append(0x0A) }
        return w.bytes
    }
}

extension Report {
    /// The answer to a draft that cannot be read, `{"error": {"message", "path"}}`, pretty-printed like a report.
    public static func inputErrorJSON(path: String, message: String) -> [UInt8] {
        var w = JSONWriter(pretty: true)
        w.object { w in
            w.key("error")
            w.object { w in
                w.field("message", message)
                w.field("path", path)
            }
        }
        w.bytes.append(0x0A)
        return w.bytes
    }
}

/// A small JSON writer: callers emit keys in sorted order, so output is deterministic.
struct JSONWriter {
    let pretty: Bool
    var bytes: [UInt8] = []
    private var depth = 0
    private var needsComma = false

    init(pretty: Bool) { self.pretty = pretty }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        newline()
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        needsComma = false
        let before = bytes.count
        body(&self)
        depth -= 1
        if bytes.count != before { newline() }
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func array<T>(_ items: [T], _ body: (inout JSONWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        depth += 1
        needsComma = false
        for item in items {
            separate()
            needsComma = false
            body(&self, item)
            needsComma = true
        }
        depth -= 1
        if !items.isEmpty { newline() }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    mutating func key(_ name: String) {
        separate()
        string(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        needsComma = false
    }

    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
        needsComma = true
    }

    mutating func field(_ name: String, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }
}
