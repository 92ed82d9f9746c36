import FilingRules
import SiteBuilder

/// A page of the checker under `check/`: an error summary, the report if there is one, and the form
/// with each note beside its field. Every link is relative, so the site may sit under any path.
struct CheckerPage {
    let snapshot: SiteSnapshot
    let values: DraftValues
    /// The page's language: the form, the error summary and the report are written in it.
    var language: Language = .english
    var report: Report?
    /// Errors of the draft itself (unreadable values, an address that holds no draft).
    var inputErrors: [FieldNote] = []
    /// The report's address relative to the page.
    var address: String?

    var html: String {
        let say = Say(language: language)
        let notes = inputErrors + (report.map(Self.notes) ?? [])
        var body = say("""
            <p class="checker-intro">Fill in what you know; every field but those marked required may stay empty, and the
            report lists what would let more rules decide. Fields are named as on the provider's Chinese form.
            The same checks run from <code>icp check</code> and the <a href="../checker/#api">JSON API</a>
            at <code data-api-address>../api/check</code>.</p>

            """, """
            <p class="checker-intro">填写已知的信息即可：除标为必填的项目外都可以留空，报告会列出补充哪些信息后能检查更多规则。
            各项名称与接入商备案系统中的叫法一致。同样的检查也可以用 <code>icp check --lang zh-CN</code> 和
            <a href="../checker/#api">JSON API</a>（<code data-api-address>../../api/check</code>）运行。</p>

            """)
        body += loadForm(say)
        body += ErrorSummaryView(notes: notes.filter { $0.severity != .info }, say: say).html
        if let report, case .success(let checker) = snapshot.checker {
            let titles = DocsTitles(manifest: snapshot.manifest, folder: say.isChinese ? language.rawValue + "/" : "")
            body += ReportView(report: report, rulebook: checker.rulebook, titles: titles, address: address, say: say).html
        }
        body += CheckerFormView(values: values, provinces: say.isChinese ? snapshot.provinceOptionsZh : snapshot.provinceOptions,
                                notes: FieldNote.byField(notes), say: say).html
        body += "<script src=\"\(say.root)js/checker.js\" defer></script>\n"
        let shell = say.isChinese ? snapshot.pageZh : snapshot.page
        return shell.html(body: body, title: report == nil ? nil : say("Report on a draft filing", "备案草稿检查报告"))
    }

    /// Reading a YAML or JSON draft into the form: paste it, or pick a file (with script).
    private func loadForm(_ say: Say) -> String {
        """
        <details class="checker-load" id="load-draft"><summary>\(say("Load a draft file (YAML or JSON)", "载入草稿文件（YAML或JSON）"))</summary>
        <form method="post" action="report" accept-charset="utf-8" class="checker-load-form">
        <p><label for="draft-file">\(say("Draft file", "草稿文件"))</label> <input type="file" id="draft-file" accept=".yaml,.yml,.json,application/json,text/yaml" data-draft-file></p>
        <p><label for="draft-text">\(say("Or paste the draft", "或粘贴草稿内容"))</label><br>
        <textarea id="draft-text" name="draft_text" rows="8" cols="60" spellcheck="false"></textarea></p>
        <p><button type="submit" class="button-secondary" name="edit" value="load">\(say("Load into the form", "载入表单"))</button></p>
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
                let space = report.lang == .chinese ? "" : " "
                let text = finding.severity == .info ? finding.message : finding.message + space + finding.fix
                notes.append(FieldNote(field: field, severity: finding.severity, text: text, id: "note-\(index + 1)-\(offset + 1)"))
            }
        }
        return notes
    }
}

/// The summary of problems at the top of the page, each linked to its field (the GOV.UK error pattern).
struct ErrorSummaryView {
    let notes: [FieldNote]
    var say = Say(language: .english)

    var html: String {
        guard !notes.isEmpty else { return "" }
        var out = "<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\">\n"
        let title = say("There \(notes.count == 1 ? "is a problem" : "are \(notes.count) problems") to look at", "有\(notes.count)个问题需要处理")
        out += "<h2 id=\"error-summary-title\">\(title)</h2>\n<ul>\n"
        for note in notes {
            let label = note.field.steps.isEmpty ? say("The draft", "草稿") : note.field.label(in: say.language)
            out += "<li><a href=\"#\(note.field.steps.isEmpty ? "checker-form" : note.field.elementID)\">"
            out += "<span class=\"error-summary-severity\">\(FieldNote.label(note.severity, say))\(say(":", "："))</span>\(say(" ", ""))"
            out += "\(escapeHTML(label))\(say(": ", "："))\(escapeHTML(note.text))</a></li>\n"
        }
        return out + "</ul>\n</div>\n"
    }
}
