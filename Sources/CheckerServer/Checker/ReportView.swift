import FilingRules
import SiteBuilder

/// The checker's report as HTML: verdict, then findings grouped by severity with fix, field, rule page and sources.
struct ReportView {
    let report: Report

    var html: String {
        let summary = report.summary
        var out = "<section class=\"checker-report verdict-\(report.verdict.rawValue)\" id=\"report\" aria-labelledby=\"report-title\">\n"
        out += "<h2 id=\"report-title\">Verdict: \(Self.verdictText(report.verdict))</h2>\n"
        out += "<p class=\"checker-summary\">\(summary.errors) error\(summary.errors == 1 ? "" : "s"), \(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), \(summary.infos) note\(summary.infos == 1 ? "" : "s"). "
        out += "Rulebook \(escapeHTML(report.rulebook.version)), reviewed \(escapeHTML(report.rulebook.reviewed)).</p>\n"
        for (severity, title) in [(Severity.error, "Errors"), (.warning, "Warnings"), (.info, "Missing facts (notes)")] {
            let findings = report.findings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            out += "<h3 id=\"findings-\(severity.rawValue)\">\(title)</h3>\n<ol class=\"checker-findings\">\n"
            out += findings.map(finding).joined()
            out += "</ol>\n"
        }
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
        let field = CheckerFormView.fieldName(pointer: finding.path)
        var out = "<li class=\"finding finding-\(finding.severity.rawValue)\">\n"
        out += "<p class=\"finding-message\"><strong>\(escapeHTML(finding.severity.rawValue))</strong> "
        out += "<a class=\"finding-rule\" href=\"../checker/rules/#\(escapeHTML(finding.rule))\"><code>\(escapeHTML(finding.rule))</code></a>: \(escapeHTML(finding.message))</p>\n"
        out += "<p class=\"finding-fix\">Fix: \(escapeHTML(finding.fix))</p>\n"
        out += "<p class=\"finding-field\">Field: "
        out += field.isEmpty ? "the whole draft" : "<a href=\"#\(CheckerFormView.fieldID(field))\"><code>\(escapeHTML(finding.path))</code></a>"
        out += "</p>\n<p class=\"finding-docs\">Explained in <a href=\"../\(escapeHTML(finding.docs))\">\(escapeHTML(finding.docs))</a>"
        out += " (confidence: \(escapeHTML(finding.confidence.rawValue)))</p>\n"
        if !finding.sources.isEmpty {
            out += "<p class=\"finding-sources\">Sources: " + finding.sources.map {
                "<a href=\"../sources/\">\(escapeHTML($0))</a>"
            }.joined(separator: ", ") + "</p>\n"
        }
        return out + "</li>\n"
    }

    private static func verdictText(_ verdict: Report.Verdict) -> String {
        switch verdict {
        case .pass: "pass, no errors or warnings"
        case .warn: "warn, read the warnings before you submit"
        case .fail: "fail, the filing would be rejected as drafted"
        }
    }
}
