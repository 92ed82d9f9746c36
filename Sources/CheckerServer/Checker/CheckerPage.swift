import FilingRules
import SiteBuilder

/// A page of the checker under `check/`: an error summary, the report if there is one, and the form
/// with each note beside its field. Every link is relative, so the site may sit under any path.
struct CheckerPage {
    let snapshot: SiteSnapshot
    let values: DraftValues
    var report: Report?
    /// Errors of the draft itself (unreadable values, an address that holds no draft).
    var inputErrors: [FieldNote] = []
    /// The report's address relative to the page.
    var address: String?

    var html: String {
        let notes = inputErrors + (report.map(Self.notes) ?? [])
        var body = """
            <p class="checker-intro">Fill in what you know; every field but those marked required may stay empty, and the
            report lists what would let more rules decide. Fields are named as on the provider's Chinese form.
            The same checks run from <code>icp check</code> and the <a href="../checker/#api">JSON API</a>
            at <code data-api-address>../api/check</code>.</p>

            """
        body += loadForm
        body += ErrorSummaryView(notes: notes.filter { $0.severity != .info }).html
        if let report, case .success(let checker) = snapshot.checker {
            body += ReportView(report: report, rulebook: checker.rulebook, titles: DocsTitles(manifest: snapshot.manifest), address: address).html
        }
        body += CheckerFormView(values: values, provinces: snapshot.provinceOptions, notes: FieldNote.byField(notes)).html
        body += "<script src=\"../js/checker.js\" defer></script>\n"
        return snapshot.pages.render(
            url: "check/", title: report == nil ? "Check a draft filing" : "Report on a draft filing",
            description: "Fill in the draft, check it against every rule of the handbook, and download it as YAML or the report as JSON.",
            body: body, section: "checker/")
    }

    /// Reading a YAML or JSON draft into the form: paste it, or pick a file (with script).
    private var loadForm: String {
        """
        <details class="checker-load" id="load-draft"><summary>Load a draft file (YAML or JSON)</summary>
        <form method="post" action="report" accept-charset="utf-8" class="checker-load-form">
        <p><label for="draft-file">Draft file</label> <input type="file" id="draft-file" accept=".yaml,.yml,.json,application/json,text/yaml" data-draft-file></p>
        <p><label for="draft-text">Or paste the draft</label><br>
        <textarea id="draft-text" name="draft_text" rows="8" cols="60" spellcheck="false"></textarea></p>
        <p><button type="submit" class="button-secondary" name="edit" value="load">Load into the form</button></p>
        </form>
        </details>

        """
    }

    /// Each finding as a note beside its field; a missing fact goes beside each field it names.
    static func notes(_ report: Report) -> [FieldNote] {
        var notes: [FieldNote] = []
        for (index, finding) in report.findings.enumerated() {
            let paths = finding.severity == .info && !finding.missing.isEmpty ? finding.missing : [finding.path]
            for (offset, path) in paths.enumerated() {
                let field = FieldPath(pointer: path).upToField
                let text = finding.severity == .info ? finding.message : "\(finding.message) \(finding.fix)"
                notes.append(FieldNote(field: field, severity: finding.severity, text: text, id: "note-\(index + 1)-\(offset + 1)"))
            }
        }
        return notes
    }
}

/// The summary of problems at the top of the page, each linked to its field (the GOV.UK error pattern).
struct ErrorSummaryView {
    let notes: [FieldNote]

    var html: String {
        guard !notes.isEmpty else { return "" }
        var out = "<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\">\n"
        out += "<h2 id=\"error-summary-title\">There \(notes.count == 1 ? "is a problem" : "are \(notes.count) problems") to look at</h2>\n<ul>\n"
        for note in notes {
            let label = note.field.steps.isEmpty ? "The draft" : note.field.label
            out += "<li><a href=\"#\(note.field.steps.isEmpty ? "checker-form" : note.field.elementID)\">"
            out += "<span class=\"error-summary-severity\">\(note.severityLabel):</span> \(escapeHTML(label)): \(escapeHTML(note.text))</a></li>\n"
        }
        return out + "</ul>\n</div>\n"
    }
}
