import FilingRules
import SiteBuilder

/// The checker form as HTML, built from `DraftContract`: every field with its label, Chinese term,
/// help and the notes about it, websites and domains that can be added and removed. Works without
/// script; `checker.js` hides the fields that do not apply to the chosen entity type.
struct CheckerFormView {
    let values: DraftValues
    /// Province slugs and names for the province menus.
    let provinces: [(slug: String, name: String)]
    /// Errors and findings by field.
    let notes: [FieldPath: [FieldNote]]
    /// The page's language: in Chinese, legends, labels, options and buttons use the Chinese terms.
    var say = Say(language: .english)

    private func objectFields(_ object: DraftField.Object) -> [DraftField] { DraftContract.fields.filter { $0.object == object } }

    var html: String {
        var out = "<form class=\"checker-form\" id=\"checker-form\" method=\"post\" action=\"report\" accept-charset=\"utf-8\" novalidate>\n"
        // Enter in a field submits with the first submit button: make that one "Check the draft".
        out += "<button type=\"submit\" class=\"visually-hidden\" tabindex=\"-1\" aria-hidden=\"true\">\(say("Check the draft", "检查草稿"))</button>\n"
        out += fieldset(.entity, path: FieldPath([.key("entity")]))
        out += "<div id=\"f-websites\">\n"
        let websites = max(1, values.websiteCount)
        for index in 0..<websites {
            let path = FieldPath([.key("websites"), .index(index)])
            let websiteLegend = say("Website \(index + 1) <span lang=\"zh-CN\">网站\(index + 1)</span>", "网站\(index + 1)")
            out += "<fieldset class=\"checker-website\" id=\"\(path.elementID)\"><legend>\(websiteLegend)</legend>\n"
            out += fields(objectFields(.website), in: path)
            let domains = max(1, values.domainCount(website: index))
            for domain in 0..<domains {
                let domainPath = path.appending(.key("domains")).appending(.index(domain))
                let domainLegend = say("Domain \(domain + 1) <span lang=\"zh-CN\">域名\(domain + 1)</span>", "域名\(domain + 1)")
                out += "<fieldset class=\"checker-domain\" id=\"\(domainPath.elementID)\"><legend>\(domainLegend)</legend>\n"
                out += fields(objectFields(.domain), in: domainPath)
                if domains > 1 {
                    out += button("remove-domain.\(index).\(domain)", say("Remove domain \(domain + 1) of website \(index + 1)", "删除网站\(index + 1)的域名\(domain + 1)"))
                }
                out += "</fieldset>\n"
            }
            out += "<p class=\"checker-row-actions\">"
            if domains < DraftContract.maxDomains { out += button("add-domain.\(index)", say("Add a domain to website \(index + 1)", "为网站\(index + 1)添加域名")) }
            if websites > 1 { out += button("remove-website.\(index)", say("Remove website \(index + 1)", "删除网站\(index + 1)")) }
            out += "</p>\n</fieldset>\n"
        }
        out += "</div>\n"
        if websites < DraftContract.maxWebsites {
            out += "<p class=\"checker-row-actions\">" + button("add-website", say("Add a website", "添加网站")) + "</p>\n"
        }
        out += fieldset(.instance, path: FieldPath([.key("instance")]))
        out += fieldset(.account, path: FieldPath([.key("account")]))
        out += """
            <p class="checker-actions">
            <button type="submit" class="checker-submit">\(say("Check the draft", "检查草稿"))</button>
            <button type="submit" class="button-secondary" formaction="draft.yaml">\(say("Download the draft (YAML)", "下载草稿（YAML）"))</button>
            <button type="submit" class="button-secondary" formaction="report.json">\(say("Download the report (JSON)", "下载报告（JSON）"))</button>
            </p>
            </form>

            """
        return out
    }

    private func button(_ edit: String, _ text: String) -> String {
        "<button type=\"submit\" class=\"button-secondary\" name=\"edit\" value=\"\(edit)\">\(escapeHTML(text))</button> "
    }

