import FilingRules

/// Renders ```` ```draft-field entity.type ```` from the draft contract, in the page's language: the form
/// label with its Chinese term, the kind of value, the values to write with their labels, whether the field
/// is required and which entity types the form shows it for. The page's prose explains the rest.
enum DraftFieldBlock {
    static func render(path: String, words: Words) -> Result<BlockOutput, BlockError> {
        guard let field = DraftContract.field(documentedPath: path) else {
            return .failure(BlockError(
                message: "no draft field `\(path)`",
                help: "name a field as its heading does, such as entity.type or websites[].domains[].holder"))
        }
        return .success(BlockOutput(html: html(field, words: words)))
    }

    static func html(_ field: DraftField, words: Words) -> String {
        func fact(_ key: String, _ english: String, _ value: String) -> String {
            "<dt>\(escapeHTML(words(key, english)))</dt><dd>\(value)</dd>"
        }
        var html = "<dl class=\"rule-facts draft-field\">"
        html += fact("field_on_form", "On the form", "<strong>" + term(field.label, field.chinese, words) + "</strong>")
        html += fact("field_kind", "Kind", escapeHTML(kind(field.kind, words)))
        switch field.kind {
        case .choice(let options), .choices(let options):
            let colon = words.prefersChineseNames ? "：" : ": "
            let items = options.map { "<li><code>\(escapeHTML($0.value))</code>\(colon)\(term($0.label, $0.chinese, words))</li>" }
            html += fact("field_values", "Values", "<ul class=\"field-values\">" + items.joined() + "</ul>")
        default: break
        }
        html += fact("field_required", "Required", escapeHTML(field.required ? words("field_yes", "Yes") : words("field_no", "No")))
        html += fact("field_shown_for", "Shown for", escapeHTML(shownFor(field.appliesTo, words)))
        return html + "</dl>\n"
    }

    /// An English label and its Chinese term, the page's language first: "Entity type (主体性质)", "主体性质（Entity type）".
    static func term(_ label: String, _ chinese: String, _ words: Words) -> String {
        words.prefersChineseNames ? "\(escapeHTML(chinese))（\(escapeHTML(label))）" : "\(escapeHTML(label)) (\(escapeHTML(chinese)))"
    }

    static func kind(_ kind: DraftField.Kind, _ words: Words) -> String {
        switch kind {
        case .text: words("field_kind_text", "Text")
        case .domainName: words("field_kind_domain", "A domain name, such as example.com")
        case .region: words("field_kind_region", "A region id, such as cn-hangzhou")
        case .province: words("field_kind_province", "A province: slug, Chinese name or abbreviation")
        case .wholeNumber: words("field_kind_whole_number", "A whole number, negative allowed")
        case .count: words("field_kind_count", "A whole number from 0")
        case .flag: words("field_kind_flag", "true or false")
        case .choice: words("field_kind_choice", "One of the values")
        case .choices: words("field_kind_choices", "A list of the values")
        }
    }

    static func shownFor(_ types: [EntityType], _ words: Words) -> String {
        switch Set(types) {
        case [.organization]: words("field_shown_for_organizations", "Organizations only")
        case [.individual]: words("field_shown_for_individuals", "Individuals only")
        default: words("field_shown_for_all", "Every entity type")
        }
    }
}
