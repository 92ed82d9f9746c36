import SiteBuilder

/// The checker form as HTML: every field of the draft contract, several websites and domains, no script needed.
struct CheckerFormView {
    let values: DraftFormValues
    /// Province slugs and names for the province menus.
    let provinces: [(slug: String, name: String)]
    /// Error messages by form field name (`websites.0.name`).
    let errors: [String: String]

    var html: String {
        var out = "<form class=\"checker-form\" id=\"checker-form\" method=\"post\" action=\"./\" accept-charset=\"utf-8\">\n"
        out += fieldset("Account", prefix: "account", fields: DraftFormSchema.account, values: values.account)
        out += fieldset("Entity", prefix: "entity", fields: DraftFormSchema.entity, values: values.entity)
        for (index, site) in values.websites.enumerated() {
            out += "<fieldset class=\"checker-website\" data-website=\"\(index)\"><legend>Website \(index + 1)</legend>\n"
            out += fields(prefix: "websites.\(index)", DraftFormSchema.website, values: site.fields)
            for (domainIndex, domain) in site.domains.enumerated() {
                out += "<fieldset class=\"checker-domain\"><legend>Domain \(domainIndex + 1)</legend>\n"
                out += fields(prefix: "websites.\(index).domains.\(domainIndex)", DraftFormSchema.domain, values: domain)
                out += "</fieldset>\n"
            }
            if site.domains.count < DraftFormSchema.maxDomains {
                out += "<p><button type=\"submit\" name=\"add\" value=\"domain.\(index)\" formnovalidate>Add a domain to website \(index + 1)</button></p>\n"
            }
            out += "</fieldset>\n"
        }
        if values.websites.count < DraftFormSchema.maxWebsites {
            out += "<p><button type=\"submit\" name=\"add\" value=\"website\" formnovalidate>Add a website</button></p>\n"
        }
        out += fieldset("Instance", prefix: "instance", fields: DraftFormSchema.instance, values: values.instance)
        out += """
            <p class="checker-actions">
            <button type="submit" class="checker-submit">Check the draft</button>
            <button type="submit" formaction="draft.yaml">Download the draft (YAML)</button>
            <button type="submit" formaction="report.json">Download the report (JSON)</button>
            </p>
            </form>

            """
        return out
    }

    private func fieldset(_ title: String, prefix: String, fields list: [FormField], values: DraftFormValues.Fields) -> String {
        "<fieldset class=\"checker-\(prefix)\"><legend>\(title)</legend>\n" + fields(prefix: prefix, list, values: values) + "</fieldset>\n"
    }

    private func fields(prefix: String, _ list: [FormField], values: DraftFormValues.Fields) -> String {
        list.map { field(prefix + "." + $0.key, $0, values: values[$0.key] ?? []) }.joined()
    }

    private func field(_ name: String, _ field: FormField, values: [String]) -> String {
        let id = Self.fieldID(name)
        let value = values.first ?? ""
        let error = errors[name]
        let described = "\(id)-help" + (error == nil ? "" : " \(id)-error")
        var control: String
        switch field.kind {
        case .text:
            control = "<input type=\"text\" id=\"\(id)\" name=\"\(escapeHTML(name))\" value=\"\(escapeHTML(value))\" maxlength=\"200\""
                + (field.required ? " required" : "") + " aria-describedby=\"\(described)\">"
        case .integer:
            control = "<input type=\"text\" inputmode=\"numeric\" id=\"\(id)\" name=\"\(escapeHTML(name))\" value=\"\(escapeHTML(value))\" maxlength=\"9\" aria-describedby=\"\(described)\">"
        case .boolean:
            control = select(id: id, name: name, options: [("true", "yes"), ("false", "no")], selected: value, described: described)
        case .choice(let options):
            control = select(id: id, name: name, options: options.map { ($0, $0) }, selected: value, described: described, required: field.required)
        case .province:
            if provinces.isEmpty {
                control = "<input type=\"text\" id=\"\(id)\" name=\"\(escapeHTML(name))\" value=\"\(escapeHTML(value))\" aria-describedby=\"\(described)\">"
            } else {
                control = select(id: id, name: name, options: provinces.map { ($0.slug, $0.name) }, selected: value, described: described, required: field.required)
            }
        case .choices(let options):
            let boxes = options.enumerated().map { offset, option in
                "<label><input type=\"checkbox\" name=\"\(escapeHTML(name))\" value=\"\(escapeHTML(option))\"\(values.contains(option) ? " checked" : "")> \(escapeHTML(option))</label>"
            }.joined(separator: "\n")
            return "<fieldset class=\"checker-field checker-choices\" id=\"\(id)\" aria-describedby=\"\(described)\"><legend>\(escapeHTML(field.label))</legend>\n"
                + boxes + "\n" + help(id: id, field: field, error: error) + "</fieldset>\n"
        }
        return "<div class=\"checker-field\"><label for=\"\(id)\">\(escapeHTML(field.label))\(field.required ? " <span class=\"required\">(required)</span>" : "")</label>\n"
            + control + "\n" + help(id: id, field: field, error: error) + "</div>\n"
    }

    private func help(id: String, field: FormField, error: String?) -> String {
        var out = "<p class=\"checker-help\" id=\"\(id)-help\">\(escapeHTML(field.help)) <a href=\"../\(escapeHTML(field.docs))\">Rule</a></p>\n"
        if let error { out += "<p class=\"checker-error\" id=\"\(id)-error\" role=\"alert\">\(escapeHTML(error))</p>\n" }
        return out
    }

    private func select(id: String, name: String, options: [(String, String)], selected: String, described: String, required: Bool = false) -> String {
        var out = "<select id=\"\(id)\" name=\"\(escapeHTML(name))\"\(required ? " required" : "") aria-describedby=\"\(described)\">\n<option value=\"\">(not given)</option>\n"
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

    /// The element id of a form field: `websites.0.name` -> `f-websites-0-name`.
    static func fieldID(_ name: String) -> String {
        "f-" + String(name.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "-" })
    }

    /// The form field named by a JSON pointer into the draft: `/websites/0/name` -> `websites.0.name`.
    static func fieldName(pointer: String) -> String {
        pointer.split(separator: "/").joined(separator: ".")
    }
}