    private func fieldset(_ object: DraftField.Object, path: FieldPath) -> String {
        "<fieldset class=\"checker-\(object.rawValue)\" id=\"\(path.elementID)\"><legend>\(say("\(object.label) <span lang=\"zh-CN\">\(object.chinese)</span>", object.chinese))</legend>\n"
            + fields(objectFields(object), in: path) + "</fieldset>\n"
    }

    private func fields(_ list: [DraftField], in path: FieldPath) -> String {
        list.map { field($0, at: path.appending(.key($0.key))) }.joined()
    }

    private func field(_ field: DraftField, at path: FieldPath) -> String {
        let id = path.elementID
        let name = escapeHTML(path.formName)
        let entered = values.texts(at: path)
        let value = entered.first ?? ""
        let notes = self.notes[path] ?? []
        let invalid = notes.contains { $0.severity == .error }
        let described = (["\(id)-help"] + notes.map(\.id)).joined(separator: " ")
        let attributes = " aria-describedby=\"\(described)\"" + (invalid ? " aria-invalid=\"true\"" : "")
        let applies = field.appliesTo.isEmpty ? "" : " data-applies-to=\"\(field.appliesTo.map(\.rawValue).joined(separator: " "))\""
        let label = say.isChinese
            ? escapeHTML(field.chinese) + (field.required ? "<span class=\"required\">（必填）</span>" : "")
            : "\(escapeHTML(field.label)) <span lang=\"zh-CN\" class=\"checker-zh\">\(escapeHTML(field.chinese))</span>"
                + (field.required ? " <span class=\"required\">(required)</span>" : "")
        let classes = "checker-field" + (invalid ? " checker-field-invalid" : "")
        var control: String
        switch field.kind {
        case .text, .domainName, .region:
            control = "<input type=\"text\" id=\"\(id)\" name=\"\(name)\" value=\"\(escapeHTML(value))\" maxlength=\"200\"" + (field.required ? " required" : "") + attributes + ">"
        case .count, .wholeNumber:
            control = "<input type=\"text\" inputmode=\"numeric\" id=\"\(id)\" name=\"\(name)\" value=\"\(escapeHTML(value))\" maxlength=\"9\"" + attributes + ">"
        case .flag:
            control = select(id: id, name: name, options: [("true", say("Yes · 是", "是")), ("false", say("No · 否", "否"))], selected: value, attributes: attributes)
        case .choice(let options):
            control = select(id: id, name: name, options: options.map { ($0.value, say("\($0.label) · \($0.chinese)", $0.chinese)) }, selected: value,
                             attributes: attributes + (field.required ? " required" : ""))
        case .province:
            control = provinces.isEmpty
                ? "<input type=\"text\" id=\"\(id)\" name=\"\(name)\" value=\"\(escapeHTML(value))\"" + attributes + ">"
                : select(id: id, name: name, options: provinces.map { ($0.slug, $0.name) }, selected: value, attributes: attributes + (field.required ? " required" : ""))
        case .choices(let options):
            let boxes = options.map { option in
                let text = say.isChinese ? escapeHTML(option.chinese) : "\(escapeHTML(option.label)) <span lang=\"zh-CN\">\(escapeHTML(option.chinese))</span>"
                return "<label><input type=\"checkbox\" name=\"\(name)\" value=\"\(escapeHTML(option.value))\"\(entered.contains(option.value) ? " checked" : "")> \(text)</label>"
            }.joined(separator: "\n")
            return "<fieldset class=\"\(classes) checker-choices\" id=\"\(id)\"\(applies) tabindex=\"-1\"\(attributes)><legend>\(label)</legend>\n"
                + boxes + "\n" + help(id: id, field: field) + noteList(notes) + "</fieldset>\n"
        }
        return "<div class=\"\(classes)\"\(applies)><label for=\"\(id)\">\(label)</label>\n"
            + help(id: id, field: field) + noteList(notes) + control + "\n</div>\n"
    }

    private func help(id: String, field: DraftField) -> String {
        if say.isChinese {
            return "<p class=\"checker-help\" id=\"\(id)-help\">\(escapeHTML(field.helpZh)) <a href=\"../\(escapeHTML(field.docs))\">了解：\(escapeHTML(field.docsTopicZh))</a></p>\n"
        }
        return "<p class=\"checker-help\" id=\"\(id)-help\">\(escapeHTML(field.help)) <a href=\"../\(escapeHTML(field.docs))\">Read about \(escapeHTML(field.docsTopic))</a></p>\n"
    }

    private func noteList(_ notes: [FieldNote]) -> String {
        notes.map { note in
            "<p class=\"checker-note checker-note-\(note.severity.rawValue)\" id=\"\(note.id)\"><strong>\(FieldNote.label(note.severity, say))\(say(":", "："))</strong>\(say(" ", ""))\(escapeHTML(note.text))</p>\n"
        }.joined()
    }

    private func select(id: String, name: String, options: [(String, String)], selected: String, attributes: String) -> String {
        var out = "<select id=\"\(id)\" name=\"\(name)\"\(attributes)>\n<option value=\"\">\(say("(not given)", "（未填写）"))</option>\n"
        var known = false
        for (value, label) in options {
            let isSelected = value == selected
            known = known || isSelected
            out += "<option value=\"\(escapeHTML(value))\"\(isSelected ? " selected" : "")>\(escapeHTML(label))</option>\n"
        }
        if !known && !selected.isEmpty {
            out += "<option value=\"\(escapeHTML(selected))\" selected>\(escapeHTML(selected))</option>\n"
        }
        return out + "</select>"
    }
}
