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

    var html: String {
        let summary = report.summary
        var out = "<section class=\"checker-report verdict-\(report.verdict.rawValue)\" id=\"report\" aria-labelledby=\"report-title\">\n"
        out += "<h2 id=\"report-title\">\(Self.verdictText(report.verdict))</h2>\n"
        out += "<p class=\"checker-summary\">\(Self.count(summary.errors, "error")), \(Self.count(summary.warnings, "warning")), "
        out += "\(Self.count(Self.missingFields(report).count, "fact", "facts")) left out. "
        out += "Checked against the <a href=\"../checker/#rulebook\">rulebook reviewed \(escapeHTML(report.rulebook.reviewed)), version \(escapeHTML(String(report.rulebook.version.prefix(8))))</a>.</p>\n"
        if let address {
            out += "<p class=\"checker-address\">This page's address holds the draft, so you can bookmark it or send it; nothing is stored on the server. "
            out += "<a href=\"\(escapeHTML(address.replacingOccurrences(of: "report?", with: "report.json?")))\">The same report as JSON</a>.</p>\n"
        }
        for (severity, title) in [(Severity.error, "Errors"), (.warning, "Warnings")] {
            let findings = report.findings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            out += "<h3 id=\"findings-\(severity.rawValue)\">\(title)</h3>\n<ol class=\"checker-findings\">\n"
            out += findings.map(finding).joined()
            out += "</ol>\n"
        }
        out += missingList()
        if !report.documents.isEmpty {
            out += "<h3 id=\"documents\">Documents to prepare</h3>\n<ul class=\"checker-documents\">\n"
            for document in report.documents {
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
        out += "<p class=\"finding-message\"><strong class=\"finding-severity\">\(FieldNote.label(finding.severity)):</strong> \(escapeHTML(finding.message))</p>\n"
        out += "<p class=\"finding-fix\"><strong>What to do:</strong> \(escapeHTML(finding.fix))</p>\n"
        out += "<p class=\"finding-field\"><strong>Field:</strong> \(Self.fieldLink(field))</p>\n"
        let rule = rulebook.rule(finding.rule)?.title ?? finding.rule
        out += "<p class=\"finding-docs\"><strong>Explained in:</strong> <a href=\"../\(escapeHTML(finding.docs))\">\(escapeHTML(titles.title(of: finding.docs)))</a>"
        out += " · rule <a href=\"../checker/rules/#\(escapeHTML(finding.rule))\">\(escapeHTML(rule))</a>"
        out += " · confidence \(escapeHTML(finding.confidence.rawValue))</p>\n"
        if !finding.sources.isEmpty {
            out += "<p class=\"finding-sources\"><strong>Sources:</strong> " + finding.sources.map { id in
                let title = rulebook.source(id)?.title ?? id
                return "<a href=\"../sources/#\(escapeHTML(id))\">\(escapeHTML(title))</a>"
            }.joined(separator: "; ") + "</p>\n"
        }
        return out + "</li>\n"
    }

    /// One list of the facts the draft leaves out, each with the rules it would let decide.
    private func missingList() -> String {
        let fields = Self.missingFields(report)
        guard !fields.isEmpty else { return "" }
        var out = "<h3 id=\"add-to-check-more\">Add these to check more</h3>\n"
        out += "<p>The draft leaves these facts out, so the rules that need them did not decide. Fill them in and check again.</p>\n<ul class=\"checker-missing\">\n"
        for (path, rules) in fields {
            let names = rules.map { rulebook.rule($0)?.title ?? $0 }
            out += "<li>\(Self.fieldLink(FieldPath(pointer: path))): lets \(names.count == 1 ? "one rule" : "\(names.count) rules") decide ("
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
    static func fieldLink(_ field: FieldPath) -> String {
        if field.steps.isEmpty { return "the whole draft" }
        let chinese = field.field.map { " <span lang=\"zh-CN\">\(escapeHTML($0.chinese))</span>" } ?? ""
        return "<a href=\"#\(field.elementID)\">\(escapeHTML(field.label))</a>\(chinese)"
    }

    private static func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    private static func verdictText(_ verdict: Report.Verdict) -> String {
        switch verdict {
        case .pass: "✔ Pass: no errors or warnings"
        case .warn: "⚠ Warnings: read them before you submit"
        case .fail: "✖ Fail: the filing would be rejected as drafted"
        }
    }
}
