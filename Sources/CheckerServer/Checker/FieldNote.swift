import FilingRules

/// A message shown beside a form field and in the summary above the form: an input error or a finding.
struct FieldNote: Sendable {
    /// The field's place, cut after the field (a list item's note goes to its list).
    let field: FieldPath
    /// Error, warning or note; a draft that cannot be read is an error.
    let severity: Severity
    let text: String
    /// The element id of the note beside the field, which the field's `aria-describedby` names.
    let id: String

    /// Severity as words and an icon, so it is not told by colour alone.
    static func label(_ severity: Severity, _ say: Say = Say(language: .english)) -> String {
        switch severity {
        case .error: say("✖ Error", "✖ 错误")
        case .warning: say("⚠ Warning", "⚠ 警告")
        case .info: say("ℹ Note", "ℹ 提示")
        }
    }

    /// The notes by field, for the form.
    static func byField(_ notes: [FieldNote]) -> [FieldPath: [FieldNote]] {
        Dictionary(grouping: notes, by: \.field)
    }
}
