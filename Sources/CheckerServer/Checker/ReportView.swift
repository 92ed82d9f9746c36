import Foundation
import FilingRules
import SiteBuilder

/// The checker's report as HTML for a page under `check/`: the verdict, the findings in the user's
/// words with the page and section that explain each, the facts that would let more rules decide,
/// and the documents to prepare. Every link is relative.
struct ReportView {
    let report: Report
    let rulebook: Rulebook
    let titles: DocsTitles
    /// The report's address relative to the page, for the "link to this report" line; nil when it has none.
    let address: String?
    /// The page's language.
    var say = Say(language: .english)

    var html: String {
        let summary = report.summary
        let missing = Self.missingFields(report).count
        let reviewed = escapeHTML(report.rulebook.reviewed), version = escapeHTML(String(report.rulebook.version.prefix(8)))
        var out = "<section class=\"checker-report verdict-\(report.verdict.rawValue)\" id=\"report\" aria-labelledby=\"report-title\">\n"
        out += "<h2 id=\"report-title\">\(verdictText(report.verdict))</h2>\n"
        if say.isChinese {
            out += "<p class=\"checker-summary\">\(summary.errors)个错误，\(summary.warnings)个警告，\(missing)项信息未填写。"
            out += "依据<a href=\"../checker/#rulebook\">规则库（核对日期\(reviewed)，版本\(version)）</a>检查。</p>\n"
        } else {
            out += "<p class=\"checker-summary\">\(Self.count(summary.errors, "error")), \(Self.count(summary.warnings, "warning")), "
            out += "\(Self.count(missing, "fact", "facts")) left out. "
            out += "Checked against the <a href=\"../checker/#rulebook\">rulebook reviewed \(reviewed), version \(version)</a>.</p>\n"
        }
        if let address {
            out += say("<p class=\"checker-address\">This page's address holds the draft, so you can bookmark it or send it; nothing is stored on the server. ",
                       "<p class=\"checker-address\">本页地址中包含草稿，可以收藏或发送给他人；服务器不保存任何内容。")
            out += "<a href=\"\(escapeHTML(address.replacingOccurrences(of: "report?", with: "report.json?")))\">\(say("The same report as JSON", "JSON格式的同一份报告"))</a>\(say(".", "。"))</p>\n"
        }
        for (severity, title) in [(Severity.error, say("Errors", "错误")), (.warning, say("Warnings", "警告"))] {
            let findings = report.findings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            out += "<h3 id=\"findings-\(severity.rawValue)\">\(title)</h3>\n<ol class=\"checker-findings\">\n"
            out += findings.map(finding).joined()
            out += "</ol>\n"
        }
        out += missingList()
        if !report.documents.isEmpty {
            out += "<h3 id=\"documents\">\(say("Documents to prepare", "需准备的材料"))</h3>\n<ul class=\"checker-documents\">\n"
            for document in report.documents {
                if say.isChinese {
                    out += "<li><strong>\(escapeHTML(document.titleZh))</strong></li>\n"
                    continue
                }
                out += "<li><strong>\(escapeHTML(document.title))</strong> <span lang=\"zh-CN\">\(escapeHTML(document.titleZh))</span>"
                if let note = document.note { out += ": \(escapeHTML(note))" }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    private func finding(_ finding: Finding) -> String {
        let field = FieldPath(pointer: finding.path)
        var out = "<li class=\"finding finding-\(finding.severity.rawValue)\">\n"
        let colon = say(":", "：")
        out += "<p class=\"finding-message\"><strong class=\"finding-severity\">\(FieldNote.label(finding.severity, say))\(colon)</strong>\(say(" ", ""))\(escapeHTML(finding.message))</p>\n"
        out += "<p class=\"finding-fix\"><strong>\(say("What to do:", "如何修改："))</strong>\(say(" ", ""))\(escapeHTML(finding.fix))</p>\n"
        out += "<p class=\"finding-field\"><strong>\(say("Field:", "填写项："))</strong>\(say(" ", ""))\(fieldLink(field))</p>\n"
        let rule = rulebook.rule(finding.rule)?.title(in: say.language) ?? finding.rule
        out += "<p class=\"finding-docs\"><strong>\(say("Explained in:", "详见："))</strong>\(say(" ", ""))<a href=\"../\(escapeHTML(finding.docs))\">\(escapeHTML(titles.title(of: finding.docs)))</a>"
        out += say(" · rule ", " · 规则 ") + "<a href=\"../checker/rules/#\(escapeHTML(finding.rule))\">\(escapeHTML(rule))</a>"
        out += say(" · confidence ", " · 可信度") + escapeHTML(say.isChinese ? Self.confidenceZh(finding.confidence) : finding.confidence.rawValue) + "</p>\n"
        if !finding.sources.isEmpty {
            out += "<p class=\"finding-sources\"><strong>\(say("Sources:", "来源："))</strong>\(say(" ", ""))" + finding.sources.map { id in
                let title = rulebook.source(id)?.title(in: say.language) ?? id
                return "<a href=\"../sources/#\(escapeHTML(id))\">\(escapeHTML(title))</a>"
            }.joined(separator: "; ") + "</p>\n"
        }
        return out + "</li>\n"
    }

    /// One list of the facts the draft leaves out, each with the rules it would let decide.
    private func missingList() -> String {
        let fields = Self.missingFields(report)
        guard !fields.isEmpty else { return "" }
        var out = "<h3 id=\"add-to-check-more\">\(say("Add these to check more", "补充这些信息以检查更多规则"))</h3>\n"
        out += say("<p>The draft leaves these facts out, so the rules that need them did not decide. Fill them in and check again.</p>\n",
                   "<p>草稿未填写以下信息，需要它们的规则无法判断。填写后请再检查一次。</p>\n")
        out += "<ul class=\"checker-missing\">\n"
        for (path, rules) in fields {
            let names = rules.map { rulebook.rule($0)?.title(in: say.language) ?? $0 }
            if say.isChinese {
                out += "<li>\(fieldLink(FieldPath(pointer: path)))：可用于检查\(names.count)条规则（"
                out += names.map(escapeHTML).joined(separator: "；") + "）</li>\n"
                continue
            }
            out += "<li>\(fieldLink(FieldPath(pointer: path))): lets \(names.count == 1 ? "one rule" : "\(names.count) rules") decide ("
            out += names.map(escapeHTML).joined(separator: "; ") + ")</li>\n"
        }
        return out + "</ul>\n"
    }

    /// Every missing field in draft order, with the ids of the rules that need it.
    static func missingFields(_ report: Report) -> [(path: String, rules: [String])] {
        var order: [String] = []
        var rules: [String: [String]] = [:]
        for finding in report.findings where finding.severity == .info {
            for path in finding.missing.isEmpty ? [finding.path] : finding.missing {
                if rules[path] == nil { order.append(path) }
                if !(rules[path]?.contains(finding.rule) ?? false) { rules[path, default: []].append(finding.rule) }
            }
        }
        return order.sorted(by: Report.pointerLess).map { ($0, rules[$0] ?? []) }
    }

    /// The field's label and Chinese term, linked to it on the form below.
    func fieldLink(_ field: FieldPath) -> String {
        if field.steps.isEmpty { return say("the whole draft", "整份草稿") }
        if say.isChinese { return "<a href=\"#\(field.elementID)\">\(escapeHTML(field.label(in: .chinese)))</a>" }
        let chinese = field.field.map { " <span lang=\"zh-CN\">\(escapeHTML($0.chinese))</span>" } ?? ""
        return "<a href=\"#\(field.elementID)\">\(escapeHTML(field.label))</a>\(chinese)"
    }

    private static func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    private func verdictText(_ verdict: Report.Verdict) -> String {
        switch verdict {
        case .pass: say("✔ Pass: no errors or warnings", "✔ 通过：没有错误或警告")
        case .warn: say("⚠ Warnings: read them before you submit", "⚠ 有警告：提交前请逐条阅读")
        case .fail: say("✖ Fail: the filing would be rejected as drafted", "✖ 不通过：按草稿提交会被退回")
        }
    }

    private static func confidenceZh(_ confidence: Confidence) -> String {
        switch confidence {
        case .high: "高"
        case .medium: "中"
        case .low: "低"
        }
    }
}
