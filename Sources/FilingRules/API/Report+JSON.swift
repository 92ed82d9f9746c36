extension Report {
    /// The report as JSON: keys sorted, UTF-8, the same bytes for the same report. `docs` is the page of
    /// the report's own edition, relative to the site root (`zh-CN/naming/#all-digits` in Chinese).
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
                    w.field("docs", lang.siteFolder + f.docs)
                    w.field("fix", f.fix)
                    w.field("message", f.message)
                    w.field("path", f.path)
                    w.field("rule", f.rule)
                    w.field("severity", f.severity.rawValue)
                    w.key("sources")
                    w.array(f.sources) { w, s in w.string(s) }
                }
            }
            w.field("lang", lang.rawValue)
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
